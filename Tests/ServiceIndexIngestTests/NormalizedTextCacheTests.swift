import Foundation
import Testing

@testable import ServiceIndexIngest

/// The cache gives exactly what normalising gives, for repeated and new values alike.
struct NormalizedTextCacheTests {
    private static let samples = [
        "Sở Tư pháp", "So Tu phap", "  Sở  Tư\npháp ",
        "Sở Tư pháp".decomposedStringWithCanonicalMapping,  // written decomposed
        "UBND xã Ea\u{00A0}Kao", "Ủy ban\u{2003}nhân dân", "Ωμέγα", "e\u{0301}", "é", "", "   ",
    ]

    private func normalized(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> String?) -> String? {
        Array(text.utf8).withUnsafeBufferPointer(body)
    }

    @Test func repeatedValuesGiveWhatNormalisingGives() {
        var cache = NormalizedTextCache()
        for _ in 0..<3 {
            for sample in Self.samples {
                #expect(
                    normalized(sample) { cache.normalized($0) } == normalized(sample) { TextValue.normalized($0) },
                    "\(sample.debugDescription)")
            }
        }
        #expect(normalized(Self.samples[3]) { cache.normalized($0) } == "Sở Tư pháp")
        #expect(normalized("e\u{0301}") { cache.normalized($0) } == "é")
    }

    @Test func valuesPastTheCapacityAreStillNormalised() {
        var cache = NormalizedTextCache()
        for index in 0..<(NormalizedTextCache.capacity + 100) {
            let text = "Phòng \(index) xã".decomposedStringWithCanonicalMapping
            #expect(normalized(text) { cache.normalized($0) } == "Phòng \(index) xã")
        }
        let first = "Phòng 0 xã".decomposedStringWithCanonicalMapping
        #expect(normalized(first) { cache.normalized($0) } == "Phòng 0 xã")
    }
}
