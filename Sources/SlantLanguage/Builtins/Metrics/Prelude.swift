/// The standard prelude: Slant source that every session runs first, defining the actors of
/// the seed story. A copy ships as `scripts/prelude.slant` (a test keeps the two identical);
/// users read it with `prelude()` (and `:help prelude` in the REPL) and redefine any actor.
public enum Prelude {
    /// The source text.
    public static let source = #"""
# The standard prelude: the actors of the seed story (Russia's role in the fight against the
# Islamic State, 2014-2015). Every session starts with these definitions; redefine any of
# them with your own `actor NAME = …`, which replaces the prelude's from then on.
#
# How aliases match (see "Actors and mentions" in docs/LANGUAGE.md):
# - whole words only, never parts of words: "IS" does not match "ISIS" or "is";
# - ALL-CAPS aliases (ISIS, IS, U.S., UK) match exactly as written;
# - Capitalised aliases (Turkey, Assad) match in any case, but only where the word starts
#   with a capital: "turkey" the bird in mid-sentence is not Turkey;
# - lower-case aliases (caliphate, rebels) match in any case;
# - possessives (Assad's, Assad’s) and parts of hyphenated words (anti-ISIS, U.S.-led) count;
# - the longest alias wins, and one actor's mentions never overlap;
# - an alias that is a country name also matches its demonym: "Russia" brings "Russian" and
#   "Russians", "United States" brings "American" and "Americans";
# - "he" or "she" makes the actor a person: pronouns that refer back to one of its mentions
#   in the same paragraph count as inferred mentions (turn off with pronouns: false);
# - an alias with a leading minus is an exception: "-Washington Post" keeps "Washington"
#   from counting inside the newspaper's name.
# Titles (President, Mr.) are left out of the aliases so that labels() can report them.

# States, with their capitals and seats of government as metonyms ("Moscow said").
# Exceptions cover names of newspapers, places and people that contain these words.
actor Russia = "Russia", "Russian Federation", "Moscow", "Kremlin",
    "-Moscow Times", "-Moscow Mitch", "-Russian Orthodox Church", "-Trump Tower Moscow",
    "-Trump Tower in Moscow"
actor UnitedStates = "United States", "United States of America", "U.S.", "US", "USA", "America",
    "Washington", "White House", "Pentagon", "State Department", "Obama administration",
    "-Washington Post", "-Washington Times", "-Washington Examiner", "-Washington Free Beacon",
    "-Washington Institute", "-Washington University", "-Washington State", "-George Washington",
    "-Latin America", "-South America", "-North America", "-Central America", "-Voice of America",
    "-Bank of America", "-Latin American", "-South American", "-North American", "-Central American",
    "-African American"
actor France = "France", "French Republic", "Élysée", "Elysee", "Quai d'Orsay"
actor UnitedKingdom = "United Kingdom", "U.K.", "UK", "Britain", "Great Britain", "Downing Street", "Whitehall"
actor Turkey = "Turkey", "Türkiye", "Ankara", "Turks"
actor Iran = "Iran", "Tehran", "Islamic Republic", "-Tehran Times"

# Leaders: persons, so "he" after their names counts (inferred).
actor Putin = "Vladimir Putin", "Putin", "Vlad", "he"
actor Obama = "Barack Obama", "Obama", "he"
# Not in the seed story, but the person most often next to Putin in the AllSides corpus: as a
# person actor he takes the pronouns that are his instead of leaving them to Putin.
actor Trump = "Donald Trump", "Donald J. Trump", "Trump", "he"

# Assad and the Syrian government he heads.
actor Assad = "Bashar al-Assad", "Bashar Assad", "al-Assad", "Assad", "Assad regime", "Syrian regime",
    "Syrian government", "Syrian army", "Syrian air force", "Damascus", "he",
    "-Free Syrian Army"

# Not a bare "rebels": in a corpus about Russia most rebels are Ukrainian separatists.
actor SyrianOpposition = "Syrian opposition", "Syrian rebels", "Syrian rebel", "moderate rebels",
    "anti-Assad rebels", "Western-backed rebels", "U.S.-backed rebels", "US-backed rebels",
    "U.S.-trained rebels", "opposition forces", "opposition fighters", "Free Syrian Army", "FSA"

# The group and its many names: names(IslamicState) shows which one each outlet prefers.
actor IslamicState = "Islamic State", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant",
    "ISIS", "ISIL", "IS", "Daesh", "Da'esh", "caliphate"

actor Kurds = "Kurds", "Kurdish", "Syrian Kurds", "Kurdish fighters", "YPG", "PKK", "Peshmerga", "SDF"

# The U.S.-led coalition against the Islamic State. Not a bare "coalition": articles speak of
# other coalitions too ("a coalition against Hitler", "a new coalition").
actor Coalition = "the coalition", "U.S.-led coalition", "US-led coalition", "American-led coalition",
    "international coalition", "anti-ISIS coalition", "anti-ISIL coalition", "anti-Islamic State coalition",
    "coalition forces", "coalition airstrikes", "coalition partners", "coalition diplomats", "coalition members",
    "-the coalition government"

"""#
}
