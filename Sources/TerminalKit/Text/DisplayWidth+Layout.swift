extension DisplayWidth {
    /// `text` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    ///
    /// A wide character that would cross the limit is dropped, so the result may be one column
    /// narrower than `width`; use `fit` for an exact width.
    public static func truncate(_ text: String, to width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        let ellipsisWidth = of(ellipsis)
        let mark = ellipsisWidth <= width ? ellipsis : ""
        let room = width - (ellipsisWidth <= width ? ellipsisWidth : 0)
        var result = ""
        var used = 0
        for character in text {
            let columns = of(character)
            if used + columns > room { break }
            result.append(character)
            used += columns
        }
        return result + mark
    }

    /// `text` padded with spaces to `width` columns; text already that wide is returned as is.
    public static func pad(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        let gap = width - of(text)
        guard gap > 0 else { return text }
        switch alignment {
        case .left:
            return text + String(repeating: " ", count: gap)
        case .right:
            return String(repeating: " ", count: gap) + text
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + text + String(repeating: " ", count: gap - left)
        }
    }

    /// A table cell's text in exactly `width` columns: text too wide ends with "…", but a figure (`isFigure`) too wide
    /// becomes "…" alone, because a figure cut short reads as a different, smaller one (156 as 15).
    public static func fitCell(_ text: String, to width: Int, alignment: TextAlignment = .left) -> String {
        if isFigure(text) && of(text) > width { return fit("…", to: width, alignment: alignment) }
        return fit(text, to: width, alignment: alignment)
    }

    /// Whether `text` reads as a number: digits with at most signs, separators, a decimal point and a per cent sign.
    public static func isFigure(_ text: String) -> Bool {
        text.contains { $0.isASCII && $0.isNumber }
            && text.allSatisfy { ($0.isASCII && $0.isNumber) || ",.%+-−~".contains($0) }
    }

    /// `text` truncated (with `ellipsis`) and padded so it takes exactly `width` columns.
    public static func fit(
        _ text: String, to width: Int, alignment: TextAlignment = .left, ellipsis: String = "…"
    ) -> String {
        pad(truncate(text, to: width, ellipsis: ellipsis), to: max(0, width), alignment: alignment)
    }

    /// `text` broken into lines of at most `width` columns.
    ///
    /// Chinese (any wide character) may break between any two characters; Latin words break at
    /// spaces and are only split when longer than a whole line. Newlines start a new line.
    /// Closing punctuation such as "，" or "。" is never left at the start of a line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(Substring(paragraph), width: width))
        }
        return lines
    }

    private struct Token {
        var text: String
        var width: Int
        var isSpace: Bool
    }

    private static func tokens(of paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var word = ""
        var wordWidth = 0
        func flushWord() {
            if !word.isEmpty { tokens.append(Token(text: word, width: wordWidth, isSpace: false)) }
            word = ""
            wordWidth = 0
        }
        for character in paragraph {
            let columns = of(character)
            if character == " " || character == "\t" {
                flushWord()
                tokens.append(Token(text: " ", width: 1, isSpace: true))
            } else if columns == 2 {
                flushWord()
                if isClosingPunctuation(character), let last = tokens.last, !last.isSpace {
                    // Glue "，" to what precedes it so it never opens a line.
                    tokens[tokens.count - 1].text.append(character)
                    tokens[tokens.count - 1].width += columns
                } else {
                    tokens.append(Token(text: String(character), width: columns, isSpace: false))
                }
            } else if isClosingPunctuation(character), word.isEmpty, let last = tokens.last, !last.isSpace {
                tokens[tokens.count - 1].text.append(character)
                tokens[tokens.count - 1].width += columns
            } else {
                word.append(character)
                wordWidth += columns
            }
        }
        flushWord()
        return tokens
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        var pendingSpaces = 0
        for token in tokens(of: paragraph) {
            if token.isSpace {
                if currentWidth > 0 { pendingSpaces += 1 }
                continue
            }
            if currentWidth + pendingSpaces + token.width <= width {
                current += String(repeating: " ", count: pendingSpaces) + token.text
                currentWidth += pendingSpaces + token.width
                pendingSpaces = 0
                continue
            }
            if currentWidth > 0 {
                lines.append(current)
                current = ""
                currentWidth = 0
            }
            pendingSpaces = 0
            if token.width <= width {
                current = token.text
                currentWidth = token.width
                continue
            }
            // A word longer than a whole line: split it by characters.
            for character in token.text {
                let columns = of(character)
                if currentWidth + columns > width && currentWidth > 0 {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += columns
            }
        }
        lines.append(current)
        return lines
    }

    /// Punctuation that must not start a line (Chinese line-breaking rules, simplified).
    private static func isClosingPunctuation(_ character: Character) -> Bool {
        "，。、；：！？）」』》〉】…,.;:!?)]}".contains(character)
    }
}
