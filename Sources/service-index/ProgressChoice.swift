import ArgumentParser
import Foundation
import ServiceIndexCore
import ServiceIndexDemoData
import ServiceIndexIngest
import ServiceIndexPipeline
import ServiceIndexReport

enum ProgressChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}
