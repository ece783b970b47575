/// The xterm palette, for turning colours into fewer colours.
enum Palette {
    /// xterm's default colours 0–15.
    static let system: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    static let cubeLevels = [0, 95, 135, 175, 215, 255]

    static func rgb(ofIndex index: Int) -> (red: Int, green: Int, blue: Int) {
        let clamped = min(255, max(0, index))
        if clamped < 16 {
            let entry = system[clamped]
            return (entry.0, entry.1, entry.2)
        }
        if clamped < 232 {
            let cube = clamped - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        }
        let grey = 8 + (clamped - 232) * 10
        return (grey, grey, grey)
    }

    static func distance(_ a: (red: Int, green: Int, blue: Int), _ b: (red: Int, green: Int, blue: Int)) -> Int {
        // Weighted towards green, to which eyes are most sensitive.
        let dr = a.red - b.red
        let dg = a.green - b.green
        let db = a.blue - b.blue
        return 3 * dr * dr + 4 * dg * dg + 2 * db * db
    }

    /// The nearest of the 256 palette entries from 16 on (cube or grey ramp).
    static func nearest256(_ color: (red: Int, green: Int, blue: Int)) -> Int {
        func level(_ value: Int) -> Int {
            var best = 0
            for (index, candidate) in cubeLevels.enumerated() where abs(candidate - value) < abs(cubeLevels[best] - value) {
                best = index
            }
            return best
        }
        let cubeIndex = 16 + 36 * level(color.red) + 6 * level(color.green) + level(color.blue)
        let average = (color.red + color.green + color.blue) / 3
        let greyIndex = 232 + min(23, max(0, (average - 3) / 10))
        let cubeDistance = distance(color, rgb(ofIndex: cubeIndex))
        let greyDistance = distance(color, rgb(ofIndex: greyIndex))
        return greyDistance < cubeDistance ? greyIndex : cubeIndex
    }

    /// The nearest of the first `count` system colours (8 or 16).
    static func nearestSystem(_ color: (red: Int, green: Int, blue: Int), count: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for index in 0..<count {
            let candidate = distance(color, rgb(ofIndex: index))
            if candidate < bestDistance {
                best = index
                bestDistance = candidate
            }
        }
        return best
    }
}
