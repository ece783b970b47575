import VillageBoardCore

/// The exit procedure's names shared by the screens and the commands.
public enum ExitWords {
    /// 脱贫退出 or 风险消除: which procedure a step of the status table is.
    public static func procedure(_ step: StatusStep) -> TextKey {
        step == .exit ? "exit.kind.exit" : "exit.kind.eliminateRisk"
    }
}
