/// Byte strings laid end to end in one block, looked up by number: the demo writer's
/// ready-made cells (unit names, codes, words), copied into rows without reference counting.
///
/// ```swift
/// var builder = DemoByteArena.Builder()
/// let id = builder.add(Array("Sở Y tế".utf8))
/// let arena = DemoByteArena(builder)
/// arena.count(id)   // 10
/// ```
final class DemoByteArena {
    /// Collects the byte strings before they are frozen into an arena.
    struct Builder {
        fileprivate var bytes: [UInt8] = []
        fileprivate var spans: [Int] = []

        /// Adds `value` and returns its number.
        mutating func add(_ value: [UInt8]) -> Int32 {
            spans.append(bytes.count)
            bytes.append(contentsOf: value)
            spans.append(value.count)
            return Int32(spans.count / 2 - 1)
        }
    }

    private let base: UnsafeMutablePointer<UInt8>
    private let spans: UnsafeMutablePointer<Int>

    /// Freezes the builder's strings.
    init(_ builder: Builder) {
        base = .allocate(capacity: max(1, builder.bytes.count))
        base.initialize(from: builder.bytes, count: builder.bytes.count)
        spans = .allocate(capacity: max(1, builder.spans.count))
        spans.initialize(from: builder.spans, count: builder.spans.count)
    }

    deinit {
        base.deallocate()
        spans.deallocate()
    }

    /// The first byte of string `id`.
    @inline(__always)
    func start(_ id: Int32) -> UnsafePointer<UInt8> { UnsafePointer(base + spans[Int(id) * 2]) }

    /// The length of string `id` in bytes.
    @inline(__always)
    func count(_ id: Int32) -> Int { spans[Int(id) * 2 + 1] }
}
