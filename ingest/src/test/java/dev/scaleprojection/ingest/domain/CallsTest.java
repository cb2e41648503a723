package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CallsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "log.info(x)             | log.info",
        "$http.get(url)          | $http.get",
        "größe(1)                | größe",
        "kunde.änderung(k)       | kunde.änderung",
        "client_v2.send_all(m)   | client_v2.send_all",
        "a - count2 (n)          | count2",
        "Ωmega(1)                | Ωmega",
        "x = 9lives(3)           | ''"
    })
    void readsTheCalledNameAndItsReceiverBackFromTheParenthesis(String code, String expression) {
        assertThat(Calls.in(code)).extracting(Calls.Call::expression)
                .containsExactlyElementsOf(expression.isEmpty() ? java.util.List.of() : java.util.List.of(expression));
    }
}
