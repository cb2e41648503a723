package dev.scaleprojection.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProcessLocaleTest {

    private final Locale formatBefore = Locale.getDefault(Locale.Category.FORMAT);
    private final Locale displayBefore = Locale.getDefault(Locale.Category.DISPLAY);

    @AfterEach
    void restoreTheHostLocale() {
        Locale.setDefault(Locale.Category.FORMAT, formatBefore);
        Locale.setDefault(Locale.Category.DISPLAY, displayBefore);
    }

    @Test
    void formatsNumbersAsInEnglishOnAHostSetToAnotherLocale() {
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        assertThat(String.format("%,d %.1f", 1234567, 0.5)).isEqualTo("1.234.567 0,5");

        ProcessLocale.pin();

        assertThat(String.format("%,d %.1f", 1234567, 0.5)).isEqualTo("1,234,567 0.5");
    }

    @Test
    void leavesTheDisplayLocaleAsTheHostSetIt() {
        Locale.setDefault(Locale.Category.DISPLAY, Locale.GERMANY);

        ProcessLocale.pin();

        assertThat(Locale.getDefault(Locale.Category.DISPLAY)).isEqualTo(Locale.GERMANY);
        assertThat(Locale.getDefault(Locale.Category.FORMAT)).isEqualTo(Locale.US);
    }
}
