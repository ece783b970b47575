import Foundation
@testable import VillageBoardCore
@testable import VillageBoardStore

/// A small board and fresh store folders for the store's tests.
enum StoreFixtures {
    static let today = Day(year: 2020, month: 6, day: 30)!
    static let device = DeviceID("laptop-a")
    static let now = Timestamp(day: today, hour: 9)
    static let city = DivisionCode("220600000000")!
    static let county = DivisionCode("220622000000")!
    static let township = DivisionCode("220622103000")!
    static let village = DivisionCode("220622103201")!
    static let admin = UserID("admin")
    static let cadre = UserID("cadre")
    static let supervisor = UserID("sup")

    /// A city → county → township → village with `households` households and one task per household.
    static func board(households: Int = 5) -> Board {
        var b = Board(today: today, year: 2020)
        b.restore(OrgUnit(code: city, name: "白山市", level: .city, parent: nil))
        b.restore(OrgUnit(code: county, name: "靖宇县", level: .county, parent: city))
        b.restore(OrgUnit(code: township, name: "三道湖镇", level: .township, parent: county))
        b.restore(OrgUnit(code: village, name: "太平村", level: .village, parent: township,
                          coordinate: Coordinate(latitude: 42.4, longitude: 126.8), isPoorVillage: true, ruralPopulation: 900))
        b.restore(YearStandard.baishan2020)
        b.restore(User(id: admin, name: "管理员", role: .admin, scope: city))
        b.restore(User(id: cadre, name: "李明", role: .villageCadre, scope: village))
        b.restore(User(id: supervisor, name: "王督导", role: .townshipSupervisor, scope: township))
        for i in 1...max(1, households) {
            let id = HouseholdID("220622103201-\(String(format: "%04d", i))")
            let member = Member(id: MemberID(id.raw + "-1"), name: "张\(i)", relation: .head, birthYear: 1960,
                                idNumber: ResidentID(bodyDigits: 22062219600101000 + Int64(i)))
            var checklist = Checklist()
            checklist[.housing] = ItemCheck(state: .notMet, note: "C级危房", checkedBy: cadre, checkedOn: today)
            b.restore(Household(id: id, village: village, members: [member], income: Income(wages: 3000),
                                checklist: checklist, cadre: cadre))
            b.restore(WorkTask(id: TaskID("T\(i)"), subject: .household(id), title: "危房改造", owner: cadre,
                               due: today.adding(days: i - 3), createdBy: admin, createdOn: today.adding(days: -30)))
        }
        return b
    }

    /// A new empty folder under the temporary directory.
    static func folder(_ name: String = #function) -> String {
        let base = FileManager.default.temporaryDirectory.path + "/vb-store-tests"
        let path = base + "/" + name.filter { $0.isLetter || $0.isNumber } + "-" + UUID().uuidString.prefix(8)
        try? FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        return path
    }

    /// A store holding `board(households:)`, opened as writer.
    static func store(households: Int = 5, name: String = #function) throws -> Store {
        try Store.create(at: folder(name), board: board(households: households), device: device, now: now)
    }

    /// Every file under a folder with its bytes (for "nothing changed" checks).
    static func contents(of path: String) -> [String: Data] {
        var out: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: path) else { return out }
        for case let rel as String in e {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: path + "/" + rel, isDirectory: &isDir)
            if !isDir.boolValue { out[rel] = FileManager.default.contents(atPath: path + "/" + rel) }
        }
        return out
    }

    static func append(_ text: String, to file: String) {
        guard let h = FileHandle(forWritingAtPath: file) else { return }
        h.seekToEndOfFile()
        h.write(Data(text.utf8))
        h.closeFile()
    }
}
