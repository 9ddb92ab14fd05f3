import ServiceIndexIngest
import Testing

/// FIPS 180-4 test vectors, fed whole and in uneven pieces.
@Test(arguments: [
    ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    (
        "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    ),
])
func digestMatchesTheStandardVectors(_ text: String, _ expected: String) {
    var whole = InputDigest()
    whole.update(Array(text.utf8))
    #expect(whole.hex == expected)
    var pieces = InputDigest()
    let bytes = Array(text.utf8)
    var start = 0
    var size = 1
    while start < bytes.count {
        let end = min(bytes.count, start + size)
        pieces.update(Array(bytes[start..<end]))
        start = end
        size += 3
    }
    #expect(pieces.hex == expected)
}
