import Testing
@testable import VillageBoardCore
@testable import VillageBoardStore
@testable import VillageBoardExchange

/// The national code lists as data: every value of every list imports, by each of its spellings and by its code, to the
/// value it names; every value the board knows is in its list once; codes are unique.
@Suite struct CodeListImportTests {
    typealias F = StoreFixtures

    @Test func everyValueIsListedOnceWithAUniqueCode() {
        #expect(Set(CodeLists.causes.map(\.value)) == Set(PovertyCause.allCases) && CodeLists.causes.count == PovertyCause.allCases.count)
        #expect(Set(CodeLists.relations.map(\.value)) == Set(Relation.allCases)
                    && CodeLists.relations.count == Relation.allCases.count)
        #expect(Set(CodeLists.labours.map(\.value)) == Set(LabourCapacity.allCases)
                    && CodeLists.labours.count == LabourCapacity.allCases.count)
        for codes in [CodeLists.causes.map(\.code), CodeLists.relations.map(\.code), CodeLists.labours.map(\.code)] {
            #expect(Set(codes).count == codes.count)
        }
        // The words the issue found refused.
        let words = CodeLists.relations.flatMap(\.names) + CodeLists.causes.flatMap(\.names) + CodeLists.labours.flatMap(\.names)
        for word in ["之祖母", "之岳母", "之外孙女", "其他", "丧失劳动力", "无劳动力", "技能劳动力", "弱劳动力或半劳动力"] {
            #expect(words.contains(word), "\(word)")
        }
    }

    /// One household row per spelling of every cause (its code too), each becoming that cause.
    @Test func everyCauseImports() throws {
        var rows = ["household_id,village_code,status,main_cause"]
        var want: [PovertyCause] = []
        for entry in CodeLists.causes {
            for spelling in entry.names + [entry.code] {
                rows.append("220622103201-\(String(1000 + want.count)),220622103201,notOut,\(spelling)")
                want.append(entry.value)
            }
        }
        let plan = try SpreadsheetImport.plan(.households, bytes: Array((rows.joined(separator: "\n") + "\n").utf8),
                                              board: F.board(), author: F.admin)
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        let got = plan.goodChanges.compactMap { change -> PovertyCause? in
            if case .registerHousehold(let h) = change { return h.mainCause }
            return nil
        }
        #expect(got == want)
    }

    /// One member row per spelling of every relation and every labour term, each becoming that value.
    @Test func everyRelationAndLabourTermImports() throws {
        let board = F.board(households: 1)
        let h = board.households[0].id.raw
        var rows = ["household_id,name,relation,birth_year,labour"]
        var want: [(Relation, LabourCapacity)] = []
        let labours = CodeLists.labours.flatMap { e in (e.names + [e.code]).map { (e.value, $0) } }
        for entry in CodeLists.relations {
            for spelling in entry.names + [entry.code] {
                let labour = labours[want.count % labours.count]
                rows.append("\(h),成员\(want.count),\(spelling),1970,\(labour.1)")
                want.append((entry.value, labour.0))
            }
        }
        // Every labour spelling at least once.
        while want.count < labours.count {
            let labour = labours[want.count]
            rows.append("\(h),成员\(want.count),其他,1970,\(labour.1)")
            want.append((.other, labour.0))
        }
        let plan = try SpreadsheetImport.plan(.members, bytes: Array((rows.joined(separator: "\n") + "\n").utf8),
                                              board: board, author: F.admin)
        #expect(plan.problems.isEmpty, "\(plan.problems.prefix(3))")
        let got = plan.goodChanges.compactMap { change -> Member? in
            if case .addMember(_, let m) = change { return m }
            return nil
        }
        #expect(got.map(\.relation) == want.map(\.0))
        #expect(got.map(\.labour) == want.map(\.1))
    }
}
