package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "'public string Url { get; set; } = '  | Url",
        "'public string Url {get;set;}   = '   | Url",
        "'private static final String HOST = ' | HOST",
        "'val port: Int = '                    | port",
        "'config.timeout = '                   | timeout",
        "'Base { get; } Url = '                 | Url",
        "'if (a == b) '                        | ''"
    })
    void readsTheTargetOfTheFirstTopLevelAssignment(String statement, String target) {
        assertThat(MemberNames.assigned(statement).orElse("")).isEqualTo(target);
    }
}
