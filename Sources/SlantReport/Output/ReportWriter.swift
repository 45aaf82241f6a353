import Foundation

/// Why a report file could not be written: the path and what to do about it.
public struct ReportWriteError: Error, Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    public var suggestion: String

    public var description: String { "cannot write '\(path)': \(message)" }
}

/// A file written, and whether its folder had to be made.
public struct WrittenFile: Sendable, Hashable {
    public var path: String
    public var bytes: Int
    /// The folder created for it, when it did not exist.
    public var createdDirectory: String?
}

/// Writes report files safely: each file goes to a temporary file in the same folder and is
/// then renamed over the target, so a reader (or a crash) never sees half a report and an
/// existing file is replaced only as a whole. Input files (the corpus, the script) are never
/// written. A missing parent folder is created and reported.
public struct ReportWriter: Sendable {
    /// Paths that must never be written (inputs), compared after resolving to absolute paths.
    public var protectedPaths: [String]

    public init(protectedPaths: [String] = []) {
        self.protectedPaths = protectedPaths
    }

    public func write(_ contents: String, to path: String) throws(ReportWriteError) -> WrittenFile {
        guard !path.isEmpty else {
            throw ReportWriteError(path: path, message: "the path is empty", suggestion: "give a file name such as \"out/report.html\"")
        }
        let target = URL(fileURLWithPath: path).standardizedFileURL
        let protected = Set(protectedPaths.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path })
        if protected.contains(target.resolvingSymlinksInPath().path) {
            throw ReportWriteError(path: path, message: "it is an input of this run and is never overwritten", suggestion: "write the report to another path, e.g. under out/")
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: target.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ReportWriteError(path: path, message: "it is a folder", suggestion: "name a file inside it, e.g. \"\(path.hasSuffix("/") ? path : path + "/")report.html\"")
        }
        let folder = target.deletingLastPathComponent()
        var created: String?
        if !manager.fileExists(atPath: folder.path, isDirectory: &isDirectory) {
            do {
                try manager.createDirectory(at: folder, withIntermediateDirectories: true)
                created = Self.display(folder.path, like: path)
            } catch {
                throw ReportWriteError(path: path, message: "its folder does not exist and could not be created (\(Self.reason(error)))", suggestion: "create the folder or choose a writable location")
            }
        } else if !isDirectory.boolValue {
            throw ReportWriteError(path: path, message: "'\(Self.display(folder.path, like: path))' is a file, not a folder", suggestion: "choose a path inside a folder")
        }

        let data = Data(contents.utf8)
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).slant-\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max)).tmp")
        guard manager.createFile(atPath: temporary.path, contents: data, attributes: [.posixPermissions: 0o644]) else {
            throw ReportWriteError(path: path, message: "the folder is not writable", suggestion: "check its permissions or choose another folder")
        }
        // rename(2) replaces the target in one step on the same file system.
        if rename(temporary.path, target.path) != 0 {
            let code = errno
            try? manager.removeItem(at: temporary)
            throw ReportWriteError(path: path, message: String(cString: strerror(code)), suggestion: "check the folder's permissions and free space")
        }
        return WrittenFile(path: path, bytes: data.count, createdDirectory: created)
    }

    /// A folder path shown the way the user wrote the file's path (relative stays relative).
    private static func display(_ absolute: String, like path: String) -> String {
        guard !path.hasPrefix("/") else { return absolute }
        let current = FileManager.default.currentDirectoryPath
        let base = current.hasSuffix("/") ? current : current + "/"
        return absolute.hasPrefix(base) ? String(absolute.dropFirst(base.count)) : absolute
    }

    private static func reason(_ error: Error) -> String {
        (error as NSError).localizedFailureReason ?? (error as NSError).localizedDescription
    }
}
