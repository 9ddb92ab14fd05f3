/// A raw buffer of trivial values that grows by doubling; freed with `deallocate()`.
struct GrowableBuffer<Element> {
    private(set) var base: UnsafeMutablePointer<Element>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    func deallocate() { base.deallocate() }

    @inline(__always)
    mutating func append(_ element: Element) {
        if count == capacity { grow(to: count + 1) }
        (base + count).initialize(to: element)
        count += 1
    }

    mutating func removeAll() { count = 0 }

    /// Appends `added` bytes from `source`. Most fields are short: up to 32 bytes they are
    /// copied with two overlapping loads and stores, which costs less than a call to `memcpy`.
    @inline(__always)
    mutating func appendBytes(_ source: UnsafeRawPointer, count added: Int) where Element == UInt8 {
        if count + added > capacity { grow(to: count + added) }
        let target = UnsafeMutableRawPointer(base + count)
        switch added {
        case 0:
            break
        case 1...3:
            target.storeBytes(of: source.load(as: UInt8.self), as: UInt8.self)
            target.storeBytes(
                of: source.load(fromByteOffset: added / 2, as: UInt8.self), toByteOffset: added / 2, as: UInt8.self)
            target.storeBytes(
                of: source.load(fromByteOffset: added - 1, as: UInt8.self), toByteOffset: added - 1, as: UInt8.self)
        case 4...7:
            Self.copyEnds(source, target, added, as: UInt32.self)
        case 8...16:
            Self.copyEnds(source, target, added, as: UInt64.self)
        case 17...32:
            Self.copyEnds(source, target, added, as: SIMD16<UInt8>.self)
        default:
            target.copyMemory(from: source, byteCount: added)
        }
        count += added
    }

    /// Copies `count` bytes, `MemoryLayout<Word>.size` ≤ count ≤ twice that, as a word from the
    /// start and a word ending at the last byte.
    @inline(__always)
    private static func copyEnds<Word>(
        _ source: UnsafeRawPointer, _ target: UnsafeMutableRawPointer, _ count: Int, as: Word.Type
    ) {
        let tail = count - MemoryLayout<Word>.size
        let first = source.loadUnaligned(as: Word.self)
        let last = source.loadUnaligned(fromByteOffset: tail, as: Word.self)
        target.storeBytes(of: first, as: Word.self)
        target.storeBytes(of: last, toByteOffset: tail, as: Word.self)
    }

    private mutating func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<Element>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }
}
