import Foundation

// The obvious way to write this program: plain Codable structs mirroring the snapshot's records, decoded line by
// line with Foundation's JSONDecoder. Identifiers, dates and enumerations stay Strings (the cheapest Codable
// shape, so the comparison flatters JSONDecoder). Only the benchmark uses these.

struct MirrorHeader: Codable {
    var format: Int
    var households: Int?
    var tasks: Int?
}

struct MirrorUnit: Codable {
    var code: String
    var name: String
    var level: String
    var parent: String?
    var lat: Double?
    var lon: Double?
    var poor: Bool?
    var population: Int?
    var deadline: String?
}

struct MirrorStandard: Codable {
    var year: Int
    var incomeLine: Int
    var monitoringLine: Int
    var dibao: Int
    var schoolFrom: Int
    var schoolTo: Int
}

struct MirrorUser: Codable {
    var id: String
    var name: String
    var role: String
    var scope: String
    var disabled: Bool?
}

struct MirrorMember: Codable {
    var id: String
    var name: String
    var rel: String
    var born: Int
    var idn: String?
    var health: String?
    var labour: String?
    var school: String?
    var insured: Bool?
}

struct MirrorCheck: Codable {
    var s: String
    var note: String?
    var by: String?
    var on: String?
}

struct MirrorIncome: Codable {
    var wages: Int?
    var business: Int?
    var property: Int?
    var transfer: Int?
    var costs: Int?
}

struct MirrorEnrolments: Codable {
    var dibao: Bool?
    var tekun: Bool?
    var pension: Bool?
    var doctor: Bool?
}

struct MirrorMeasure: Codable {
    var kind: String
    var detail: String?
}

struct MirrorPlan: Codable {
    var needs: String?
    var measures: [MirrorMeasure]?
}

struct MirrorCadre: Codable {
    var cadre: String
    var from: String
    var reason: String?
}

struct MirrorVisit: Codable {
    var day: String
    var by: String
    var found: String?
    var done: String?
}

struct MirrorHousehold: Codable {
    var id: String
    var village: String
    var hamlet: String?
    var registered: Bool?
    var status: String
    var riskEliminated: Bool?
    var identifiedOn: String?
    var risks: [String]?
    var cause: String?
    var causes2: [String]?
    var members: [MirrorMember]
    var income: MirrorIncome
    var enrol: MirrorEnrolments
    var checks: [String: MirrorCheck]
    var plan: MirrorPlan?
    var cadre: String?
    var cadres: [MirrorCadre]?
    var visits: [MirrorVisit]?
}

struct MirrorTask: Codable {
    var id: String
    var household: String?
    var village: String?
    var title: String
    var owner: String
    var due: String
    var state: String
    var createdBy: String
    var createdOn: String
    var doneBy: String?
    var doneOn: String?
    var doneNote: String?
    var verifiedBy: String?
    var verifiedOn: String?
    var returnReason: String?
    var returnedBy: String?
}

/// One snapshot line: its `type` picks the struct the rest of the object decodes into.
enum MirrorLine: Decodable {
    case header(MirrorHeader)
    case unit(MirrorUnit)
    case standard(MirrorStandard)
    case user(MirrorUser)
    case household(MirrorHousehold)
    case task(MirrorTask)
    case other(String)

    private enum Keys: String, CodingKey { case type }

    init(from decoder: Decoder) throws {
        let type = try decoder.container(keyedBy: Keys.self).decode(String.self, forKey: .type)
        switch type {
        case "header": self = .header(try MirrorHeader(from: decoder))
        case "unit": self = .unit(try MirrorUnit(from: decoder))
        case "standard": self = .standard(try MirrorStandard(from: decoder))
        case "user": self = .user(try MirrorUser(from: decoder))
        case "household": self = .household(try MirrorHousehold(from: decoder))
        case "task": self = .task(try MirrorTask(from: decoder))
        default: self = .other(type)
        }
    }
}

/// The whole snapshot as the Codable program would hold it.
struct MirrorBoard {
    var units: [MirrorUnit] = []
    var standards: [MirrorStandard] = []
    var users: [MirrorUser] = []
    var households: [MirrorHousehold] = []
    var tasks: [MirrorTask] = []
    var others = 0

    /// Reads `path` and decodes every line with one JSONDecoder.
    static func decode(snapshot path: String) throws -> MirrorBoard {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let decoder = JSONDecoder()
        var board = MirrorBoard()
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            switch try decoder.decode(MirrorLine.self, from: line) {
            case .header(let h):
                board.households.reserveCapacity(h.households ?? 0)
                board.tasks.reserveCapacity(h.tasks ?? 0)
            case .unit(let u): board.units.append(u)
            case .standard(let s): board.standards.append(s)
            case .user(let u): board.users.append(u)
            case .household(let h): board.households.append(h)
            case .task(let t): board.tasks.append(t)
            case .other: board.others += 1
            }
        }
        return board
    }
}
