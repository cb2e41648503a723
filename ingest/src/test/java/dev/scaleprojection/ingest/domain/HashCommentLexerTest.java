package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The Python and Ruby lexer, which jumps from one '#', quote or line-start =begin to the next: the traps. */
class HashCommentLexerTest {

    static Stream<Arguments> sources() {
        return Stream.of(
                Arguments.of("a quote in a comment, a hash in a string", Language.PYTHON,
                        "x = 1  # a 'quote' in a comment\ny = \"#not a comment\"\n",
                        "x = 1                          \ny = \"              \"\n",
                        List.of("#not a comment")),
                Arguments.of("an escaped quote", Language.PYTHON,
                        "s = 'it\\'s' # done\n",
                        "s = '     '       \n",
                        List.of("it\\'s")),
                Arguments.of("a triple-quoted string over lines holding a hash and quotes", Language.PYTHON,
                        "t = \"\"\"one\n# two\n'three'\"\"\" + u\n",
                        "t = \"\"\"   \n     \n       \"\"\" + u\n",
                        List.of("one\n# two\n'three'")),
                Arguments.of("prefixed raw and f-strings ending in an escape or a hash", Language.PYTHON,
                        "u = rb'raw\\'' + f\"{x}#\"\n",
                        "u = rb'     ' + f\"    \"\n",
                        List.of("raw\\'", "{x}#")),
                Arguments.of("an unterminated string ends at the line break", Language.PYTHON,
                        "bad = 'unterminated\nnext = \"ok\"\n",
                        "bad = '            \nnext = \"  \"\n",
                        List.of("unterminated", "ok")),
                Arguments.of("an unterminated triple-quoted string runs to the end", Language.PYTHON,
                        "open = \"\"\"never closed\n# still string\n",
                        "open = \"\"\"            \n              \n",
                        List.of("never closed\n# still string\n")),
                Arguments.of("a byte order mark and CRLF line breaks", Language.PYTHON,
                        "\uFEFFa = 'x'\r\nb = 2 # c\r\n",
                        "\uFEFFa = ' '\r\nb = 2    \r\n",
                        List.of("x")),
                Arguments.of("=begin is no comment in Python", Language.PYTHON,
                        "=begin\nnot ruby = 'x'\n",
                        "=begin\nnot ruby = ' '\n",
                        List.of("x")),
                Arguments.of("a Ruby block comment", Language.RUBY,
                        "=begin\nsecret = 'x'\n=end\nreal = \"y\"\n",
                        "      \n            \n    \nreal = \" \"\n",
                        List.of("y")),
                Arguments.of("=begin not at a line start is code", Language.RUBY,
                        "a = 1 =begin not a comment\nb = 'z' # c\n",
                        "a = 1 =begin not a comment\nb = ' '    \n",
                        List.of("z")),
                Arguments.of("a Ruby interpolation holding a string and a comment", Language.RUBY,
                        "s = \"v#{ h['k'] # x\n }w\" # after\n",
                        "s = \"              \n   \"        \n",
                        List.of("v#{ h['k'] # x\n }w", "k")),
                Arguments.of("no interpolation in single quotes", Language.RUBY,
                        "q = 'no #{interpolation}'\n",
                        "q = '                   '\n",
                        List.of("no #{interpolation}")),
                Arguments.of("an unterminated Ruby block comment runs to the end", Language.RUBY,
                        "x = 2\n=begin\nnever ended 'q'\n",
                        "x = 2\n      \n               \n",
                        List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sources")
    void blanksCommentsAndStringContentsAndFindsTheLiterals(String description, Language language, String text,
                                                            String expectedCode, List<String> expectedLiterals) {
        LexedSource lexed = SourceLexer.lex(text, language);

        assertThat(lexed.code()).isEqualTo(expectedCode);
        assertThat(lexed.literals()).extracting(StringLiteral::value).containsExactlyElementsOf(expectedLiterals);
    }
}
