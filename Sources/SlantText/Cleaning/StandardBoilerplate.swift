extension BoilerplateRule {
    /// The rules the cleaner uses by default, checked in order (the first match wins).
    ///
    /// They come from the seed articles and from the most frequent short paragraphs of the
    /// AllSides corpus. Patterns see normalised text: straight quotes, `--` for dashes, single spaces.
    public static let standard: [BoilerplateRule] = [
        // Teaser blocks that end an article: the block and everything after it go.
        BoilerplateRule(id: "teaser-more-from", reason: "teaser section ('More from …') and everything after it",
                        pattern: .prefix("More from "), scope: .paragraphAndRest, maxBytes: 40),
        BoilerplateRule(id: "teaser-trending", reason: "trending-videos teaser and everything after it",
                        pattern: .prefix("Trending on "), scope: .paragraphAndRest, maxBytes: 40),
        BoilerplateRule(id: "teaser-related", reason: "related-stories teaser and everything after it",
                        pattern: .any([.equals("Related stories"), .equals("Related articles"),
                                       .equals("Recommended stories"), .equals("You may also like")]),
                        scope: .paragraphAndRest, maxBytes: 40),

        // Credits and contact lines.
        BoilerplateRule(id: "photo-credit", reason: "photo credit",
                        pattern: .any([.prefix("Photo credit:"), .prefix("Image credit:"), .prefix("Photo:"),
                                       .prefix("Photograph:"), .prefix("Image copyright "),
                                       .prefix("Enlarge this image"), .all([.prefix("Slideshow ("), .suffix("images)")])]),
                        maxBytes: 200),
        BoilerplateRule(id: "photo-caption", reason: "photo caption (ends with a photo credit)",
                        pattern: .all([.any([.suffix(")"), .suffix(").")]),
                                       .any([.contains("(Photo by "), .contains("(AP Photo"), .contains("(Photo: "),
                                             .contains("(Reuters/"), .contains("/Getty Images)")])]),
                        maxBytes: 700),
        // CNN's photo galleries come as one long paragraph of captions, each ending "Hide
        // Caption 3 of 24" and the next starting "Photos: <gallery title>"; some pages split
        // a gallery over several paragraphs. Other slideshows write "Hide caption <caption>
        // Previous Next <credit>". On the AllSides corpus every paragraph with the phrase is
        // captions (174 paragraphs, checked by hand); a gallery can be 44 KB long.
        BoilerplateRule(id: "photo-gallery", reason: "photo gallery (captions with 'Hide Caption n of m')",
                        pattern: .contains("Hide Caption "), maxBytes: 60_000),
        BoilerplateRule(id: "photo-gallery-link", reason: "link to a photo gallery ('Photos: …')",
                        pattern: .prefix("Photos: "), maxBytes: 100),
        // CNN's video teaser: "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 02:11".
        BoilerplateRule(id: "video-teaser", reason: "video teaser ('JUST WATCHED … Replay More Videos … MUST WATCH …')",
                        pattern: .all([.prefix("JUST WATCHED "), .contains(" Replay More Videos "), .contains(" MUST WATCH ")]),
                        maxBytes: 500),
        BoilerplateRule(id: "contact-write-to", reason: "author contact line ('Write to … @…')",
                        pattern: .all([.prefix("Write to "), .contains("@")]), maxBytes: 400),
        BoilerplateRule(id: "contact-us", reason: "contact line",
                        pattern: .all([.prefix("Contact us at "), .contains("@")]), maxBytes: 120),
        BoilerplateRule(id: "contributor-credit", reason: "contributor credit",
                        pattern: .any([.contains("contributed to this article"), .contains("contributed to this report"),
                                       .contains("contributed reporting"), .prefix("Contributing: ")]),
                        maxBytes: 300),
        BoilerplateRule(id: "author-bio-handle", reason: "author bio with a social-media handle",
                        pattern: .any([.contains("Twitter: @"), .contains("X: @")]), maxBytes: 300),

        // Prompts and site furniture.
        BoilerplateRule(id: "membership-prompt", reason: "membership prompt",
                        pattern: .prefix("Join the conversation"), maxBytes: 80),
        BoilerplateRule(id: "advertisement", reason: "advertisement marker",
                        pattern: .any([.equals("Advertisement"), .equals("Advertisement:"),
                                       .equals("Advertisement Continue reading the main story"),
                                       .equals("Continue reading the main story"), .equals("Story continued below"),
                                       .equals("Sponsored content")]),
                        maxBytes: 60),
        BoilerplateRule(id: "social-follow", reason: "follow-us prompt",
                        pattern: .any([.prefix("Follow CNN Opinion"), .equals("Join us on Twitter and Facebook"),
                                       .prefix("Join us on Facebook.com/CNNOpinion"), .prefix("Follow us on Twitter @CNNOpinion")]),
                        maxBytes: 80),
        BoilerplateRule(id: "newsletter-prompt", reason: "newsletter sign-up prompt",
                        pattern: .any([.prefix("Sign up for "), .prefix("Newsletter sign-up"),
                                       .prefix("Get the Monitor Stories you care about"), .prefix("Subscribe to our newsletter")]),
                        maxBytes: 200),
        // Sign-up forms pasted with the text: "POLITICO Playbook newsletter Sign up today …
        // Email Sign Up By signing up you agree … You can unsubscribe at any time."
        BoilerplateRule(id: "newsletter-form", reason: "newsletter sign-up form",
                        pattern: .all([.contains("Sign up"),
                                       .any([.contains("By signing up"), .contains("unsubscribe"), .contains("spam folder"),
                                             .contains("Privacy Policy"), .contains("newsletters.")])]),
                        maxBytes: 600),
        BoilerplateRule(id: "copyright", reason: "copyright notice",
                        pattern: .any([.prefix("Copyright ©"), .prefix("Copyright (c)"), .prefix("©")]), maxBytes: 200),
        BoilerplateRule(id: "app-promo", reason: "app or link promotion",
                        pattern: .any([.prefix("Click here to "), .prefix("Click to get "), .prefix("Click here for ")]),
                        maxBytes: 150),
        BoilerplateRule(id: "share-bar", reason: "share buttons",
                        pattern: .prefix("Share this article"), maxBytes: 100),
        BoilerplateRule(id: "read-more", reason: "link-list heading",
                        pattern: .any([.equals("Read more:"), .equals("Read more"), .equals("More on this..."),
                                       .equals("Related:")]),
                        maxBytes: 30),
        BoilerplateRule(id: "media-player", reason: "media player notice",
                        pattern: .prefix("Media playback is unsupported"), maxBytes: 300),
        BoilerplateRule(id: "article-age", reason: "article age notice",
                        pattern: .prefix("This article is more than "), maxBytes: 60),
    ]
}
