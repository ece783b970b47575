/// The phrases of the store's JSON reader (what it expected, what it found) in the user's language: the reader words
/// them in English for logs and tests; the common ones are catalogued, and quoted data stays as it is.
extension Catalog {
    /// What the reader expected: `a string` → 字符串, `one of met/notMet` → 以下之一：met/notMet.
    public func jsonExpected(_ phrase: String) -> String {
        if phrase.hasPrefix("one of ") { return self("findings.json.oneOf", String(phrase.dropFirst("one of ".count))) }
        if phrase.hasPrefix("a field of ") { return self("findings.json.fieldOf", String(phrase.dropFirst("a field of ".count))) }
        return jsonPhrase(phrase)
    }

    /// What the reader found: quoted text is data; `key "x"`, `number 12.5` and the named ends are worded.
    public func jsonFound(_ phrase: String) -> String {
        if phrase.hasPrefix("key ") { return self("findings.json.key", String(phrase.dropFirst("key ".count))) }
        if phrase.hasPrefix("number ") { return self("findings.json.number", String(phrase.dropFirst("number ".count))) }
        return jsonPhrase(phrase)
    }

    /// A catalogued phrase in this language; one not catalogued (a rare syntax detail) as the reader said it.
    func jsonPhrase(_ phrase: String) -> String {
        let key: TextKey? = switch phrase {
        case "a string": "findings.json.a string"
        case "a number": "findings.json.a number"
        case "an integer": "findings.json.an integer"
        case "an object": "findings.json.an object"
        case "an array": "findings.json.an array"
        case "a value": "findings.json.a value"
        case "true or false": "findings.json.true or false"
        case "a known field": "findings.json.a known field"
        case "a date YYYY-MM-DD": "findings.json.a date YYYY-MM-DD"
        case "a time YYYY-MM-DDTHH:MM:SS.mmmZ": "findings.json.a time YYYY-MM-DDTHH:MM:SS.mmmZ"
        case "a user id": "findings.json.a user id"
        case "a 12-digit division code": "findings.json.a 12-digit division code"
        case "a line ending in a newline": "findings.json.a line ending in a newline"
        case "a key (a string in quotes)": "findings.json.a key (a string in quotes)"
        case "':' after the key": "findings.json.':' after the key"
        case "a digit": "findings.json.a digit"
        case "valid UTF-8 text": "findings.json.valid UTF-8 text"
        case "an 18-character ID number": "findings.json.an 18-character ID number"
        case "a device name": "findings.json.a device name"
        case "the end of the file": "findings.json.the end of the file"
        case "end of line": "findings.json.end of line"
        case "end of input": "findings.json.end of input"
        case "no such field in the object": "findings.json.no such field in the object"
        case "'{' (an object)": "findings.json.'{' (an object)"
        case "'[' (an array)": "findings.json.'[' (an array)"
        default: nil
        }
        return key.map { self($0) } ?? phrase
    }
}
