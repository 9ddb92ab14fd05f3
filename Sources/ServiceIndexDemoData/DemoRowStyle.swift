/// The random bits that choose how one demo row spells its values, each choice read from bits of
/// its own in one 64-bit word, so that the choices are independent of one another.
///
/// ```swift
/// let style = DemoRowStyle(random.next())
/// if style.statusAsWord { … }   // bits 14–17 below 3: about 3 rows in 16
/// ```
struct DemoRowStyle {
    /// How the province cell of a provincial row is written (bits 29–31).
    enum ProvinceSpelling {
        /// The two-digit code, zero-padded.
        case paddedCode
        /// The name, decomposed (NFD).
        case decomposedName
        /// The name as usual.
        case name
    }

    /// How the channel cell of a provincial row is written (bits 10–13).
    enum ChannelSpelling {
        case vietnameseWord
        case englishWord
        /// "BCCI" for a postal dossier; otherwise the number.
        case postalAcronym
        case number
    }

    let bits: UInt64

    init(_ bits: UInt64) { self.bits = bits }

    /// The value of `width` bits starting at bit `shift`.
    @inline(__always)
    private func field(_ shift: UInt64, width: UInt64) -> Int { Int((bits >> shift) & ((1 << width) - 1)) }

    /// A provincial dossier id starts with a space (bits 22–28 all zero: 1 row in 128).
    var padsDossierID: Bool { field(22, width: 7) == 0 }

    /// The province cell's spelling.
    var provinceSpelling: ProvinceSpelling {
        switch field(29, width: 3) {
        case 0: .paddedCode
        case 1: .decomposedName
        default: .name
        }
    }

    /// The unit name is written decomposed (NFD): bits 0–6 below 20 in a provincial file, below
    /// 10 in a national one.
    func decomposesUnitName(provincial: Bool) -> Bool { field(0, width: 7) < (provincial ? 20 : 10) }

    /// The applicant's name is written decomposed (NFD): bits 7–9 all zero.
    var decomposesApplicantName: Bool { field(7, width: 3) == 0 }

    /// The channel cell's spelling.
    var channelSpelling: ChannelSpelling {
        switch field(10, width: 4) {
        case 0...3: .vietnameseWord
        case 4, 5: .englishWord
        case 6: .postalAcronym
        default: .number
        }
    }

    /// The status is written as its English word: bits 14–17 below 3.
    var statusAsWord: Bool { field(14, width: 4) < 3 }

    /// The rating is written as its words: bits 18–21 below 5.
    var ratingAsWord: Bool { field(18, width: 4) < 5 }

    /// A supplement count of 0 is left empty in a provincial file: bit 32 clear.
    var leavesZeroSupplementCountEmpty: Bool { field(32, width: 1) == 0 }
}
