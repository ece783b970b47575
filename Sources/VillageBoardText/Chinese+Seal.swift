/// Chinese text for signed bundles: who made a bundle, and what the receiver can prove of it (docs/SYNC.md).
let chineseSealText: [TextKey: String] = [
    "seal.signedBy": "已由 {0} 签名封装",
    "seal.unsignedMade": "未签名：接收方只能逐行核对签名。加 --as 用户 即由你签名封装",
    "seal.proven": "封装人：{0}（签名已核对）",
    "seal.unsigned": "这个数据包没有封装签名（旧版程序或未加 --as 制作）；其中每个操作仍逐条核对签名",
    "seal.cannotCheck": "这个数据包由 {0} 签名封装，但本库尚无该用户的密钥，无法核对；其中每个操作仍逐条核对签名",
    "seal.forged": "{0}：封装签名写的是 {1}，却不是其密钥所签：数据包被伪造或改动过；未合并任何内容",
    "seal.unproven": "{0}：{1}；已要求 --require-signed，未合并任何内容",
    "seal.unprovenUnsigned": "没有封装签名",
    "seal.unprovenUnknown": "由 {0} 签名，但本库没有该用户的密钥",
]
