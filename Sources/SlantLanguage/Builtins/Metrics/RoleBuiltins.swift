import SlantMetrics
import SlantText

/// `agency`, `actions` and `role`: who does what to whom, and how that casts an actor.
enum RoleBuiltins: BuiltinModule {
    static var builtins: [Builtin] { [agency, actions, role] }

    static let clauseDetails = """
        Each mention is read in its sentence from part-of-speech tags (tagging only the sentences \
        that mention the actor): subject of an active verb ("Russian warplanes joined French jets") \
        or possessor of an action noun ("Russia's intervention", "Russian bombing") is agent; object, \
        subject of a passive ("Russia was urged") or target of an action noun ("sanctions on Moscow") \
        is patient, and "by Russia" after a passive makes Russia the agent; subject of a neutral \
        reporting verb ("Moscow said") is speaker; owner of another noun ("Russia's role") is \
        possessor. Auxiliaries and modals, negation, coordinated verbs, relative clauses, light verbs \
        ("launched airstrikes" → airstrike), catenatives ("refused to cooperate"), goal nouns \
        ("Russia's priority is propping up Assad") and nouns standing for their owner ("Russian \
        jets", "Russia's foreign ministry") are handled; docs/ROLES.md lists every clause shape. \
        Actions are looked up in the action lexicon (actions.tsv: attack/harm, protect/help, \
        cooperate/ally, negotiate/mediate, pressure/demand, deceive/claim, obstruct, suffer/lose, \
        gain/benefit) after lemmatising. 
        """

