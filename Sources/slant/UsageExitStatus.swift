import ArgumentParser
import Foundation

extension Slant {
    /// Runs the command line like ArgumentParser does, except that usage errors (an unknown
    /// option, a missing value) exit with status 2, as POSIX tools do, instead of 64. Load and
    /// evaluation errors are the commands' own (status 1).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
