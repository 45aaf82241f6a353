/// The perceptron tagger is the tagger ``AnalysedDocument/tags(forSentence:using:)`` expects:
///
/// ```swift
/// let analysed = TextAnalyzer.analyse(document)
/// let tags = analysed.tags(forSentence: 0, using: try PerceptronTagger.shared())
/// ```
extension PerceptronTagger: PartOfSpeechTagger {}
