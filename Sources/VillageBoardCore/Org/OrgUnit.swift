/// A place on the battle chart: city, county or district, township, or administrative village.
public struct OrgUnit: Hashable, Sendable {
    public var code: DivisionCode
    public var name: String
    public var level: OrgLevel
    /// The unit above; nil for the top of the board.
    public var parent: DivisionCode?
    /// Where a village sits on the map (latitude, longitude in degrees), if known.
    public var coordinate: Coordinate?
    /// A provincial-level poor village (贫困村).
    public var isPoorVillage: Bool
    /// Rural population (农业人口), the denominator of the poverty incidence.
    public var ruralPopulation: Int
    /// The date the unit's work must be finished by, for the countdown on the chart.
    public var deadline: Day?
    /// A village's village-level targets (村级目标), by kind; empty above village level and until one is set.
    public var targets: [VillageTargetKind: VillageTarget] = [:]

    public init(code: DivisionCode, name: String, level: OrgLevel, parent: DivisionCode?,
                coordinate: Coordinate? = nil, isPoorVillage: Bool = false, ruralPopulation: Int = 0,
                deadline: Day? = nil) {
        self.code = code
        self.name = name
        self.level = level
        self.parent = parent
        self.coordinate = coordinate
        self.isPoorVillage = isPoorVillage
        self.ruralPopulation = ruralPopulation
        self.deadline = deadline
    }
}

/// A latitude/longitude pair in degrees.
public struct Coordinate: Hashable, Sendable {
    public var latitude: Double
    public var longitude: Double
    public init(latitude: Double, longitude: Double) {
        self.latitude = latitude
        self.longitude = longitude
    }
}
