/// A common measure (帮扶措施) a task is named after, and the checklist item it answers.
public struct TaskMeasure: Hashable, Sendable {
    /// The task's title, as cadres write it (data: stored in the task as it is).
    public let title: String
    /// The item the measure answers; nil for a measure that answers none in particular (income, industry).
    public let item: ChecklistItem?

    public init(_ title: String, answers item: ChecklistItem?) {
        self.title = title
        self.item = item
    }
}

/// The catalogue of common measures that tasks are created from, kept as data beside the year's standards: a
/// county adds its own here, and no screen or command names one in code.
public enum TaskMeasures {
    public static let catalogue: [TaskMeasure] = [
        TaskMeasure("危房改造", answers: .housing),
        TaskMeasure("易地扶贫搬迁", answers: .housing),
        TaskMeasure("住房安全等级鉴定", answers: .housing),
        TaskMeasure("家庭医生签约", answers: .medical),
        TaskMeasure("办理慢病卡", answers: .medical),
        TaskMeasure("落实基本医疗保险", answers: .medical),
        TaskMeasure("控辍保学", answers: .education),
        TaskMeasure("送教上门", answers: .education),
        TaskMeasure("落实教育资助", answers: .education),
        TaskMeasure("安全饮水工程", answers: .water),
        TaskMeasure("水质检测", answers: .water),
        TaskMeasure("落实口粮保障", answers: .food),
        TaskMeasure("发放御寒衣被", answers: .clothing),
        TaskMeasure("落实产业分红", answers: .income),
        TaskMeasure("安排公益性岗位", answers: .income),
        TaskMeasure("办理小额信贷", answers: .income),
        TaskMeasure("纳入低保", answers: .income),
    ]

    /// The measures that answer `item`, in catalogue order (all of them for nil).
    public static func answering(_ item: ChecklistItem?) -> [TaskMeasure] {
        guard let item else { return catalogue }
        return catalogue.filter { $0.item == item }
    }

    /// The measure titled `title`, if the catalogue has one.
    public static func named(_ title: String) -> TaskMeasure? { catalogue.first { $0.title == title } }
}
