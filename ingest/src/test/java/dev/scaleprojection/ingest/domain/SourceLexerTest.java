package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLexerTest {

    private static List<String> literals(String text, Language language) {
        return SourceLexer.lex(text, language).literals().stream().map(StringLiteral::value).toList();
    }

    @Test
    void keepsADoubleSlashInsideAStringAsPartOfTheString() {
        LexedSource lexed = SourceLexer.lex("String s = \"a // b\"; // comment \"not a string\"\n", Language.JAVA);

        assertThat(lexed.literals()).extracting(StringLiteral::value).containsExactly("a // b");
        assertThat(lexed.code()).doesNotContain("comment").contains("String s = \"      \";");
    }

    @Test
    void blanksUrlsInBlockCommentsAndKeepsLineNumbers() {
        String text = "/* see\n http://docs.internal:8080/x */\nString s = \"redis://cache:6379\";\n";

        LexedSource lexed = SourceLexer.lex(text, Language.JAVA);

        assertThat(lexed.code()).doesNotContain("docs.internal");
        assertThat(lexed.code().lines().count()).isEqualTo(text.lines().count());
        assertThat(lexed.literals()).singleElement().satisfies(literal -> {
            assertThat(literal.value()).isEqualTo("redis://cache:6379");
            assertThat(literal.startLine()).isEqualTo(3);
        });
    }

    @Test
    void tellsWhereEachLinesCodeEndsWithoutCopyingIt() {
        LexedSource lexed = SourceLexer.lex("a = 1\r\nbb = 2 # note\n\nlast", Language.PYTHON);

        for (int line = 1; line <= 4; line++) {
            assertThat(lexed.codeLineEnd(line)).as("line %d", line)
                    .isEqualTo(lexed.lineStart(line) + lexed.codeLine(line).length());
        }
        assertThat(lexed.codeLineEnd(1)).isEqualTo(5);
        assertThat(lexed.codeLineEnd(4)).isEqualTo(lexed.code().length());
    }

    @Test
    void lexesEachTextAloneWhateverTheThreadLexedBefore() {
        // given texts lexed in turn on one thread: a long one, one with characters beyond Latin-1, then a short one
        String longer = "/* a long comment */ String s = \"" + "x".repeat(5_000) + "\";\n";
        String wide = "// \u2192 arrow\nString t = \"\u00e9\u4e2d\";\n";
        String shorter = "int a = 1; // one\n";

        for (String text : List.of(longer, wide, shorter, wide, longer, shorter)) {
            LexedSource lexed = SourceLexer.lex(new String(text), Language.JAVA);

            // then each is blanked as its own, to its own length
            assertThat(lexed.code()).isEqualTo(text.replace("/* a long comment */", " ".repeat(20))
                    .replace("x".repeat(5_000), " ".repeat(5_000)).replace("// \u2192 arrow", " ".repeat(10))
                    .replace("\u00e9\u4e2d", "  ").replace("// one", "      "));
            assertThat(lexed.uncommented()).isEqualTo(text.replace("/* a long comment */", " ".repeat(20))
                    .replace("// \u2192 arrow", " ".repeat(10)).replace("// one", "      "));
        }
    }

    @Test
    void handlesEscapedQuotes() {
        assertThat(literals("x = \"he said \\\"hi\\\" // no\"; y = 'it\\'s'", Language.JAVASCRIPT))
                .containsExactly("he said \\\"hi\\\" // no", "it\\'s");
    }

    @Test
    void readsJavaTextBlocksWithTheirLines() {
        String text = "class A {\n  String s = \"\"\"\n      jdbc:postgresql://db:5432/x\n      \"\"\";\n}\n";

        StringLiteral block = SourceLexer.lex(text, Language.JAVA).literals().get(0);

        assertThat(block.value().strip()).isEqualTo("jdbc:postgresql://db:5432/x");
        assertThat(block.startLine()).isEqualTo(2);
        assertThat(block.endLine()).isEqualTo(4);
    }

    @Test
    void readsKotlinRawStringsAndTemplatesWithNestedQuotes() {
        String text = "val a = \"\"\"raw $x\"\"\"\nval b = \"${if (ok) \"http://a.internal:1\" else \"b\"}\"\n";

        assertThat(literals(text, Language.KOTLIN)).contains("raw $x", "http://a.internal:1", "b");
    }

    @Test
    void readsCsharpVerbatimInterpolatedAndRawStrings() {
        String text = "var a = @\"C:\\path\"\"q\"\"\";\nvar b = $\"http://{host}:80\";\nvar c = \"\"\"\n raw \"quoted\"\n \"\"\";\n";

        assertThat(literals(text, Language.CSHARP)).containsExactly("C:\\path\"\"q\"\"", "http://{host}:80",
                "\n raw \"quoted\"\n ");
    }

    @Test
    void readsJavaScriptTemplatesAndSkipsRegularExpressions() {
        String text = "const re = /\"[^\"]*\"/g;\nconst u = `http://api.internal:8080/${id}`;\n// `not a template`\n";

        LexedSource lexed = SourceLexer.lex(text, Language.JAVASCRIPT);

        assertThat(lexed.literals()).extracting(StringLiteral::value).containsExactly("http://api.internal:8080/${id}");
        assertThat(lexed.literals().get(0).startLine()).isEqualTo(2);
    }

    @Test
    void readsGoRawStringsAndRunes() {
        assertThat(literals("s := `multi\nline`\nr := 'x'\n// \"comment\"\n", Language.GO)).containsExactly("multi\nline", "x");
    }

    @Test
    void readsPythonPrefixesTripleQuotesAndComments() {
        String text = "a = r'\\d+'  # 'comment'\nb = f\"http://{host}\"\nc = \"\"\"doc\n'inner'\"\"\"\nd = rb'x'\n";

        LexedSource lexed = SourceLexer.lex(text, Language.PYTHON);

        assertThat(lexed.literals()).extracting(StringLiteral::value).containsExactly("\\d+", "http://{host}", "doc\n'inner'", "x");
        assertThat(lexed.code()).doesNotContain("comment");
        assertThat(lexed.literals().get(3).startLine()).isEqualTo(5);
    }

    @Test
    void stopsAnUnterminatedStringAtTheEndOfItsLine() {
        assertThat(literals("char c = '\n String s = \"ok\";\n", Language.JAVA)).endsWith("ok");
    }

    @Test
    void keepsCommentsOutOfTheUncommentedTextButStringsIn() {
        LexedSource lexed = SourceLexer.lex("x = os.getenv('A') # fallback http://c\n", Language.PYTHON);

        assertThat(lexed.uncommented()).contains("os.getenv('A')").doesNotContain("fallback");
    }

    @Test
    void findsTheLiteralsWithinARangeAndTheOneStartingAtAnOffset() {
        // given three literals: "a" at 4-7, "bb" at 9-13, "c" at 15-18
        LexedSource lexed = SourceLexer.lex("f = \"a\", \"bb\", \"c\"\n", Language.PYTHON);

        // then a range holds those that start and end within it, and an offset names the one starting there
        assertThat(lexed.literalsWithin(4, 13)).extracting(StringLiteral::value).containsExactly("a", "bb");
        assertThat(lexed.literalsWithin(5, 18)).extracting(StringLiteral::value).containsExactly("bb", "c");
        assertThat(lexed.literalsWithin(4, 12)).extracting(StringLiteral::value).containsExactly("a");
        assertThat(lexed.literalsWithin(19, 40)).isEmpty();
        assertThat(lexed.literalAt(9)).map(StringLiteral::value).contains("bb");
        assertThat(lexed.literalAt(10)).isEmpty();
    }

    @Test
    void givesEveryLiteralTheLinesItStartsAndEndsOnWhateverTheGapsBetweenThem() {
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 300; round++) {
            // given literals, some multi-line, separated by gaps of 0 to 40 lines
            StringBuilder text = new StringBuilder();
            int literals = 1 + random.nextInt(30);
            for (int i = 0; i < literals; i++) {
                text.append("x\n".repeat(random.nextInt(random.nextBoolean() ? 3 : 40)));
                text.append(random.nextBoolean() ? "s = `a" + "\nb".repeat(random.nextInt(3)) + "`; " : "s = \"v\"; ");
            }
            String source = text.toString();

            LexedSource lexed = SourceLexer.lex(source, Language.JAVASCRIPT);

            // then each line is the count of line breaks before its offset, plus one
            assertThat(lexed.literals()).hasSize(literals);
            for (StringLiteral literal : lexed.literals()) {
                assertThat(literal.startLine()).isEqualTo(1 + (int) source.substring(0, literal.startOffset()).chars()
                        .filter(c -> c == '\n').count());
                assertThat(literal.endLine()).isEqualTo(1 + (int) source.substring(0, literal.endOffset() - 1).chars()
                        .filter(c -> c == '\n').count());
            }
        }
    }
}
