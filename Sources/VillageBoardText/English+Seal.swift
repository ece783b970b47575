/// English text for signed bundles: who made a bundle, and what the receiver can prove of it (docs/SYNC.md).
let englishSealText: [TextKey: String] = [
    "seal.signedBy": "signed and sealed by {0}",
    "seal.unsignedMade": "not signed: receivers can only check each line's signature. Add --as USER to sign it",
    "seal.proven": "made by {0} (signature checked)",
    "seal.unsigned": "this bundle's seal is not signed (an older program, or made without --as); each operation in it is still checked against its own signature",
    "seal.cannotCheck": "this bundle is signed by {0}, whose key this store does not hold yet, so it cannot be checked; each operation in it is still checked against its own signature",
    "seal.forged": "{0}: its seal is signed in {1}'s name but not by their key: the bundle was forged or altered; nothing was merged",
    "seal.unproven": "{0}: {1}; --require-signed refuses it, nothing was merged",
    "seal.unprovenUnsigned": "its seal is not signed",
    "seal.unprovenUnknown": "signed by {0}, whose key this store does not hold",
]
