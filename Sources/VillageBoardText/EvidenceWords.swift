import VillageBoardCore

/// Evidence files in words: what an attachment proves, its size, and why a file was refused.
extension Catalog {
    /// "住房安全 · 张三户", "任务：改造危房", "2020-06-01 走访 · 张三户".
    public func evidenceTarget(_ target: EvidenceTarget, board: Board) -> String {
        func head(_ id: HouseholdID) -> String { board.household(id)?.headName ?? id.raw }
        switch target {
        case .check(let h, let item): return self("evidence.target.check", name(item), head(h))
        case .task(let id): return self("evidence.target.task", board.task(id)?.title ?? id.raw)
        case .visit(let h, let n):
            let day = board.household(h).flatMap { $0.visits.indices.contains(n) ? $0.visits[n].day.iso : nil }
            return self("evidence.target.visit", day ?? String(n + 1), head(h))
        }
    }

    /// A file's size, never cut: bytes under 1 KB, KB under 1 MB, else MB with one decimal.
    public func fileSize(_ bytes: Int) -> String {
        if bytes < 1024 { return self("evidence.size.bytes", bytes) }
        if bytes < 1024 * 1024 { return self("evidence.size.kb", (bytes + 512) / 1024) }
        let tenths = bytes / (1024 * 1024 / 10)
        return self("evidence.size.mb", "\(tenths / 10).\(tenths % 10)")
    }

    /// Why a file was not taken as evidence.
    public func describe(_ refusal: EvidenceRefusal) -> String {
        switch refusal {
        case .typeNotAllowed(let name):
            self("evidence.refused.type", name, EvidenceType.allCases.map(\.rawValue).joined(separator: ", "))
        case .tooLarge(let name, let size, let limit): self("evidence.refused.tooLarge", name, fileSize(size), fileSize(limit))
        case .empty(let name): self("evidence.refused.empty", name)
        case .contentMismatch(let name, let type): self("evidence.refused.mismatch", name, type.rawValue)
        }
    }
}
