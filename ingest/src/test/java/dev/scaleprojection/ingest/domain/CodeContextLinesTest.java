package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodeContextLinesTest {

    private static final List<String> PIECES = List.of("else", "el", "se", "url", "x = 1;", "if (a) {", "} else {", " ", "\n",
            "\r\n", "\r", "// else\n", "/* url */", "'else'", "\t", "return", ";");

    @Test
    void findsAWordInTheLinesBeforeWhereTheBuiltLinesHoldIt() {
        Random random = new Random(41);
        int held = 0;
        for (int round = 0; round < 5_000; round++) {
            StringBuilder code = new StringBuilder();
            for (int i = random.nextInt(30); i >= 0; i--) {
                code.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            code.append("\nvalue = \"http://db:5432\";\n");
            for (Language language : List.of(Language.JAVA, Language.PYTHON)) {
                LexedSource source = SourceLexer.lex(code.toString(), language);
                StringLiteral literal = source.literals().get(source.literals().size() - 1);
                CodeContext context = CodeContext.of(source, language, literal);
                for (String word : List.of("else", "url", "x = 1")) {
                    int count = random.nextInt(10);
                    boolean expected = context.linesBefore(count).contains(word);
                    held += expected ? 1 : 0;
                    assertThat(context.linesBeforeHold(count, word)).as(code + " / " + word + " / " + count).isEqualTo(expected);
                }
            }
        }
        assertThat(held).isGreaterThan(1000);
    }
}
