package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TuningValuesTest {

    @Test
    void readsAPlainIntegerAsItsProductDoes() {
        Random random = new Random(31);
        for (int round = 0; round < 20000; round++) {
            StringBuilder written = new StringBuilder();
            for (int i = random.nextInt(25); i >= 0; i--) {
                written.append(random.nextInt(4) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
            }
            String number = written.toString();
            assertThat(TuningValues.amount(number)).as(number)
                    .isEqualTo(new BigDecimal(number).stripTrailingZeros().toPlainString());
        }
    }

    @Test
    void evaluatesProductsSuffixesAndUnderscoresAsBefore() {
        assertThat(TuningValues.amount("5_000L")).isEqualTo("5000");
        assertThat(TuningValues.amount("60 * 1000")).isEqualTo("60000");
        assertThat(TuningValues.amount("0.50")).isEqualTo("0.5");
        assertThat(TuningValues.amount("000")).isEqualTo("0");
        assertThat(TuningValues.amount("0100")).isEqualTo("100");
    }

    @Test
    void turnsAwayOnlyValuesNeitherConfiguredPatternMatches() {
        Pattern iso = Pattern.compile("(?i)PT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+(?:\\.\\d+)?)S)?");
        Pattern configured = Pattern.compile("(?i)(-?\\d[\\d_]*(?:\\.\\d+)?)\\s*(ms|millis|milliseconds|s|sec|secs|seconds"
                + "|m|min|mins|minutes|h|hours|d|days|ns|us)?");
        String[] pieces = {"P", "p", "T", "t", "1", "0", "-", "_", ".", "5", " ", "H", "M", "S", "ms", "s", "x", "\u212A", "\u0661"};
        Random random = new Random(37);
        for (int round = 0; round < 20000; round++) {
            StringBuilder value = new StringBuilder();
            for (int i = random.nextInt(6); i >= 0; i--) {
                value.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = value.toString();
            String stripped = text.strip();
            boolean matched = stripped.length() > 2 && iso.matcher(stripped).matches() || configured.matcher(stripped).matches();
            assertThat(TuningValues.configured(text).isPresent()).as(text).isEqualTo(matched);
        }
    }
}
