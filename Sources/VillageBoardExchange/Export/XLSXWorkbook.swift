import Foundation
import VillageBoardStore
import ZIPFoundation

/// A minimal valid Office Open XML workbook (.xlsx): one sheet of text and numbers with a bold header row,
/// zipped with ZIPFoundation. Excel, WPS and LibreOffice open it; Chinese is plain UTF-8 inside.
public enum XLSXWorkbook {
    /// Why the workbook could not be built.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The .xlsx bytes of `table` on one sheet named `sheet`; cells in `numeric` columns that parse as numbers are numbers.
    public static func data(_ table: CSVTable, sheet: String, numeric: (String) -> Bool = { _ in false }) throws(Failure) -> [UInt8] {
        let files: [(String, String)] = [
            ("[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>
                """),
            ("_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>
                """),
            ("xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="\(escape(String(sheet.prefix(31))))" sheetId="1" r:id="rId1"/></sheets></workbook>
                """),
            ("xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>
                """),
            ("xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>\
                <fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
                <borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
                <cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>\
                <xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>\
                </styleSheet>
                """),
            ("xl/worksheets/sheet1.xml", worksheet(table, numeric: numeric)),
        ]
        do {
            let archive = try Archive(data: Data(), accessMode: .create)
            for (path, text) in files {
                let bytes = Data(text.utf8)
                try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(bytes.count),
                                     modificationDate: Date(timeIntervalSince1970: 1_600_000_000), compressionMethod: .deflate) { position, size in
                    bytes.subdata(in: Int(position)..<(Int(position) + size))
                }
            }
            guard let data = archive.data else { throw Failure(description: "the workbook could not be assembled") }
            return [UInt8](data)
        } catch let error as Failure {
            throw error
        } catch {
            throw Failure(description: "the workbook could not be zipped: \(error)")
        }
    }

    static func worksheet(_ table: CSVTable, numeric: (String) -> Bool) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetViews><sheetView workbookViewId="0">\
            <pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetData>
            """
        func cell(_ value: String, column: Int, row: Int, header: Bool) -> String {
            let ref = columnLetters(column) + String(row)
            if !header, numeric(table.header[column]), let n = Double(value), !value.isEmpty {
                return "<c r=\"\(ref)\"><v>\(value.hasPrefix("+") ? String(n) : value)</v></c>"
            }
            return "<c r=\"\(ref)\" t=\"inlineStr\"\(header ? " s=\"1\"" : "")><is><t xml:space=\"preserve\">\(escape(value))</t></is></c>"
        }
        xml += "<row r=\"1\">" + table.header.enumerated().map { cell($1, column: $0, row: 1, header: true) }.joined() + "</row>"
        for (n, row) in table.rows.enumerated() {
            let r = n + 2
            xml += "<row r=\"\(r)\">" + row.fields.prefix(table.header.count).enumerated().map { cell($1, column: $0, row: r, header: false) }.joined() + "</row>"
        }
        return xml + "</sheetData></worksheet>"
    }

    static func columnLetters(_ i: Int) -> String {
        var n = i + 1, s = ""
        while n > 0 { s = String(UnicodeScalar(UInt8(65 + (n - 1) % 26))) + s; n = (n - 1) / 26 }
        return s
    }

    /// XML and HTML text: &, <, >, " escaped; characters XML 1.0 forbids (C0 controls but tab and line ends) dropped;
    /// C1 controls (U+0080–U+009F: allowed by XML, but obeyed by some terminals a saved page is shown in) and DEL
    /// replaced by U+FFFD.
    static func escape(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default:
                if u.value < 0x20 && u != "\t" && u != "\n" && u != "\r" { continue }
                out.unicodeScalars.append(u.isControl && u.value >= 0x7F ? "\u{FFFD}" : u)
            }
        }
        return out
    }
}
