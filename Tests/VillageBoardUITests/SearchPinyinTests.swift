import Testing
@testable import VillageBoardUI

/// Pinyin initials: the generated table, polyphone surnames, and prefix matching of names.
@Suite struct SearchPinyinTests {
    /// The initials of `character` as a set of letters, e.g. "dcs" for 单.
    func letters(_ character: Character) -> Set<Character> {
        Set(PinyinInitials.initials(of: character))
    }

    // MARK: The table

    @Test func tableCoversTheWholeRangeAndParses() {
        let expected = Int(PinyinInitialsTable.last - PinyinInitialsTable.first) + 1
        #expect(PinyinInitialsTable.primary.utf8CodeUnitCount == expected)
        #expect(PinyinInitials.masks.count == expected)
        let covered = PinyinInitials.masks.filter { $0 != 0 }.count
        let several = PinyinInitials.masks.filter { $0.nonzeroBitCount > 1 }.count
        #expect(covered > 26_000)  // pypinyin 0.55 reads 26,703 of 27,648
        #expect(several > 4_000)
        // The primary letter is always one of the letters of the mask.
        for (index, mask) in PinyinInitials.masks.enumerated() where mask != 0 {
            let scalar = Unicode.Scalar(PinyinInitialsTable.first + UInt32(index))
            guard let scalar, let primary = PinyinInitials.primaryLetter(of: scalar) else {
                Issue.record("no primary letter at index \(index)")
                continue
            }
            #expect(mask & (UInt32(1) << UInt32(primary - UInt8(ascii: "a"))) != 0)
        }
    }

    @Test func commonCharacters() {
        #expect(PinyinInitials.initials(of: "张") == ["z"])
        #expect(PinyinInitials.initials(of: "三") == ["s"])
        #expect(PinyinInitials.initials(of: "李") == ["l"])
        #expect(PinyinInitials.initials(of: "王").first == "w")  // wáng, wàng; also yù in Unihan
        #expect(PinyinInitials.initials(of: "村") == ["c"])
        #expect(PinyinInitials.initials(of: "安") == ["a"])
        #expect(PinyinInitials.initials(of: "欧") == ["o"])
        #expect(PinyinInitials.initials(of: "鹅") == ["e"])
        #expect(PinyinInitials.initials(of: "㐀") == ["q"])  // Extension A
    }

    @Test func nonIdeographsHaveNoInitials() {
        for character: Character in ["a", "Z", "1", " ", "·", "é", "ア", "한", "😀", "，"] {
            #expect(PinyinInitials.initials(of: character).isEmpty, "\(character)")
        }
        #expect(PinyinInitials.initials(of: "\u{4DC0}").isEmpty)  // ䷀ hexagram between Ext-A and the main block
    }

    @Test(arguments: [
        ("单", "scd"), ("曾", "zc"), ("解", "xj"), ("仇", "qc"), ("朴", "p"), ("区", "oq"), ("查", "zc"),
        ("盖", "g"), ("翟", "zd"), ("尉", "yw"), ("覃", "qt"), ("缪", "m"), ("乐", "yl"), ("长", "zc"),
        ("重", "cz"), ("万", "wm"), ("员", "y"), ("秘", "bm"), ("繁", "fp"), ("宿", "sx"), ("折", "sz"),
        ("種", "zc"), ("藏", "cz"), ("传", "cz"),
    ] as [(Character, String)])
    func surnamePolyphonesHaveEveryReading(character: Character, readings: String) {
        let found = letters(character)
        for letter in readings {
            #expect(found.contains(letter), "\(character) should have initial \(letter), has \(found.sorted())")
        }
    }

    @Test func mostCommonReadingComesFirst() {
        #expect(PinyinInitials.initials(of: "长").first == "z" || PinyinInitials.initials(of: "长").first == "c")
        #expect(PinyinInitials.initials(of: "乐").count == 2)
        #expect(PinyinInitials.initials(of: "单").count == 3)
        // After the first, alphabetical.
        let rest = PinyinInitials.initials(of: "单").dropFirst()
        #expect(Array(rest) == rest.sorted())
    }

    // MARK: Matching names

