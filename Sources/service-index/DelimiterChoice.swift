import ArgumentParser
import Foundation
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexPipeline
import ServiceIndexReport

enum DelimiterChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, comma, semicolon, tab

    var byte: UInt8? {
        switch self {
        case .auto: nil
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: 0x09
        }
    }
}
