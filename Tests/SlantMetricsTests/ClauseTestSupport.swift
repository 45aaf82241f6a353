import SlantMetrics
import SlantText

/// Builds clause-analysis inputs from plain sentences, tagged by the real tagger.
enum ClauseTestSupport {
    static let data: RoleData = {
        do { return try RoleData.bundled() } catch { fatalError("role data: \(error)") }
    }()
    static let analyzer = ClauseAnalyzer(data: data)
    static let tagger: PerceptronTagger = {
        do { return try PerceptronTagger.shared() } catch { fatalError("tagger: \(error)") }
    }()

    /// A sentence with the mention in square brackets: "[Russia] bombed the rebels."
    static func sentence(_ marked: String) -> (sentence: ClauseSentence, mention: Range<Int>) {
        var plain = ""
        var start = 0, end = 0
        for character in marked {
            if character == "[" { start = plain.utf8.count } else if character == "]" { end = plain.utf8.count } else { plain.append(character) }
        }
        let analysed = TextAnalyzer.analyse(Document(id: "t", text: plain))
        let tokens = analysed.tokens(of: analysed.sentences[0])
        let sentence = ClauseSentence(document: analysed, sentence: 0, tagger: tagger)
        let first = tokens.startIndex
        let mention = tokens.indices.filter { tokens[$0].range.overlaps(start..<end) }
        let lower = (mention.first ?? first) - first
        let upper = (mention.last ?? first) - first + 1
        return (sentence, lower..<upper)
    }

    /// The analysis of the bracketed mention.
    static func analyse(_ marked: String) -> MentionClause {
        let (sentence, mention) = sentence(marked)
        return analyzer.analyse(sentence, mention: mention)
    }

    /// Each link as "role lemma shape modality", e.g. "agent bomb activeSubject asserted".
    static func links(_ marked: String) -> [String] {
        let clause = analyse(marked)
        return clause.links.map { link in
            [link.role.rawValue, link.predicate?.lemma ?? "-", link.shape.rawValue, link.modality.rawValue].joined(separator: " ")
        }
    }

    /// The tags, for checking what the tagger saw: "Russia/NNP bombed/VBD …".
    static func tagged(_ marked: String) -> String {
        let (sentence, _) = sentence(marked)
        return zip(sentence.words, sentence.tags).map { "\($0)/\($1.rawValue)" }.joined(separator: " ")
    }
}
