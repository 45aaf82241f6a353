/// What the model knows about single words, outside tagging (tagging is unchanged by these).
extension PerceptronTagger {
    /// Whether the model saw `word` in training: the word is in the tag dictionary (case
    /// kept, as the tagger looks it up), or its normalised form (see ``normalize(_:)``) has an
    /// `i word` feature.
    ///
    /// The model's vocabulary is small (about 14,000 word forms from its training text, plus
    /// the tag dictionary), so an unknown word is often just a rare word; callers use this to
    /// confirm that a *part* of a suspect token is a word, not to reject unknown words.
    ///
    /// ```swift
    /// tagger.knows("welcome")        // true
    /// tagger.knows("wouldwelcome")   // false
    /// ```
    public func knows(_ word: String) -> Bool {
        if model.tagDictionary.find(word) >= 0 { return true }
        let argument = model.arguments.find(Self.normalize(word))
        guard argument >= 0, let slot = FeatureTemplate.word.argumentSlot else { return false }
        let index = Int(argument) * FeatureTemplate.argumentSlotCount + slot
        return model.argumentRows.indices.contains(index) && model.argumentRows[index] != 0
    }
}
