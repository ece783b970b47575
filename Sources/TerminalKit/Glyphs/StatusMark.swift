/// The four states a checked item can be in; each has a glyph so status never rests on colour.
public enum StatusMark: Hashable, Sendable, CaseIterable {
    case met
    case notMet
    case notApplicable
    case notChecked
}
