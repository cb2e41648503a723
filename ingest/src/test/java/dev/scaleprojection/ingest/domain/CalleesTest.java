package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CalleesTest {

    private static final Pattern IDENTIFIER_CHAIN = Pattern.compile("[@\\w.$?!:]+$");
    private static final List<String> PIECES = List.of("a", "Z", "_", "9", ".", ":", "?", "!", "@", "$", " ", "\n", "\r",
            "\r\n", "\u0085", "\u2028", "<", ">", "[", "(", ")", ",", "-", "é", "getProperty", "System.", "new ", "  [",
            "\n[", "x".repeat(199));

    @Test
    void findsTheCallTheIdentifierChainExpressionFound() {
        Random random = new Random(23);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder code = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                code.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            code.append('(');
            String text = code.toString();
            for (Language language : List.of(Language.CSHARP, Language.JAVA)) {
                assertThat(Callees.before(text, text.length() - 1, language)).as(text)
                        .isEqualTo(byExpression(text, text.length() - 1, language));
            }
        }
    }

    @Test
    void namesTheCallWithoutItsReceiverSeparatorsAndMarksCSharpAttributes() {
        assertThat(Callees.before("x = System.getProperty(", 22, Language.JAVA)).isEqualTo("System.getProperty");
        assertThat(Callees.before("new HashMap<String, String>(", 27, Language.JAVA)).isEqualTo("HashMap");
        assertThat(Callees.before("a?.b(", 4, Language.JAVA)).isEqualTo("a?.b");
        assertThat(Callees.before("  [Route(", 8, Language.CSHARP)).isEqualTo("@Route");
    }

    /** The implementation with a matcher it replaced. */
    private static String byExpression(String code, int paren, Language language) {
        int end = paren;
        while (end > 0 && Character.isWhitespace(code.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && code.charAt(end - 1) == '>') {
            int open = code.lastIndexOf('<', end - 1);
            end = open < 0 ? end : open;
        }
        Matcher chain = IDENTIFIER_CHAIN.matcher(code.substring(Math.max(0, end - 200), end));
        if (!chain.find()) {
            return "";
        }
        String callee = chain.group().replaceAll("^[.:?!]+", "");
        int start = end - chain.group().length();
        int i = start - 1;
        while (i >= 0 && code.charAt(i) == ' ') {
            i--;
        }
        boolean attribute = i >= 0 && code.charAt(i) == '[' && StatementBoundaries.startsLine(code, i);
        return language == Language.CSHARP && attribute ? "@" + callee : callee;
    }
}
