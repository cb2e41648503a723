package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TuningValuesAmountTest {

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
}
