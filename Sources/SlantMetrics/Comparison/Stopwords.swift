/// English function words, for leaving terms made only of them ("of the", "it was") out of
/// keyness lists. They are still counted: the statistics see the whole text, only the lists a
/// reader scans are filtered.
public enum Stopwords {
    /// Lower-case function words: articles, pronouns, auxiliaries, prepositions, conjunctions.
    public static let english: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as",
        "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could",
        "did", "do", "does", "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has",
        "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in",
        "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more", "most", "must", "my", "myself",
        "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves",
        "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through",
        "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while",
        "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
    ]

    /// True when every word of `term` (words separated by spaces) is a function word.
    public static func isFunctionOnly(_ term: String) -> Bool {
        term.split(separator: " ").allSatisfy { english.contains(String($0)) }
    }
}
