import Testing
import VillageBoardCore
@testable import VillageBoardText

/// The report's columns: every figure has words in both languages, long and short, and a distinct machine name.
@Suite struct ReportFigureTests {
    static let every: [ReportFigure] = ReportFigure.exported + [.itemsNotMet]

    @Test(arguments: Language.allCases)
    func everyFigureHasBothHeaders(_ language: Language) {
        let text = Catalog(language)
        for figure in Self.every {
            #expect(!text.header(figure).contains("⟨"), "\(figure): \(text.header(figure))")
            #expect(!text.shortHeader(figure).contains("⟨"), "\(figure): \(text.shortHeader(figure))")
        }
        #expect(!text.unitHeader().contains("⟨") && !text.unitHeader(short: true).contains("⟨"))
    }

    @Test func machineNamesAreDistinctAndPrintedFiguresAreExported() {
        #expect(Set(Self.every.map(\.column)).count == Self.every.count)
        #expect(Set(ReportFigure.printed).isSubset(of: Set(ReportFigure.exported)))
    }

    @Test func percentagesHaveTwoDecimals() {
        #expect(ReportFigure.percent(0.0028) == "0.28")
        #expect(ReportFigure.percent(0.1) == "10.00")
        #expect(ReportFigure.percent(0.00051) == "0.05")
    }
}
