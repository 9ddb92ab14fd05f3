/// Where a field's bytes lie in the arena, and how long the field really was.
@usableFromInline
struct CSVFieldSpan {
    @usableFromInline var start: Int
    @usableFromInline var end: Int
    @usableFromInline var length: Int
}
