import VillageBoardCore

// `check` on evidence files: every file an attachment names must be in the store, whole.
extension StoreCheck {
    /// An attached file that is absent from `evidence/`, or whose bytes no longer hash to its name (edited by hand,
    /// damaged on the disk): each named by the file it should be, the name it was attached as, and what it proves.
    static func evidenceProblems(of board: Board, inStore path: String) -> [Problem] {
        var seen = Set<String>()
        var problems: [Problem] = []
        for a in board.attachments where seen.insert(a.hash).inserted {
            let file = EvidenceFiles.relativePath(of: a.hash)
            switch EvidenceFiles.state(of: a.hash, inStore: path) {
            case .present: continue
            case .missing:
                problems.append(Problem(file: file, line: nil, .evidenceMissing(name: a.name, target: a.target)))
            case .damaged(let found):
                problems.append(Problem(file: file, line: nil, .evidenceDamaged(name: a.name, target: a.target, found: found)))
            }
        }
        return problems
    }
}

extension EvidenceTarget {
    /// The target in plain English, for `check` and logs (the screens word it through the catalogue).
    var label: String {
        switch self {
        case .check(let h, let item): "household \(h) item \(item.key)"
        case .task(let t): "task \(t)"
        case .visit(let h, let n): "household \(h) visit \(n + 1)"
        }
    }
}
