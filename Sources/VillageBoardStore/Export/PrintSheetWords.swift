import VillageBoardCore

extension PrintSheets {
    /// The language a sheet is printed in: Chinese (the default; the sheets go up on village walls) or English.
    public enum Language: String, CaseIterable, Sendable {
        case zh, en
    }
}

/// Every word a printed sheet shows, in one language: headings, column names and the names of the domain's values
/// (relation, health, labour, schooling, status, causes, risks, measures, item and task states, colours).
///
/// The Store may not import the UI, so its text catalogues (VillageBoardUI/Text) cannot be used here; the value
/// names below are the same words the screens use (the catalogues' `relation.*`, `health.*`, … entries), so a card
/// reads as the household screen does. The switches are exhaustive: a new case cannot be printed as its raw key.
struct PrintSheetWords: Sendable {
    let language: PrintSheets.Language

    private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    // MARK: The household card

    func cardTitle(_ id: HouseholdID) -> String { pick("明白卡 \(id)", "Household card \(id)") }
    func head(_ name: String) -> String { pick("户主 \(name)", "head \(name)") }
    var riskEliminatedNote: String { pick("（风险已消除）", " (risk eliminated)") }
    func cadre(_ name: String) -> String { pick("包保干部 \(name)", "responsible cadre \(name)") }
    func income(_ perCapita: Int, line: Int?) -> String {
        pick("人均纯收入 \(perCapita) 元", "net income \(perCapita) yuan a person")
            + (line.map { pick("（标准 \($0) 元）", " (the line is \($0) yuan)") } ?? "")
    }
    /// 致贫原因 (main cause first) and, for monitored households, 风险类型; nil when neither is recorded.
    func causesAndRisks(main: PovertyCause?, secondary: [PovertyCause], risks: [RiskType]) -> String? {
        var parts: [String] = []
        let causes = (main.map { [$0] } ?? []) + secondary.filter { $0 != main }
        if !causes.isEmpty { parts.append(pick("致贫原因 ", "causes: ") + causes.map(name).joined(separator: listSeparator)) }
        if !risks.isEmpty { parts.append(pick("风险类型 ", "risks: ") + risks.map(name).joined(separator: listSeparator)) }
        return parts.isEmpty ? nil : parts.joined(separator: fieldSeparator)
    }
    var listSeparator: String { pick("、", ", ") }
    var fieldSeparator: String { pick("　", "; ") }
    var memberColumns: [String] {
        language == .zh ? ["姓名", "关系", "出生年", "身份证号", "健康", "劳动能力", "在校", "医保"]
            : ["Name", "Relation", "Born", "ID number", "Health", "Labour", "School", "Insured"]
    }
    func insured(_ yes: Bool) -> String { yes ? pick("已参保", "yes") : pick("未参保", "no") }
    var checklistHeading: String { pick("两不愁三保障", "Two assurances, three guarantees") }
    var checklistColumns: [String] {
        language == .zh ? ["项目", "状态", "依据", "核查人", "日期"] : ["Item", "State", "Evidence", "Checked by", "On"]
    }
    func planHeading(needs: String) -> String { pick("帮扶计划：", "Plan: ") + (needs.isEmpty ? "—" : needs) }
    var measureColumns: [String] { language == .zh ? ["措施", "内容"] : ["Measure", "Detail"] }
    var tasksHeading: String { pick("任务", "Tasks") }
    var taskColumns: [String] { language == .zh ? ["任务", "状态", "期限", "负责人"] : ["Task", "State", "Due", "Owner"] }

    // MARK: The battle chart

    func chartTitle(unit: String, day: Day) -> String { pick("\(unit) 挂图作战 — \(day.iso)", "Battle chart of \(unit) — \(day.iso)") }
    var chartColumns: [String] {
        language == .zh ? ["村", "乡镇", "剩余户", "剩余人", "未达标项", "待办任务", "逾期", "待验收", "着色"]
            : ["Village", "Township", "Households left", "People left", "Items not met", "Tasks open", "Overdue",
               "Awaiting check", "Colour"]
    }
    func chartSummary(_ r: Rollup) -> String {
        pick("建档立卡 \(r.householdsRegistered) 户 \(r.peopleRegistered) 人，已脱贫 \(r.householdsOut) 户，"
                + "剩余 \(r.householdsRemaining) 户 \(r.peopleRemaining) 人；任务 待办 \(r.tasksOpen)、逾期 \(r.tasksOverdue)、"
                + "待验收 \(r.tasksDone)",
             "Registered \(r.householdsRegistered) households, \(r.peopleRegistered) people; out \(r.householdsOut) households; "
                + "left \(r.householdsRemaining) households, \(r.peopleRemaining) people. Tasks: open \(r.tasksOpen), "
                + "overdue \(r.tasksOverdue), awaiting check \(r.tasksDone)")
    }

    /// The `lang` attribute of the HTML page.
    var htmlLanguage: String { pick("zh-CN", "en") }

    // MARK: Names of the domain's values (the screens' words)

