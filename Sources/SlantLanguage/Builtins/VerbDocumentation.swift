/// Reference entries for the table verbs. The evaluator implements them
/// (`Interpreter+Verbs.swift`); these entries document them and carry tested examples.
enum VerbDocumentation: BuiltinModule {
    static var builtins: [Builtin] {
        [
            Builtin(
                verb: "where", signature: "input | where condition",
                summary: "Keeps the rows (or list items) for which the condition is true.",
                details: """
                    The condition sees the row's columns as names, and the whole row as `it`; for a list, \
                    `it` is the item (and a record item's fields are names). It must give true or false. \
                    On a grouped table it filters within each group and drops groups left empty.
                    """,
                examples: [
                    BuiltinExample("corpus() | where outlet == \"Breitbart\" | count", "1"),
                    BuiltinExample("table(a = [1, 2, 3]) | where a >= 2", "a\n-\n2\n3"),
                    BuiltinExample("[1, 5, 10] | where it > 3", "[5, 10]"),
                ]),
            Builtin(
                verb: "select", signature: "input | select column, name = expression, …",
                summary: "Keeps some columns, in the order given, and computes new ones per row.",
                details: """
                    A bare column name keeps that column; `name = expression` computes a column from each row; \
                    any other bare expression becomes a column named after its text. Documents stay attached \
                    to their rows.
                    """,
                examples: [
                    BuiltinExample(
                        "table(a = [1, 2], b = [\"x\", \"y\"]) | select b, twice = a * 2",
                        "b  twice\n-  -----\nx      2\ny      4"),
                ]),
            Builtin(
                verb: "sort", signature: "input | sort key [asc|desc], …",
                summary: "Orders rows (or list items) by one or more keys, ascending unless `desc`.",
                details: """
                    Keys are expressions over the row's columns. The sort is stable: rows with equal keys keep \
                    their order. nil sorts last in both directions; strings sort by Unicode scalar values. \
                    On a grouped table, sorts within each group.
                    """,
                examples: [
                    BuiltinExample("table(a = [2, 3, 1]) | sort a desc", "a\n-\n3\n2\n1"),
                    BuiltinExample("[\"b\", \"c\", \"a\"] | sort it", "[\"a\", \"b\", \"c\"]"),
                ]),
            Builtin(
                verb: "top", signature: "input | top n",
                summary: "The first n rows (or list items); on a grouped table, the first n of each group.",
                details: "Sort first to get the largest: `sort words desc | top 3`.",
                examples: [BuiltinExample("range(10) | top 3", "[0, 1, 2]")]),
            Builtin(
                verb: "by", signature: "input | by column, name = expression, …",
                summary: "Groups rows by the values of one or more keys; aggregates and `table(…)` then give one row per group.",
                details: """
                    Groups are ordered by their keys (ascending). A grouped table prints as its keys with a \
                    `rows` count. `where`, `sort`, `top`, `select` and `derive` work within each group; \
                    `ungroup` joins the groups back.
                    """,
                examples: [
                    BuiltinExample("table(g = [\"x\", \"y\", \"x\"]) | by g | count", "g  count\n-  -----\nx      2\ny      1"),
                    BuiltinExample(
                        "corpus() | by outlet | count",
                        """
                        outlet                   count
                        -----------------------  -----
                        Atlantic Sentinel            1
                        Breitbart                    1
                        Foreign Policy               1
                        Hot Air                      1
                        The Wall Street Journal      1
                        """),
                ]),
        ]
    }
}
