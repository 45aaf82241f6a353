import Foundation

/// One thing Tab could put at the cursor.
struct CompletionCandidate: Hashable, Sendable {
    /// The full word (it starts with the text being completed).
    var text: String
    /// What follows a unique completion: "(" after a function, "/" after a folder, a space…
    var suffix: String = ""
}

/// What the line editor should do when Tab is pressed.
struct CompletionResult: Equatable, Sendable {
    enum Action: Equatable, Sendable {
        /// Nothing fits: beep.
        case none
        /// Replace `word` with this text.
        case insert(String)
        /// Several candidates share no longer prefix: show them.
        case list([String])
    }

    /// The text just left of the cursor that the completion replaces.
    var word: String
    var action: Action

    /// Decides, like readline: one candidate is inserted whole (with its suffix); several are
    /// narrowed to their longest common prefix, or listed when that adds nothing.
    init(word: String, candidates: [CompletionCandidate]) {
        self.word = word
        var seen = Set<String>()
        let unique = candidates.filter { seen.insert($0.text).inserted }
        switch unique.count {
        case 0:
            action = .none
        case 1:
            action = .insert(unique[0].text + unique[0].suffix)
        default:
            let shared = Self.commonPrefix(unique.map(\.text))
            if shared.unicodeScalars.count > word.unicodeScalars.count {
                action = .insert(shared)
            } else {
                action = .list(unique.map(\.text).sorted())
            }
        }
    }

    /// The longest run of Unicode scalars every word starts with.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for word in words.dropFirst() {
            let scalars = Array(word.unicodeScalars)
            var length = 0
            while length < prefix.count, length < scalars.count, prefix[length] == scalars[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: prefix)
        return result
    }
}

/// Lays candidate words out in columns under the prompt, like a shell does.
enum CompletionListing {
    static func columns(_ words: [String], width: Int) -> String {
        guard let longest = words.map({ $0.count }).max() else { return "" }
        let cellWidth = longest + 2
        let perRow = max(1, width / cellWidth)
        let rows = (words.count + perRow - 1) / perRow
        var text = ""
        for row in 0..<rows {
            var line = ""
            for column in 0..<perRow {
                let index = column * rows + row  // fill down, then across
                guard index < words.count else { break }
                let word = words[index]
                let isLastInRow = column == perRow - 1 || index + rows >= words.count
                line += isLastInRow ? word : word.padding(toLength: cellWidth, withPad: " ", startingAt: 0)
            }
            text += line + "\n"
        }
        return text
    }
}