    static let agency = Builtin(
        name: "agency", category: "Metrics",
        signature: "agency(input?, actor, pronouns: true, rows: false) -> record or table",
        summary: "How often an actor acts rather than is acted on: agent share of its agent and patient mentions, with counts.",
        details: """
            Returns a record: `n` (mentions), `agent`, `patient`, `speaker`, `possessor`, `mentioned` \
            (mentions by their governing clause: "urged Russia to join" counts Russia as patient), `share` \
            (agent / (agent + patient); nil when neither occurs) and `lo`/`hi` (95% bootstrap interval of \
            the share: 1,000 resamples of documents, or of sentences for one document, fixed seed). With \
            `rows: true`, a table of the mentions: `document`, `outlet`, `sentence` (from 1), `text` (the \
            mention), `role`, `shape` (the clause shape), `action`, `class`, `modality` (asserted, hedged, \
            intended, demanded, negated), `other` (the other party as written). `explain(agency(A))` shows \
            each mention's rule. 
            """ + clauseDetails + ActorBuiltins.inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | by outlet | agency(Russia) | select outlet, agent, patient, share",
                "outlet                   agent  patient   share\n-----------------------  -----  -------  ------\nAtlantic Sentinel            3        1    0.75\nBreitbart                   14        3  0.8235\nForeign Policy               9        5  0.6429\nHot Air                     12        2  0.8571\nThe Wall Street Journal     23        6  0.7931"),
        ],
        parameters: ActorBuiltins.actorParameters + [.value("rows", .bool, optional: true)]
    ) { call throws(RuntimeError) in
        try mentionMetric(call, decision: false, evidence: AgencySummary.evidence) { roles in
            ObservationRecorder.offer(call, statistic: .mean) { AgencySummary.observations(roles) }
        } summary: { roles in
            let summary = AgencySummary(roles)
            let interval = AgencySummary.interval(roles)
            return [
                ("n", MetricBridge.number(summary.mentions)),
                ("agent", MetricBridge.number(summary.agent)),
                ("patient", MetricBridge.number(summary.patient)),
                ("speaker", MetricBridge.number(summary.speaker)),
                ("possessor", MetricBridge.number(summary.possessor)),
                ("mentioned", MetricBridge.number(summary.mentioned)),
                ("share", MetricBridge.number(summary.share)),
                ("lo", MetricBridge.number(interval?.lowerBound)),
                ("hi", MetricBridge.number(interval?.upperBound)),
            ]
        }
    }

    static let actions = Builtin(
        name: "actions", category: "Metrics",
        signature: "actions(input?, actor, pronouns: true) -> table",
        summary: "The actions an actor is agent or patient of, by class and outlet, with counts: its word sketch.",
        details: """
            One row per outlet, role (agent or patient), action and class, most frequent first within \
            each outlet: `outlet`, `role`, `action` (the verb or action-noun lemma: "bomb", "prop up", \
            "airstrike"), `class` (nil for actions outside the lexicon), `count`, and how many of them \
            were `asserted`, `hedged` (a modal, "if", or only intended or demanded: "is ready to support", \
            "urged Russia to join") and `negated`. Compare outlets with `where class == "attack/harm"`. \
            `explain(actions(A))` shows each clause. 
            """ + clauseDetails + ActorBuiltins.inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | where outlet == \"Foreign Policy\" | actions(Russia) | where class == \"pressure/demand\"",
                "outlet          role     action   class            count  asserted  hedged  negated\n--------------  -------  -------  ---------------  -----  --------  ------  -------\nForeign Policy  patient  get      pressure/demand      3         3       0        0\nForeign Policy  agent    get      pressure/demand      2         0       2        0\nForeign Policy  patient  call on  pressure/demand      1         1       0        0\nForeign Policy  patient  press    pressure/demand      1         1       0        0"),
        ],
        parameters: ActorBuiltins.actorParameters
    ) { call throws(RuntimeError) in
        let context = try RoleContext(call)
        return try MetricBridge.run(call, input: context.input) { documents throws(RuntimeError) in
            let rows = ActionRow.rows(context.roles(in: documents))
            let values: [[Value]] = rows.map { row in
                [LabelBuiltins.outletValue(row.outlet), .string(row.role.rawValue), .string(row.lemma),
                 row.actionClass.map { .string($0.rawValue) } ?? .nil, MetricBridge.number(row.count),
                 MetricBridge.number(row.asserted), MetricBridge.number(row.hedged), MetricBridge.number(row.negated)]
            }
            return MetricOutput(.rows(columns: ["outlet", "role", "action", "class", "count", "asserted", "hedged", "negated"],
                                      rows: values)) { rows.flatMap(\.evidence) }
        }
    }

    static let role = Builtin(
        name: "role", category: "Metrics",
        signature: "role(input?, actor, pronouns: true, rows: false) -> record or table",
        summary: "How the text casts an actor: protagonist, antagonist, innocent (with a fine role), mixed or unclear, with its evidence.",
        details: """
            Each mention's actions are judged by the role rules (role-rules.tsv, first match wins) from \
            the actor's part (agent or patient), the action's class, the other party's type (villain or \
            victim by cue words such as "regime", "terrorists", "civilians", in the clause or next to the \
            same name elsewhere in the document: targets.tsv) and the clause's evaluation (VADER, without \
            the action's and the actor's own words); labels ("strongman", "partner": role-labels.tsv) cast \
            by themselves. A judgement weighs the rule's confidence times the modality's weight (asserted \
            1, hedged or intended 0.5, demanded or negated 0); a mention takes its heaviest casting \
            judgement, else it is neutral (not cast) or unclear (it acts, but nothing says how). Returns a \
            record: `role` (the role with at least 60% of the casting weight; "mixed (a/b)" when none has, \
            or when the runner-up holds 25% or more; \
            "unclear" when fewer than 3 mentions cast the actor or their weight is under 1), `fine` (the \
            heaviest fine role within it: guardian, peacemaker, rescuer, rebel, underdog, virtuous; \
            instigator, aggressor, tyrant, foreign adversary, deceiver, saboteur, incompetent, corrupt, \
            terrorist; victim, scapegoat, exploited, forgotten), `confidence` (that share, scaled down \
            when the weight is under 3), `n` (mentions), `casting` (mentions with a role), `protagonist`, \
            `antagonist`, `innocent` (shares of the casting weight), `neutral` and `unclear` (mentions), \
            `hedged` (share of casting mentions decided by a hedged or intended act: a would-be role), \
            `qualifiers` ("would-be" when at least half of the main role's casting mentions are hedged or \
            intended; "self-interested" when the actor is agent of gain/benefit actions in at least 2 \
            mentions and one per 5 casting mentions; nil when neither). \
            With `rows: true`, a table of the mentions: `document`, `outlet`, `sentence`, `text`, `role`, \
            `fine`, `confidence`, `rule` (the rule's id, or `label:WORD`), `shape`, `action`, `class`, \
            `modality`, `other`. `explain(role(A))` gives each mention's decision in words. 
            """ + clauseDetails + ActorBuiltins.inputDetails,
        examples: [
            BuiltinExample(
                "corpus() | by outlet | role(Russia) | select outlet, role, fine, casting, antagonist, qualifiers",
                "outlet                   role                            fine       casting  antagonist  qualifiers\n-----------------------  ------------------------------  ---------  -------  ----------  -------------------------\nAtlantic Sentinel        antagonist                      aggressor        3           1\nBreitbart                protagonist                     virtuous         7      0.2222\nForeign Policy           antagonist                      saboteur         7      0.8542\nHot Air                  protagonist                     guardian         8           0  would-be, self-interested\nThe Wall Street Journal  mixed (protagonist/antagonist)  virtuous        19      0.3714"),
            BuiltinExample(
                "corpus() | where outlet == \"Foreign Policy\" | role(Russia, rows: true) | where role == \"antagonist\" | select sentence, fine, rule, action, modality",
                "sentence  fine      rule  action      modality\n--------  --------  ----  ----------  --------\n      13  saboteur  X4    call on     asserted\n      22  deceiver  E2    paint       intended\n      25  saboteur  X4    get         asserted\n      25  saboteur  X4    get         asserted\n      26  saboteur  X4    press       asserted\n      39  saboteur  O2    complicate  hedged"),
        ],
        parameters: ActorBuiltins.actorParameters + [.value("rows", .bool, optional: true)]
    ) { call throws(RuntimeError) in
        try mentionMetric(call, decision: true, evidence: RoleSummary.evidence) { roles in
            let summary = RoleSummary(roles)
            func share(_ role: NarrativeRole) -> Value { MetricBridge.number(summary.share(role)) }
            return [
                ("role", .string(summary.reading.description)),
                ("fine", summary.fine.map { .string($0.rawValue) } ?? .nil),
                ("confidence", MetricBridge.number(summary.confidence)),
                ("n", MetricBridge.number(summary.mentions)),
                ("casting", MetricBridge.number(summary.casting)),
                ("protagonist", share(.protagonist)),
                ("antagonist", share(.antagonist)),
                ("innocent", share(.innocent)),
                ("neutral", MetricBridge.number(summary.counts[.neutral] ?? 0)),
                ("unclear", MetricBridge.number(summary.counts[.unclear] ?? 0)),
                ("hedged", MetricBridge.number(summary.hedgedShare)),
                ("qualifiers", summary.qualifiers.isEmpty ? .nil
                    : .string(summary.qualifiers.map(\.rawValue).joined(separator: ", "))),
            ]
        }
    }

    /// The common run of `agency` and `role`: read the actor's mentions, then give their table
    /// (`rows: true`, with the decision columns when `decision`) or the `summary` record, each
    /// with `evidence`. `observe` sees the mentions first, on both paths.
    static func mentionMetric(
        _ call: BuiltinCall, decision: Bool, evidence: @escaping ([MentionRole]) -> [Evidence],
        observe: ([MentionRole]) -> Void = { _ in }, summary: ([MentionRole]) -> [(String, Value)]
    ) throws(RuntimeError) -> Value {
        let context = try RoleContext(call)
        let rows = try ActorBuiltins.flag(call, "rows", default: false)
        return try MetricBridge.run(call, input: context.input) { documents throws(RuntimeError) in
            let roles = context.roles(in: documents)
            observe(roles)
            let shape: MetricOutput.Shape = rows ? mentionRows(roles, decision: decision) : .record(summary(roles))
            return MetricOutput(shape) { evidence(roles) }
        }
    }

    /// One row per mention: where it is, its clause link, and (for `role`) the decision.
    static func mentionRows(_ roles: [MentionRole], decision: Bool) -> MetricOutput.Shape {
        var rows: [[Value]] = []
        for role in roles {
            let judgement = role.decisive.map { role.judgements[$0] }
            let link = judgement?.link ?? role.clause.links.first
            let sentence = role.evidence
            let text = ToneBuiltins.sentenceText(sentence.text, sentenceRange: sentence.sentenceRange, range: role.mention.range)
            var row: [Value] = [
                .string(role.documentID), LabelBuiltins.outletValue(role.outlet),
                MetricBridge.number(role.mention.sentence + 1), .string(text),
            ]
            if decision {
                let rule = judgement.flatMap { $0.rule?.id ?? $0.label.map { "label:\($0.label.word)" } }
                row += [.string(role.role.rawValue), role.fine.map { .string($0.rawValue) } ?? .nil,
                        MetricBridge.number(role.confidence), rule.map { .string($0) } ?? .nil]
            } else {
                row += [.string(role.grammaticalRole.rawValue)]
            }
            row += [
                .string((link?.shape ?? role.clause.primaryShape).rawValue),
                link?.predicate.map { .string($0.lemma) } ?? .nil,
                link?.predicate?.actionClass.map { .string($0.rawValue) } ?? .nil,
                link.map { .string($0.modality.rawValue) } ?? .nil,
                otherText(role, link: link).map { .string($0) } ?? .nil,
            ]
            rows.append(row)
        }
        let head = ["document", "outlet", "sentence", "text"]
        let tail = ["shape", "action", "class", "modality", "other"]
        return .rows(columns: head + (decision ? ["role", "fine", "confidence", "rule"] : ["role"]) + tail, rows: rows)
    }

    /// The other party of the link as written in the sentence.
    static func otherText(_ role: MentionRole, link: ClauseLink?) -> String? {
        link?.counterpart.flatMap { role.text(of: $0) }
    }
}

/// What every role builtin needs: its input, the actor's finder, and the analyzer.
struct RoleContext {
    let input: MetricBridge.Input
    let finder: MentionFinder
    let analyzer: RoleAnalyzer

    init(_ call: BuiltinCall) throws(RuntimeError) {
        let (input, shifted) = try MetricBridge.input(of: call)
        let (actor, parameter) = try ActorResolution.actor(of: call, shifted: shifted)
        let options = MentionOptions(pronouns: try ActorBuiltins.flag(call, "pronouns", default: true))
        self.input = input
        finder = try ActorResolution.finder(for: actor, parameter: parameter, call: call, options: options)
        switch Self.shared {
        case .success(let analyzer): self.analyzer = analyzer
        case .failure(let error): throw call.error("cannot load the role-framing data: \(error.description)", suggestion: "reinstall Slant")
        }
    }

    func roles(in documents: [AnalysedDocument]) -> [MentionRole] {
        analyzer.analyse(DocumentMentions.find(0, with: finder, in: documents))
    }

    /// Loaded once (lexicons, rules, tagger, VADER) and shared by every call.
    static let shared: Result<RoleAnalyzer, RoleAnalyzerError> = Result { () throws(RoleAnalyzerError) in try RoleAnalyzer.bundled() }
}