    func name(_ relation: Relation) -> String {
        switch relation {
        case .head: pick("户主", "Head")
        case .spouse: pick("配偶", "Spouse")
        case .son: pick("子", "Son")
        case .daughter: pick("女", "Daughter")
        case .daughterInLaw: pick("儿媳", "Daughter-in-law")
        case .sonInLaw: pick("女婿", "Son-in-law")
        case .grandchild: pick("孙辈", "Grandchild")
        case .parent: pick("父母", "Parent")
        case .sibling: pick("兄弟姐妹", "Sibling")
        case .other: pick("其他", "Other")
        }
    }

    func name(_ health: Health) -> String {
        switch health {
        case .healthy: pick("健康", "Healthy")
        case .chronicIllness: pick("慢性病", "Chronic illness")
        case .seriousIllness: pick("大病", "Serious illness")
        case .disabled: pick("残疾", "Disabled")
        }
    }

    func name(_ labour: LabourCapacity) -> String {
        switch labour {
        case .full: pick("有劳动能力", "Able to work")
        case .partial: pick("弱劳动能力", "Partly able")
        case .none: pick("无劳动能力", "Unable to work")
        }
    }

    func name(_ schooling: Schooling) -> String {
        switch schooling {
        case .notApplicable: "—"
        case .inSchool: pick("在校", "In school")
        case .homeTeaching: pick("送教上门", "Home teaching")
        case .outOfSchool: pick("失学辍学", "Out of school")
        }
    }

    func name(_ status: HouseholdStatus) -> String {
        switch status {
        case .notOut: pick("未脱贫", "Not yet out")
        case .out: pick("已脱贫", "Out")
        case .unstable: pick("脱贫不稳定户", "Out, unstable")
        case .edge: pick("边缘易致贫户", "On the edge")
        case .sudden: pick("突发严重困难户", "Sudden hardship")
        }
    }

    func name(_ cause: PovertyCause) -> String {
        switch cause {
        case .illness: pick("因病", "Illness")
        case .disability: pick("因残", "Disability")
        case .schooling: pick("因学", "Schooling costs")
        case .disaster: pick("因灾", "Disaster")
        case .lackOfLand: pick("缺土地", "Lack of land")
        case .lackOfWater: pick("缺水", "Lack of water")
        case .lackOfSkills: pick("缺技术", "Lack of skills")
        case .lackOfLabour: pick("缺劳力", "Lack of labour")
        case .lackOfFunds: pick("缺资金", "Lack of funds")
        case .poorTransport: pick("交通条件落后", "Poor transport")
        case .lackOfDrive: pick("自身发展动力不足", "Lack of drive")
        }
    }

    func name(_ risk: RiskType) -> String {
        switch risk {
        case .illness: pick("因病", "Illness")
        case .schooling: pick("因学", "Schooling")
        case .disability: pick("因残", "Disability")
        case .naturalDisaster: pick("因自然灾害", "Natural disaster")
        case .accident: pick("因意外事故", "Accident")
        case .failedIndustryProject: pick("因产业项目失败", "Failed industry project")
        case .unstableEmployment: pick("因务工就业不稳", "Unstable employment")
        case .lackOfLabour: pick("缺劳动力", "Lack of labour")
        case .other: pick("其他", "Other")
        }
    }

    func name(_ kind: MeasureKind) -> String {
        switch kind {
        case .industryDividend: pick("产业分红", "Industry dividend")
        case .publicWelfareJob: pick("公益性岗位", "Public-welfare job")
        case .microCredit: pick("小额信贷", "Micro-credit")
        case .housingRenovation: pick("危房改造", "Housing renovation")
        case .relocation: pick("易地搬迁", "Relocation")
        case .employment: pick("转移就业", "Employment")
        case .educationAid: pick("教育资助", "Education aid")
        case .medicalAid: pick("医疗救助", "Medical aid")
        case .safetyNet: pick("兜底保障", "Safety net")
        case .skillsTraining: pick("技能培训", "Skills training")
        case .other: pick("其他", "Other")
        }
    }

    func name(_ item: ChecklistItem) -> String {
        switch item {
        case .food: pick("不愁吃", "Food")
        case .clothing: pick("不愁穿", "Clothing")
        case .education: pick("义务教育", "Education")
        case .medical: pick("基本医疗", "Medical care")
        case .housing: pick("住房安全", "Safe housing")
        case .water: pick("饮水安全", "Safe water")
        case .income: pick("收入", "Income")
        }
    }

    func name(_ state: ItemState) -> String {
        switch state {
        case .met: pick("达标", "met")
        case .notMet: pick("未达标", "not met")
        case .notApplicable: pick("不适用", "n/a")
        case .notChecked: pick("未核查", "not checked")
        }
    }

    func name(_ state: TaskState) -> String {
        switch state {
        case .open: pick("待办", "Open")
        case .done: pick("待验收", "Awaiting check")
        case .verified: pick("已销号", "Verified")
        }
    }

    /// The chart's colour column: the colour's name (the screens' legend explains what each means).
    func name(_ colour: VillageColour) -> String {
        switch colour {
        case .red: pick("红", "red")
        case .amber: pick("黄", "amber")
        case .green: pick("绿", "green")
        case .grey: pick("灰", "grey")
        }
    }
}
