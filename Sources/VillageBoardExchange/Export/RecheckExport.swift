import VillageBoardCore
import VillageBoardStore
import VillageBoardText

/// A 回头看 sample's results as JSON or CSV (`village-board recheck results`), with stable machine names. Notes on the
/// medical item are left out (health is not written where whoever reads the file may not see it).
public enum RecheckExport {
    /// `{"sample":{…},"rechecked","measures":[…],"items":[…],"villages":[…],"cadres":[…],"disagreements":[…]}`.
    public static func json(_ sample: RecheckSample, board: Board) -> [UInt8] {
        let results = board.rechecks.results(of: sample.id)
        var w = JSONWriter(capacity: 4096)
        w.beginObject()
        w.key("sample")
        w.write(sample)
        w.field("rechecked", results.households)
        w.key("measures")
        w.beginArray()
        for m in results.measures {
            w.beginObject()
            w.field("measure", m.kind.rawValue)
            w.field("hits", m.proportion.hits)
            w.field("of", m.proportion.of)
            if let rate = m.proportion.rate { w.field("rate", rate) }
            if let ci = m.proportion.interval {
                w.field("low", ci.lowerBound)
                w.field("high", ci.upperBound)
            }
            w.field("threshold", m.kind.threshold)
            w.field("verdict", m.verdict.rawValue)
            w.endObject()
        }
        w.endArray()
        func agreements<K>(_ name: StaticString, _ keys: [K], _ of: (K) -> RecheckAgreement?, _ key: (K) -> String) {
            w.key(name)
            w.beginArray()
            for k in keys {
                guard let a = of(k) else { continue }
                w.beginObject()
                w.field("key", key(k))
                w.field("agreed", a.agreed)
                w.field("checked", a.checked)
                w.field("disagreed", a.disagreedHouseholds.map(\.raw))
                w.endObject()
            }
            w.endArray()
        }
        agreements("items", ChecklistItem.allCases, { results.byItem[$0] }, \.key)
        agreements("villages", results.byVillage.keys.sorted(), { results.byVillage[$0] }, \.description)
        agreements("cadres", results.byCadre.keys.sorted { ($0?.raw ?? "") < ($1?.raw ?? "") }, { results.byCadre[$0] },
                   { $0?.raw ?? "" })
        w.key("disagreements")
        w.beginArray()
        for (r, f) in board.rechecks.disagreements(of: sample.id) {
            w.beginObject()
            w.field("household", r.household.raw)
            w.field("village", r.village.description)
            w.field("item", f.item.key)
            w.field("original", f.original.rawValue)
            if let by = f.markedBy ?? r.cadre { w.field("cadre", by.raw) }
            if !Privacy.carriesHealth(f.item) { w.field("note", f.note) }
            w.endObject()
        }
        w.endArray()
        w.endObject()
        w.newline()
        return w.bytes
    }

    /// One table: a row per measure, per item, per village and per cadre (`row` says which), with hits (agreed) of
    /// the households (items) counted.
    public static func csv(_ sample: RecheckSample, board: Board) -> String {
        let results = board.rechecks.results(of: sample.id)
        var rows: [[String]] = results.measures.map { m in
            let ci = m.proportion.interval
            return ["measure", m.kind.rawValue, String(m.proportion.hits), String(m.proportion.of),
                    m.proportion.rate.map { String($0) } ?? "", ci.map { String($0.lowerBound) } ?? "",
                    ci.map { String($0.upperBound) } ?? "", m.verdict.rawValue]
        }
        func add(_ row: String, _ key: String, _ a: RecheckAgreement?) {
            guard let a else { return }
            rows.append([row, key, String(a.agreed), String(a.checked), a.proportion.rate.map { String($0) } ?? "", "", "", ""])
        }
        for item in ChecklistItem.allCases { add("item", item.key, results.byItem[item]) }
        for v in results.byVillage.keys.sorted() { add("village", v.description, results.byVillage[v]) }
        for c in results.byCadre.keys.sorted(by: { ($0?.raw ?? "") < ($1?.raw ?? "") }) { add("cadre", c?.raw ?? "", results.byCadre[c]) }
        let header = ["row", "key", "hits", "of", "rate", "low", "high", "verdict"]
        let table = CSVTable(header: header, rows: rows.enumerated().map { CSVTable.Row(line: $0.offset + 2, fields: $0.element) })
        return table.text()
    }
}
