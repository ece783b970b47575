import VillageBoardCore

/// The catalogue key of each value of the domain, by exhaustive switches: a new case does not compile until it has
/// its words, and no key is put together from strings at run time.
extension TextKey {
    public static func name(_ item: ChecklistItem) -> TextKey {
        switch item {
        case .food: "item.food"
        case .clothing: "item.clothing"
        case .education: "item.education"
        case .medical: "item.medical"
        case .housing: "item.housing"
        case .water: "item.water"
        case .income: "item.income"
        }
    }

    public static func shortName(_ item: ChecklistItem) -> TextKey {
        switch item {
        case .food: "item.short.food"
        case .clothing: "item.short.clothing"
        case .education: "item.short.education"
        case .medical: "item.short.medical"
        case .housing: "item.short.housing"
        case .water: "item.short.water"
        case .income: "item.short.income"
        }
    }

    public static func criterion(_ item: ChecklistItem) -> TextKey {
        switch item {
        case .food: "hh.criterion.food"
        case .clothing: "hh.criterion.clothing"
        case .education: "hh.criterion.education"
        case .medical: "hh.criterion.medical"
        case .housing: "hh.criterion.housing"
        case .water: "hh.criterion.water"
        case .income: "hh.criterion.income"
        }
    }

    public static func name(_ state: ItemState) -> TextKey {
        switch state {
        case .met: "state.met"
        case .notMet: "state.notMet"
        case .notApplicable: "state.notApplicable"
        case .notChecked: "state.notChecked"
        }
    }

    public static func name(_ status: HouseholdStatus) -> TextKey {
        switch status {
        case .notOut: "status.notOut"
        case .out: "status.out"
        case .unstable: "status.unstable"
        case .edge: "status.edge"
        case .sudden: "status.sudden"
        }
    }

    public static func name(_ cause: PovertyCause) -> TextKey {
        switch cause {
        case .illness: "cause.illness"
        case .disability: "cause.disability"
        case .schooling: "cause.schooling"
        case .disaster: "cause.disaster"
        case .lackOfLand: "cause.lackOfLand"
        case .lackOfWater: "cause.lackOfWater"
        case .lackOfSkills: "cause.lackOfSkills"
        case .lackOfLabour: "cause.lackOfLabour"
        case .lackOfFunds: "cause.lackOfFunds"
        case .poorTransport: "cause.poorTransport"
        case .lackOfDrive: "cause.lackOfDrive"
        case .other: "cause.other"
        }
    }

    public static func name(_ risk: RiskType) -> TextKey {
        switch risk {
        case .illness: "risk.illness"
        case .schooling: "risk.schooling"
        case .disability: "risk.disability"
        case .naturalDisaster: "risk.naturalDisaster"
        case .accident: "risk.accident"
        case .failedIndustryProject: "risk.failedIndustryProject"
        case .unstableEmployment: "risk.unstableEmployment"
        case .lackOfLabour: "risk.lackOfLabour"
        case .other: "risk.other"
        }
    }

    public static func name(_ kind: MeasureKind) -> TextKey {
        switch kind {
        case .industryDividend: "measure.industryDividend"
        case .publicWelfareJob: "measure.publicWelfareJob"
        case .microCredit: "measure.microCredit"
        case .housingRenovation: "measure.housingRenovation"
        case .relocation: "measure.relocation"
        case .employment: "measure.employment"
        case .educationAid: "measure.educationAid"
        case .medicalAid: "measure.medicalAid"
        case .safetyNet: "measure.safetyNet"
        case .skillsTraining: "measure.skillsTraining"
        case .other: "measure.other"
        }
    }

    public static func name(_ role: Role) -> TextKey {
        switch role {
        case .villageCadre: "role.villageCadre"
        case .responsibleCadre: "role.responsibleCadre"
        case .townshipSupervisor: "role.townshipSupervisor"
        case .countyOfficeHead: "role.countyOfficeHead"
        case .admin: "role.admin"
        }
    }

    public static func name(_ level: OrgLevel) -> TextKey {
        switch level {
        case .province: "level.province"
        case .city: "level.city"
        case .county: "level.county"
        case .township: "level.township"
        case .village: "level.village"
        }
    }

    public static func name(_ state: TaskState) -> TextKey {
        switch state {
        case .open: "task.state.open"
        case .done: "task.state.done"
        case .verified: "task.state.verified"
        }
    }

