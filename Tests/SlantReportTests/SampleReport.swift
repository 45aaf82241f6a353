import SlantReport

/// A small report with one of everything: prose, a table of measures (one fragile, one with
/// awkward characters in its outlet name), a bar chart, warnings, a heatmap, term lists and
/// evidence, linked (in the appendix) and in place (inline).
enum SampleReport {
    static let outletB = "Outlet \"B\", Inc."

    static var report: Report {
        Report(
            title: "How outlets frame Russia",
            metadata: ReportMetadata(
                corpus: "two test articles", date: "2015-11-20", generatedBy: "SlantReportTests",
                fields: [MetadataField("Documents", "2")]),
            sections: [
                ReportSection(heading: "Salience", blocks: [
                    .prose("Russia is mentioned more by A.\n\nSecond paragraph, with *stars* and a | pipe."),
                    .table(ReportTable(
                        title: "Mentions per 1,000 words",
                        columns: [
                            ReportColumn("outlet", .text), ReportColumn("per 1,000", .measure, unit: "mentions per 1,000 words"),
                            ReportColumn("documents", .number),
                        ],
                        rows: [
                            [.text("Outlet A"), .measure(ReportMeasure(value: 12.5, n: 5, interval: 8.25...16.0, evidence: "a-salience")), .number(1)],
                            [.text(outletB), .measure(ReportMeasure(value: 3.125, n: 2, evidence: "b-salience", caution: "rests on 2 sentences")), .number(1)],
                        ],
                        notes: ["Bootstrap 95% intervals, 1,000 resamples."])),
                    .barChart(BarChart(title: "Salience of Russia", unit: "mentions per 1,000 words", bars: [
                        .init(label: "Outlet A", value: 12.5, interval: 8.25...16.0, n: 5, evidence: "a-salience"),
                        .init(label: outletB, value: 3.125, n: 2, evidence: "b-salience", caution: "rests on 2 sentences"),
                    ])),
                    .warnings(["\(outletB) rests on 2 sentences (fewer than 5)"]),
                ]),
                ReportSection(heading: "Roles and words", blocks: [
                    .heatmap(Heatmap(
                        title: "Roles of Russia", unit: "share of mentions", rowLabels: ["Outlet A", outletB],
                        columnLabels: ["protagonist", "antagonist"],
                        cells: [
                            [.init(value: 0.6, n: 5, evidence: "a-roles"), .init(value: 0.4, n: 5, evidence: "a-roles")],
                            [.init(value: 0, n: 2), .init(value: 1, n: 2, evidence: "b-roles")],
                        ])),
                    .termLists(TermLists(title: "Distinctive words", scoreName: "z", baseline: "other outlets", lists: [
                        .init(group: "Outlet A", terms: [.init(term: "kremlin", score: 2.345, count: 4, baselineCount: 0, evidence: "a-kremlin")]),
                        .init(group: outletB, terms: []),
                    ])),
                    .evidence("a-kremlin"),
                ]),
            ],
            evidence: [
                EvidenceGroup(id: "a-salience", title: "Russia in Outlet A", items: [
                    EvidenceItem(text: "Russia bombed <targets> & more.", highlights: [0..<6], documentID: "a1", outlet: "Outlet A", sentence: 0, note: "alias 'Russia'"),
                    EvidenceItem(text: "The Kremlin denied it.", highlights: [4..<11], documentID: "a1", outlet: "Outlet A", sentence: 3),
                ], total: 5),
                EvidenceGroup(id: "b-salience", title: "Russia in \(outletB)", items: [
                    EvidenceItem(text: "Moscow’s jets flew.", highlights: [0..<6], documentID: "b1", outlet: outletB, sentence: 1),
                ], total: 2),
                EvidenceGroup(id: "a-roles", title: "Roles of Russia in Outlet A", items: [
                    EvidenceItem(text: "Russia bombed <targets> & more.", highlights: [0..<6, 7..<13], documentID: "a1", outlet: "Outlet A", sentence: 0, note: "agent of 'bombed'"),
                ]),
                EvidenceGroup(id: "b-roles", title: "Roles of Russia in \(outletB)", items: [
                    EvidenceItem(text: "Moscow’s jets flew.", highlights: [0..<6], documentID: "b1", outlet: outletB, sentence: 1, note: "antagonist"),
                ]),
                EvidenceGroup(id: "a-kremlin", title: "“kremlin” in Outlet A", items: [
                    EvidenceItem(text: "The Kremlin denied it.", highlights: [4..<11], documentID: "a1", outlet: "Outlet A", sentence: 3),
                ], total: 4, placement: .inline),
            ])
    }
}
