import VillageBoardCore

// A PIN hash in files: {"kdf":"scrypt","n":32768,"r":8,"p":1,"salt":"<hex>","hash":"<hex>","pub":"<hex>","sealed":"<hex>"}
// (docs/STORE.md); "pub" and "sealed", the signing key, are absent from PINs set before operations were signed;
// "mustChange":true marks an initial PIN from an imported roster (absent otherwise, so older files read as before).
extension JSONWriter {
    public mutating func write(_ pin: PinHash) {
        beginObject()
        field("kdf", pin.kdf)
        field("n", pin.cost)
        field("r", pin.blockSize)
        field("p", pin.parallelism)
        field("salt", Hex.encode(pin.salt))
        field("hash", Hex.encode(pin.hash))
        if let key = pin.signingKey {
            field("pub", Hex.encode(key.publicKey))
            field("sealed", Hex.encode(key.sealedPrivateKey))
        }
        if pin.mustChange { field("mustChange", true) }
        endObject()
    }
}

extension JSONScanner {
    public mutating func readPinHash() throws(JSONError) -> PinHash {
        var kdf: String?, n: Int?, r: Int?, p: Int?, salt: [UInt8]?, hash: [UInt8]?, pub: [UInt8]?, sealed: [UInt8]?
        var mustChange = false
        try beginObject()
        while let key = try nextKey() {
            switch key {
            case "kdf": kdf = try readString()
            case "n": n = try readInt()
            case "r": r = try readInt()
            case "p": p = try readInt()
            case "salt":
                guard let bytes = Hex.decode(try readString()), !bytes.isEmpty else { throw unexpectedValue(expected: "hex digits") }
                salt = bytes
            case "hash":
                guard let bytes = Hex.decode(try readString()), !bytes.isEmpty else { throw unexpectedValue(expected: "hex digits") }
                hash = bytes
            case "pub":
                guard let bytes = Hex.decode(try readString()), bytes.count == 32 else {
                    throw unexpectedValue(expected: "a public key of 64 hex digits")
                }
                pub = bytes
            case "sealed":
                guard let bytes = Hex.decode(try readString()), !bytes.isEmpty else { throw unexpectedValue(expected: "hex digits") }
                sealed = bytes
            case "mustChange": mustChange = try readBool()
            default: try skipValue()
            }
        }
        guard let kdf else { throw missingField("kdf") }
        guard let n else { throw missingField("n") }
        guard let r else { throw missingField("r") }
        guard let p else { throw missingField("p") }
        guard let salt else { throw missingField("salt") }
        guard let hash else { throw missingField("hash") }
        let key: SigningKeyRecord?
        switch (pub, sealed) {
        case (let pub?, let sealed?): key = SigningKeyRecord(publicKey: pub, sealedPrivateKey: sealed)
        case (nil, nil): key = nil
        case (nil, _?): throw missingField("pub")
        case (_?, nil): throw missingField("sealed")
        }
        return PinHash(kdf: kdf, cost: n, blockSize: r, parallelism: p, salt: salt, hash: hash, signingKey: key, mustChange: mustChange)
    }
}
