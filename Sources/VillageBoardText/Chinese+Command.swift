/// Chinese text for the command line's messages (`village-board …` errors and notices on standard error).
let chineseCommandText: [TextKey: String] = [
    "cli.error": "village-board: {0}",

    // What a command did
    "cli.demoFarewell": "演示数据和你的修改保存在 {0}\n  再次打开：village-board --store {0}",
    "cli.check.note": "注意：{0}",
    "cli.check.clean": "{0}：没有问题",
    "cli.task.saved": "已保存 {0}：任务 {1} 现为“{2}”",
    "cli.user.added": "已添加 {0}（{1}，{2}）",
    "cli.user.pinChanged": "{0} 的 PIN 已更改",
    "cli.user.disabled": "{0} 已停用",
    "cli.user.enabled": "{0} 已启用",
    "cli.pin.prompt": "{0} 的 PIN：",
    "cli.pin.newPrompt": "{0} 的新 PIN：",
    "cli.pin.againPrompt": "再输入一次 PIN：",
    "cli.compacted": "已压缩 {0}",
    "cli.wrote": "已写入 {0}",
    "cli.wroteRows": "已写入 {0}：{1} 行",
    "cli.init.demo": "已在 {0} 创建演示存储",
    "cli.init.empty": "已在 {0} 创建空存储",

    // Finding and opening the store
    "cli.noStoreHow": """
        {0} 处没有存储。
          新建：              village-board init --store {0}
          新建并放入演示数据：village-board init --store {0} --demo
          或者只是看看：      village-board --demo
        """,
    "cli.noStoreAt": "{0} 处没有存储（没有 store.json）",
    "cli.locked": "另一个村级作战图正打开着这个存储，请稍后再试",
    "cli.lockedWriting": "另一个村级作战图正以写入方式打开着这个存储，请先关闭它再试",
    "cli.empty": "存储是空的：没有可报告的内容",
    "cli.cannotRead": "无法读取 {0}",
    "cli.inFile": "{0}：{1}",
    "cli.savedThen": "已保存 {0} 项修改，随后出错：{1}",

    // Arguments that name nothing in the store
    "cli.badCode": "“{0}”不是 12 位行政区划代码",
    "cli.scopeCode": "--scope 须为 12 位行政区划代码（收到“{0}”）",
    "cli.noUnit": "此存储中没有单位 {0}",
    "cli.noUser": "此存储中没有用户“{0}”",
    "cli.noTask": "没有任务“{0}”",
    "cli.noHousehold": "此存储中没有农户“{0}”",

    // PINs and who is acting
    "cli.pin.noActiveUser": "此存储中没有启用的用户“{0}”（已有用户：{1}）",
    "cli.pin.needed": "{0} 需要输入 PIN：用 --pin 给出，或设置 $VILLAGE_BOARD_PIN，或在终端中运行",
    "cli.pin.disabled": "账户“{0}”已停用",
    "cli.pin.noPin": "“{0}”还没有 PIN；请管理员用 `village-board user passwd {0}` 设置",
    "cli.pin.wrong": "“{0}”的 PIN 不对；下次尝试须等待 {1} 秒",
    "cli.pin.mustWait": "“{0}”的 PIN 错误次数过多；请 {1} 秒后再试",
    "cli.pin.newNeeded": "需要新的 PIN：用 --new-pin 给出，或设置 $VILLAGE_BOARD_NEW_PIN，或在终端中运行",
    "cli.pin.differ": "两次输入的 PIN 不一致；未做任何修改",
    "cli.pin.notDigits": "PIN 只能由数字 0–9 组成",
    "cli.pin.length": "PIN 应为 {0} 到 {1} 位数字，而不是 {2} 位",
    "cli.pin.hashFailed": "PIN 无法计算哈希：{0}",
    "cli.user.role": "未知角色“{0}”；可选：{1}",
    "cli.user.adminLists": "只有管理员可以列出用户",
    "cli.init.demoAdmin": "演示数据已带有用户（PIN {0}）；--admin 只用于空存储",

    // Commands
    "cli.check.problem": "{1} 中有 {0} 个问题",
    "cli.check.problems": "{1} 中有 {0} 个问题",
    "cli.conflicts.noSuch": "没有第 {0} 个冲突（共 {1} 个）",
    "cli.conflicts.noSide": "第 {0} 个冲突没有第 {1} 方",
    "cli.conflicts.outsideScope": "{0} 不能处理 {1}：不在其管辖范围内",
    "cli.conflicts.cannotTake": "无法从 {1} 的当前状态采用第 {0} 方；请在相应界面中修改",
    "cli.import.badRows": "{1} 行中有 {0} 行有问题，未导入任何内容（请修正，或用 --skip-invalid 只导入无误的行）",
    "cli.sync.noStore": "{0} 处没有存储（没有 store.json）；要从数据包新建：village-board sync BUNDLE --store {0} --new-store",
    "cli.sync.what": "请说明要合并什么：village-board sync PATH（存储文件夹或数据包文件）",
    "cli.bundle.since": "--since 须为 LAPTOP=SEQ,… 或 YYYY-MM-DD（收到“{0}”）",
    "cli.export.fullIDs": "完整身份证号只供管理员导出：请加 --as 并给出管理员的用户名",
    "cli.export.xlsxOut": ".xlsx 工作簿需要 --out FILE",
    "cli.print.which": "请说明是哪一户：village-board print household ID",

    // The store's errors (StoreError)
    "cli.store.notAStore": "{0} 不是村级作战图存储（没有 store.json）。用 `village-board init --store {0}` 新建，或用 `village-board --demo` 试用演示数据。",
    "cli.store.alreadyExists": "{0} 中已有存储；请选择一个空文件夹。",
    "cli.store.newerFormat": "{0}/store.json 是第 {1} 版格式，由更新的村级作战图写成；本程序最多读取第 {2} 版。请升级程序；存储未改动。",
    "cli.store.malformed": "{0}。存储未改动；请修正或删除该行（见 docs/STORE.md）后再打开。",
    "cli.store.sequenceGap": "{0} 第 {1} 行，字段 \"seq\"：应为 {2}，实为 {3}。有行缺失或顺序错乱；请从备份恢复该文件。存储未改动。",
    "cli.store.wrongDevice": "{0} 第 {1} 行，字段 \"dev\"：应为 {2}，实为 {3}。每台电脑的日志只记录它自己的操作。存储未改动。",
    "cli.store.readOnly": "存储以只读方式打开（{0}）；未保存任何内容",
    "cli.store.unsigned": "{0} 的签名密钥未解锁：请以 {0} 的身份用 PIN 登录（或运行 `village-board unlock`）；未保存任何内容",

    // Merging (SyncError) and importing (ImportFailure)
    "cli.sync.notFound": "{0} 既不是存储文件夹（没有 store.json），也不是数据包文件",
    "cli.sync.malformed": "{0} 第 {1} 行：{2}；未合并任何内容",
    "cli.sync.wrongDevice": "{0} 第 {1} 行，字段 \"dev\"：应为 {2}，实为 {3}；未合并任何内容",
    "cli.sync.sequenceGap": "{0} 第 {1} 行，字段 \"seq\"：应为 {2}，实为 {3}；未合并任何内容",
    "cli.sync.divergent": "电脑 {0} 的第 {1} 个操作在两个存储中不同：同一个电脑名写出了两段历史（是否把存储文件夹复制到两台电脑上使用了？）。未合并任何内容；见 docs/SYNC.md",
    "cli.sync.missingLines": "对方存储中电脑 {0} 的操作从第 {2} 个开始，而本存储只到第 {1} 个：请对方用 --since {0}={1} 制作数据包。未合并任何内容",
    "cli.sync.ownAhead": "对方存储中本电脑（{0}）的操作到第 {2} 个，而本电脑只有 {1} 个：两台电脑用了同一个名字（请设置 VILLAGE_BOARD_DEVICE）。未合并任何内容",
    "cli.sync.differentBase": "两个存储起始于不同的底板（base.jsonl 不同）：它们不是同一个存储的副本。未合并任何内容",
    "cli.import.noHeader": "文件是空的：第一行须写明各列的名称（见 docs/IMPORT.md）",
    "cli.import.missingColumn": "第 1 行：缺少必需的列：{0}（见 docs/IMPORT.md）",
    "cli.import.missingColumns": "第 1 行：缺少必需的列：{0}（见 docs/IMPORT.md）",

    // The file system's refusals (FileError): what was being done, then the system's reason
    "cli.file.open": "无法打开 {0}",
    "cli.file.read": "无法读取 {0}",
    "cli.file.write": "无法写入 {0}",
    "cli.file.sync": "无法把 {0} 写到磁盘",
    "cli.file.rename": "无法把 {0} 改名为 {1}",
    "cli.file.createFolder": "无法创建文件夹 {0}",
    "cli.file.list": "无法列出文件夹 {0}",
    "cli.file.remove": "无法删除 {0}",
    "cli.file.lock": "无法锁定 {0}",
    "cli.file.inspect": "无法查看 {0}",
    "cli.file.setPermissions": "无法把 {0} 设为仅所有者可读",
    "cli.file.truncate": "无法截短 {0}",
    "cli.file.because": "{0}：{1}（errno {2}）",

    // What opening a store noticed (StoreNotice)
    "cli.notice.tornTailMoved": "{0} 第 {1} 行不完整（断电？）；它从未保存成功，已移到 {2}",
    "cli.notice.tornTail": "{0} 第 {1} 行不完整（断电？），已跳过",
    "cli.notice.locked": "另一个村级作战图正打开着这个存储：已以只读方式打开",
    "cli.notice.readOnly": "已以只读方式打开",
    "cli.notice.migrated": "存储已从第 {0} 版格式升级到第 {1} 版",
    "cli.notice.refused": "{0} 第 {1} 行未应用：{2}",
    "cli.notice.chainBroken": "{0} 第 {1} 行：{2}；请运行 `village-board check`",
    "cli.notice.unsigned": "{0} 有 {1} 行未签名（作者当时还没有签名密钥）：无法证明是谁写的",
    "cli.session.noKey": "“{0}”还没有签名密钥：请重新设置 PIN（`village-board user passwd {0}`）",
    "cli.session.unlocked": "已解锁 {0}（{1}），15 分钟内没有操作则自动锁定；`village-board lock` 立即锁定",
    "cli.session.none": "{0} 上没有已解锁的会话",
    "cli.session.locked": "已锁定（结束 {0} 个会话）",
    "cli.chain.edited": "哈希链断开（该行被修改：内容与其哈希不符）",
    "cli.chain.broken": "哈希链断开（有行被删除或调换：该行不接续上一行）",
    "cli.chain.unchained": "哈希链断开（已有哈希的行之后出现无哈希的行：被手工添加或修改）",
]
