package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The lines of each literal, which the lexer output finds near the last literal's line before searching. */
class LiteralLinesTest {

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("on one line, the next, and eight lines on", Language.JAVA,
                        "\"first\" + \"same line\";\nString b = \"next\";\n\n\n\n\n\n\nString far = \"eight lines on\";\n",
                        List.of("1-1", "1-1", "2-2", "9-9")),
                Arguments.of("a literal over three lines, then one after it", Language.PYTHON,
                        "a = '''one\ntwo\nthree'''\nb = 'after'\n", List.of("1-3", "4-4")),
                Arguments.of("an inner literal recorded before the outer one that holds it", Language.RUBY,
                        "s = \"v#{ h['k']\n }w\"\nt = 'x'\n", List.of("1-2", "1-1", "3-3")),
                Arguments.of("CRLF line breaks and an unterminated literal", Language.JAVA,
                        "a = \"x\";\r\nb = \"y\";\r\n\r\nc = \"unterminated\r\n", List.of("1-1", "2-2", "4-4")),
                Arguments.of("a template literal around a string", Language.JAVASCRIPT,
                        "const t = `a ${ \"in\" }\nb`; const u = 'z';\n", List.of("1-2", "1-1", "2-2")),
                Arguments.of("a literal running to the end of the file", Language.PYTHON, "x = 'end of file",
                        List.of("1-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void givesEachLiteralTheLinesItStartsAndEndsOn(String description, Language language, String text,
                                                  List<String> expectedLines) {
        LexedSource lexed = SourceLexer.lex(text, language);

        assertThat(lexed.literals()).extracting(literal -> literal.startLine() + "-" + literal.endLine())
                .containsExactlyElementsOf(expectedLines);
    }
}