    public static func name(_ colour: VillageColour) -> TextKey {
        switch colour {
        case .red: "colour.red"
        case .amber: "colour.amber"
        case .green: "colour.green"
        case .grey: "colour.grey"
        }
    }

    public static func printName(_ colour: VillageColour) -> TextKey {
        switch colour {
        case .red: "print.colour.red"
        case .amber: "print.colour.amber"
        case .green: "print.colour.green"
        case .grey: "print.colour.grey"
        }
    }

    public static func name(_ relation: Relation) -> TextKey {
        switch relation {
        case .head: "relation.head"
        case .spouse: "relation.spouse"
        case .son: "relation.son"
        case .daughter: "relation.daughter"
        case .daughterInLaw: "relation.daughterInLaw"
        case .sonInLaw: "relation.sonInLaw"
        case .grandchild: "relation.grandchild"
        case .parent: "relation.parent"
        case .sibling: "relation.sibling"
        case .other: "relation.other"
        case .grandparent: "relation.grandparent"
        case .parentInLaw: "relation.parentInLaw"
        }
    }

    public static func name(_ health: Health) -> TextKey {
        switch health {
        case .healthy: "health.healthy"
        case .chronicIllness: "health.chronicIllness"
        case .seriousIllness: "health.seriousIllness"
        case .disabled: "health.disabled"
        }
    }

    public static func name(_ labour: LabourCapacity) -> TextKey {
        switch labour {
        case .full: "labour.full"
        case .skilled: "labour.skilled"
        case .partial: "labour.partial"
        case .lost: "labour.lost"
        case .none: "labour.none"
        }
    }

    public static func name(_ schooling: Schooling) -> TextKey {
        switch schooling {
        case .notApplicable: "schooling.notApplicable"
        case .inSchool: "schooling.inSchool"
        case .homeTeaching: "schooling.homeTeaching"
        case .outOfSchool: "schooling.outOfSchool"
        }
    }

    public static func name(_ action: BoardAction) -> TextKey {
        switch action {
        case .addOrgUnit: "access.action.addOrgUnit"
        case .registerHousehold: "access.action.registerHousehold"
        case .editHousehold: "access.action.editHousehold"
        case .recordVisit: "access.action.recordVisit"
        case .setStatus: "access.action.setStatus"
        case .exitHousehold: "access.action.exitHousehold"
        case .eliminateRisk: "access.action.eliminateRisk"
        case .assignCadre: "access.action.assignCadre"
        case .proposeExit: "access.action.proposeExit"
        case .reviewExit: "access.action.reviewExit"
        case .decideExit: "access.action.decideExit"
        case .addTask: "access.action.addTask"
        case .markTaskDone: "access.action.markTaskDone"
        case .verifyTask: "access.action.verifyTask"
        case .sendBackTask: "access.action.sendBackTask"
        case .reopenTask: "access.action.reopenTask"
        case .manageUsers: "access.action.manageUsers"
        case .setOwnPin: "access.action.setOwnPin"
        case .setStandard: "access.action.setStandard"
        case .setVillageTarget: "access.action.setVillageTarget"
        case .editTask: "access.action.editTask"
        case .setPinPolicy: "access.action.setPinPolicy"
        case .viewFullIDNumber: "access.action.viewFullIDNumber"
        case .viewHealth: "access.action.viewHealth"
        case .exportFullIDNumbers: "access.action.exportFullIDNumbers"
        case .attachEvidence: "access.action.attachEvidence"
        case .openEvidence: "access.action.openEvidence"
        case .recheck: "access.action.recheck"
        }
    }

    public static func reason(_ denial: PermissionDenial) -> TextKey {
        switch denial {
        case .unknownUser: "access.denied.unknownUser"
        case .userDisabled: "access.denied.userDisabled"
        case .roleNotAllowed: "access.denied.roleNotAllowed"
        case .outsideScope: "access.denied.outsideScope"
        case .wrongState: "access.denied.wrongState"
        case .ownWork: "access.denied.ownWork"
        case .lastAdmin: "access.denied.lastAdmin"
        case .ownHousehold: "access.denied.ownHousehold"
        }
    }

    public static func reason(_ why: StaysMonitored) -> TextKey {
        switch why {
        case .incomeInMonitoringRange: "error.staysMonitored.incomeInMonitoringRange"
        case .safetyNetWithoutLabour: "error.staysMonitored.safetyNetWithoutLabour"
        }
    }
}