    @Test func matchesInitialsAtTheStart() {
        #expect(PinyinInitials.matches(name: "张三", initials: "zs"))
        #expect(PinyinInitials.matches(name: "张三", initials: "z"))
        #expect(PinyinInitials.matches(name: "张三", initials: "ZS"))
        #expect(PinyinInitials.matches(name: "张三", initials: ""))
        #expect(PinyinInitials.matches(name: "单志", initials: "sz"))  // 单 as Shàn
        #expect(PinyinInitials.matches(name: "单志", initials: "dz"))
        #expect(PinyinInitials.matches(name: "曾国", initials: "zg"))
        #expect(PinyinInitials.matches(name: "曾国", initials: "cg"))
        #expect(PinyinInitials.matches(name: "解放", initials: "xf"))
        #expect(PinyinInitials.matches(name: "仇志刚", initials: "qzg"))
        #expect(PinyinInitials.matches(name: "朴正", initials: "pz"))
        #expect(PinyinInitials.matches(name: "区华", initials: "oh"))
        #expect(PinyinInitials.matches(name: "翟林", initials: "zl"))
        #expect(PinyinInitials.matches(name: "覃明", initials: "qm"))
        #expect(PinyinInitials.matches(name: "尉迟恭", initials: "ycg"))
    }

    @Test func doesNotMatch() {
        #expect(!PinyinInitials.matches(name: "张三", initials: "sz"))
        #expect(!PinyinInitials.matches(name: "张三", initials: "zsf"))  // longer than the name
        #expect(!PinyinInitials.matches(name: "张三", initials: "s"))  // prefix only
        #expect(!PinyinInitials.matches(name: "曾国", initials: "gg"))
        #expect(!PinyinInitials.matches(name: "李四", initials: "ls1"))
        #expect(!PinyinInitials.matches(name: "", initials: "a"))
        #expect(!PinyinInitials.matches(name: "张三", initials: "李"))
    }

    @Test func mixedASCIIAndSeparators() {
        #expect(PinyinInitials.matches(name: "王2组", initials: "w2z"))
        #expect(PinyinInitials.matches(name: "王2组", initials: "W2"))
        #expect(!PinyinInitials.matches(name: "王2组", initials: "w3"))
        #expect(PinyinInitials.matches(name: "Tom张", initials: "tomz"))
        #expect(PinyinInitials.matches(name: "Tom张", initials: "TO"))
        #expect(!PinyinInitials.matches(name: "Tom张", initials: "tz"))  // ASCII letters match themselves only
        #expect(PinyinInitials.matches(name: "阿不都·热合曼", initials: "abdrhm"))
        #expect(PinyinInitials.matches(name: "阿不都·热合曼", initials: "abd rh"))
        #expect(PinyinInitials.matches(name: "张 三", initials: "zs"))
        #expect(PinyinInitials.matches(name: "ＡＢ张", initials: "abz"))  // full-width letters
        #expect(PinyinInitials.matches(name: "张三", initials: "张s"))  // a Chinese character matches itself
        #expect(!PinyinInitials.matches(name: "周三", initials: "张s"))
    }

    @Test func keysReportWhereTheyMatch() {
        let key = PinyinKey("阿不都·热合曼")
        #expect(key.hasPrefix(PinyinQuery("ab")))
        #expect(key.firstMatch(of: PinyinQuery("dr")) == 2)
        #expect(key.matchedOffsets(from: 2, length: 2) == [2, 4])  // skips the ·
        #expect(key.firstMatch(of: PinyinQuery("hm")) == 5)
        #expect(key.firstMatch(of: PinyinQuery("x")) == nil)
        let plain = PinyinKey("张三")
        #expect(plain.firstMatch(of: PinyinQuery("s")) == 1)
        #expect(plain.matchedOffsets(from: 0, length: 2) == [0, 1])
        #expect(PinyinQuery("  ").isEmpty)
    }

    // MARK: Throughput

    @Test func throughputOfPrecomputedKeys() {
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单")
        let given = Array("三伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红建国志文")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let names = (0..<100_000).map { _ in
            String(surnames[next(surnames.count)]) + String(given[next(given.count)])
                + (next(2) == 0 ? String(given[next(given.count)]) : "")
        }
        let clock = ContinuousClock()
        var keys: [PinyinKey] = []
        let built = clock.measure { keys = names.map(PinyinKey.init) }
        var counts: [String: Int] = [:]
        var elapsed: [String: Duration] = [:]
        for text in ["z", "zs", "wjg", "sxy"] {
            let query = PinyinQuery(text)
            var count = 0
            elapsed[text] = clock.measure {
                for key in keys where key.hasPrefix(query) { count += 1 }
            }
            counts[text] = count
        }
        print("pinyin throughput: built 100,000 keys in \(built)")
        for text in ["z", "zs", "wjg", "sxy"] {
            print("pinyin throughput: '\(text)' matched \(counts[text] ?? 0) of 100,000 keys in \(elapsed[text] ?? .zero)")
        }
        #expect((counts["z"] ?? 0) > 0)
    }
}
