/// The persons a document names with a title ("President Barack Obama", "prime minister David
/// Cameron", "Mr. Pushkov"), and the full names its speakers go by, so that "Fabius" and
/// "Mr. Fabius" become "Laurent Fabius" and "he" can find who it refers back to.
struct PersonNames {
    /// A person named at a place in the text.
    struct Mention {
        var name: String
        /// Token indices of the name itself (without the title).
        var tokens: Range<Int>
        /// The whole introducing phrase: capitalised words and possessives before the title, the
        /// title, the name ("French Foreign Minister Laurent Fabius", "Jordan’s King Abdullah II").
        var phrase: Range<Int>
        var paragraph: Int
    }

    /// Titled names, in text order (outside direct quotes).
    private(set) var mentions: [Mention] = []
    /// Folded surname → full name; nil when two different full names share the surname.
    private var fullNames: [String: String?] = [:]

    /// Finds titled names from the tokens alone (no tags): a run of title words with at least
    /// one real title ("Secretary", not only "Foreign"), then one to four capitalised words.
    init(scanner: QuoteScanner) {
        let tokens = scanner.tokens
        var index = 0
        while index < tokens.count {
            guard scanner.categories[index].contains(.title) || scanner.categories[index].contains(.modifier) else {
                index += 1
                continue
            }
            var cursor = index
            var strong = false
            while cursor < tokens.count {
                let categories = scanner.categories[cursor]
                if categories.contains(.title) {
                    strong = true
                } else if !categories.contains(.modifier), !(scanner.isWord(cursor, "of") && cursor > index) {
                    break
                }
                cursor += 1
            }
            let start = cursor
            while cursor < tokens.count, cursor - start < 4, scanner.isCapitalised(cursor),
                  scanner.categories[cursor].isDisjoint(with: [.title, .modifier, .organisation, .time]),
                  scanner.sentence(of: cursor) == scanner.sentence(of: start) {
                cursor += 1
            }
            if strong, cursor > start, !scanner.inQuote[start] {
                let range = start..<cursor
                let name = scanner.nameText(range)
                var first = index
                let sentenceStart = scanner.sentenceTokens(of: index).lowerBound
                while first > sentenceStart, first > index - 4,
                      scanner.isCapitalised(first - 1) || (tokens[first - 1].kind == .clitic && first - 1 > sentenceStart) {
                    first -= 1
                }
                mentions.append(Mention(name: name, tokens: range, phrase: first..<cursor, paragraph: scanner.paragraph(of: start)))
                learn(name)
            }
            index = max(cursor, index + 1)
        }
    }

    /// Remembers a full name (two words or more) under its surname.
    mutating func learn(_ name: String) {
        let words = name.split(separator: " ")
        guard let surname = words.last else { return }
        let key = PersonNames.key(surname)
        if words.count < 2 {
            if fullNames[key] == nil { fullNames[key] = .some(name) }
            return
        }
        switch fullNames[key] {
        case .none:
            fullNames[key] = .some(name)
        case .some(.some(let known)):
            let knownWords = known.split(separator: " ").count
            if knownWords < 2 || known == name {
                fullNames[key] = .some(name)
            } else if !known.hasSuffix(name) && !name.hasSuffix(known) {
                fullNames[key] = .some(nil)  // two people share the surname: leave both alone
            } else if name.count > known.count {
                fullNames[key] = .some(name)
            }
        case .some(.none):
            break
        }
    }

    /// The full name for a name as written ("Fabius" → "Laurent Fabius"), or nil if unknown.
    func fullName(of name: String) -> String? {
        guard let surname = name.split(separator: " ").last else { return nil }
        switch fullNames[PersonNames.key(surname)] {
        case .some(.some(let full)): return full
        default: return nil
        }
    }

    /// Whether a name (or its surname) was introduced with a title or as a multi-word speaker.
    func isKnownPerson(_ name: String) -> Bool { fullName(of: name) != nil }

    /// The surname as a key: lower case, without a possessive, and without an Arabic article
    /// ("al-Assad" and "Assad" are the same person).
    private static func key(_ surname: Substring) -> String {
        var text = surname.lowercased()
        for suffix in ["'s", "’s"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        for prefix in ["al-", "el-", "al ", "el "] where text.hasPrefix(prefix) && text.count > prefix.count + 1 {
            text.removeFirst(prefix.count)
        }
        return text
    }
}

extension QuoteScanner {
    func paragraph(of token: Int) -> Int { document.sentences[sentence(of: token)].paragraph }
}
