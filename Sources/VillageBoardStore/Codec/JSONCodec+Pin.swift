import VillageBoardCore

// A PIN hash in files: {"kdf":"scrypt","n":32768,"r":8,"p":1,"salt":"<hex>","hash":"<hex>"} (docs/STORE.md).
extension JSONWriter {
    public mutating func write(_ pin: PinHash) {
        beginObject()
        field("kdf", pin.kdf)
        field("n", pin.cost)
        field("r", pin.blockSize)
        field("p", pin.parallelism)
        field("salt", Hex.encode(pin.salt))
        field("hash", Hex.encode(pin.hash))
        endObject()
    }
}

extension JSONScanner {
    public mutating func readPinHash() throws(JSONError) -> PinHash {
        var kdf: String?, n: Int?, r: Int?, p: Int?, salt: [UInt8]?, hash: [UInt8]?
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
            default: try skipValue()
            }
        }
        guard let kdf else { throw missingField("kdf") }
        guard let n else { throw missingField("n") }
        guard let r else { throw missingField("r") }
        guard let p else { throw missingField("p") }
        guard let salt else { throw missingField("salt") }
        guard let hash else { throw missingField("hash") }
        return PinHash(kdf: kdf, cost: n, blockSize: r, parallelism: p, salt: salt, hash: hash)
    }
}
