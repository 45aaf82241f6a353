import Foundation

/// File and folder names for Tab inside a string literal or after `:load`.
enum PathCompletion {
    /// Candidates for the partly typed `path`: entries of its folder whose names start with what
    /// follows the last `/`. Folders get a `/` suffix, files `fileSuffix`. `~/` means home.
    /// Hidden entries are offered only once the name typed so far starts with a dot.
    static func candidates(for path: String, fileSuffix: String, home: String?) -> [CompletionCandidate] {
        let folderPart: String
        let namePrefix: String
        if let slash = path.lastIndex(of: "/") {
            folderPart = String(path[...slash])
            namePrefix = String(path[path.index(after: slash)...])
        } else {
            folderPart = ""
            namePrefix = path
        }
        var folderOnDisk = folderPart.isEmpty ? "." : folderPart
        if folderOnDisk == "~/" || folderOnDisk.hasPrefix("~/"), let home {
            folderOnDisk = home + folderOnDisk.dropFirst()
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folderOnDisk) else { return [] }
        let showHidden = namePrefix.hasPrefix(".")
        return names
            .filter { $0.hasPrefix(namePrefix) && (showHidden || !$0.hasPrefix(".")) }
            .sorted()
            .map { name in
                var isFolder: ObjCBool = false
                let full = (folderOnDisk as NSString).appendingPathComponent(name)
                _ = FileManager.default.fileExists(atPath: full, isDirectory: &isFolder)
                return CompletionCandidate(text: folderPart + name, suffix: isFolder.boolValue ? "/" : fileSuffix)
            }
    }
}
