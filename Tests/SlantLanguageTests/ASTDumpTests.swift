import Testing
@testable import SlantLanguage

/// One AST dump per construct, with source ranges (`line:col-line:col`, end exclusive).
@Suite("AST dumps")
struct ASTDumpTests {
    @Test func arithmeticPrecedence() {
        #expect(dumpAST("1 + 2 * 3") == """
            Program 1:1-1:10
              Expression 1:1-1:10
                Binary + 1:1-1:10
                  Number 1 1:1-1:2
                  Binary * 1:5-1:10
                    Number 2 1:5-1:6
                    Number 3 1:9-1:10
            """)
    }

    @Test func parenthesesRegroupAndCoverTheBrackets() {
        #expect(dumpAST("(1 + 2) * -3") == """
            Program 1:1-1:13
              Expression 1:1-1:13
                Binary * 1:1-1:13
                  Binary + 1:1-1:8
                    Number 1 1:2-1:3
                    Number 2 1:6-1:7
                  Unary - 1:11-1:13
                    Number 3 1:12-1:13
            """)
    }

    @Test func letAndFunctionAndCall() {
        #expect(dumpAST("let f = fn(x) x * 2; f(21)") == """
            Program 1:1-1:27
              Let f 1:1-1:20
                Function (x) 1:9-1:20
                  Binary * 1:15-1:20
                    Identifier x 1:15-1:16
                    Number 2 1:19-1:20
              Expression 1:22-1:27
                Call 1:22-1:27
                  Identifier f 1:22-1:23
                  Argument 1:24-1:26
                    Number 21 1:24-1:26
            """)
    }

    @Test func namedArgumentsWithColonOrEquals() {
        #expect(dumpAST("round(x, digits: 2, other = 1)") == """
            Program 1:1-1:31
              Expression 1:1-1:31
                Call 1:1-1:31
                  Identifier round 1:1-1:6
                  Argument 1:7-1:8
                    Identifier x 1:7-1:8
                  Argument digits 1:10-1:19
                    Number 2 1:18-1:19
                  Argument other 1:21-1:30
                    Number 1 1:29-1:30
            """)
    }

    @Test func pipelineWithVerbs() {
        #expect(dumpAST("corpus() | where outlet == \"Breitbart\" | count") == """
            Program 1:1-1:47
              Expression 1:1-1:47
                Pipe 1:1-1:47
                  Pipe 1:1-1:39
                    Call 1:1-1:9
                      Identifier corpus 1:1-1:7
                    Where 1:12-1:39
                      Binary == 1:18-1:39
                        Identifier outlet 1:18-1:24
                        String "Breitbart" 1:28-1:39
                  Identifier count 1:42-1:47
            """)
    }

    @Test func selectSortTopBy() {
        #expect(dumpAST("t | select a, n = b * 2 | sort n desc, a | top 3 | by a") == """
            Program 1:1-1:56
              Expression 1:1-1:56
                Pipe 1:1-1:56
                  Pipe 1:1-1:49
                    Pipe 1:1-1:41
                      Pipe 1:1-1:24
                        Identifier t 1:1-1:2
                        Select 1:5-1:24
                          Column 1:12-1:13
                            Identifier a 1:12-1:13
                          Column n 1:15-1:24
                            Binary * 1:19-1:24
                              Identifier b 1:19-1:20
                              Number 2 1:23-1:24
                      Sort 1:27-1:41
                        Key desc 1:32-1:33
                          Identifier n 1:32-1:33
                        Key asc 1:40-1:41
                          Identifier a 1:40-1:41
                    Top 1:44-1:49
                      Number 3 1:48-1:49
                  By 1:52-1:56
                    Column 1:55-1:56
                      Identifier a 1:55-1:56
            """)
    }

    @Test func actorDeclaration() {
        #expect(dumpAST("actor Russia = \"Russia\", \"Moscow\"") == """
            Program 1:1-1:34
              Actor Russia 1:1-1:34
                String "Russia" 1:16-1:24
                String "Moscow" 1:26-1:34
            """)
    }

    @Test func listsRecordsFieldsAndIndexes() {
        #expect(dumpAST("[1, {a: 2, \"b c\": 3}][1].a") == """
            Program 1:1-1:27
              Expression 1:1-1:27
                Member .a 1:1-1:27
                  Index 1:1-1:25
                    List 1:1-1:22
                      Number 1 1:2-1:3
                      Record 1:5-1:21
                        Field a 1:6-1:10
                          Number 2 1:9-1:10
                        Field "b c" 1:12-1:20
                          Number 3 1:19-1:20
                    Number 1 1:23-1:24
            """)
    }

    @Test func conditionalAndLogic() {
        #expect(dumpAST("if a and not b then 1 else 2") == """
            Program 1:1-1:29
              Expression 1:1-1:29
                If 1:1-1:29
                  Binary and 1:4-1:15
                    Identifier a 1:4-1:5
                    Unary not 1:10-1:15
                      Identifier b 1:14-1:15
                  Number 1 1:21-1:22
                  Number 2 1:28-1:29
            """)
    }

    @Test func blockWithLocalLet() {
        #expect(dumpAST("{ let a = 1; a + 1 }") == """
            Program 1:1-1:21
              Expression 1:1-1:21
                Block 1:1-1:21
                  Let a 1:3-1:12
                    Number 1 1:11-1:12
                  Expression 1:14-1:19
                    Binary + 1:14-1:19
                      Identifier a 1:14-1:15
                      Number 1 1:18-1:19
            """)
    }

    @Test func literalsBoolNilAndEmptyRecord() {
        #expect(dumpAST("[true, false, nil, {}]") == """
            Program 1:1-1:23
              Expression 1:1-1:23
                List 1:1-1:23
                  Bool true 1:2-1:6
                  Bool false 1:8-1:13
                  Nil 1:15-1:18
                  Record 1:20-1:22
            """)
    }

    @Test func statementsOnSeveralLinesAndLeadingPipes() {
        #expect(dumpAST("let t = corpus()\nt\n  | count # how many\n") == """
            Program 1:1-4:1
              Let t 1:1-1:17
                Call 1:9-1:17
                  Identifier corpus 1:9-1:15
              Expression 2:1-3:10
                Pipe 2:1-3:10
                  Identifier t 2:1-2:2
                  Identifier count 3:5-3:10
            """)
    }

    @Test func newlinesInsideBracketsAreSpace() {
        #expect(dumpAST("f(1,\n  2)") == """
            Program 1:1-2:5
              Expression 1:1-2:5
                Call 1:1-2:5
                  Identifier f 1:1-1:2
                  Argument 1:3-1:4
                    Number 1 1:3-1:4
                  Argument 2:3-2:4
                    Number 2 2:3-2:4
            """)
    }

    @Test func parseErrorIsRenderedInTheDump() {
        #expect(dumpAST("1 +* 2") == """
            <ast>:1:4: error: expected an expression, found '*'
             1 | 1 +* 2
               |    ^
            """)
    }
}
