package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    @ParameterizedTest(name = "{0} resolves to {1}")
    @CsvSource(delimiter = '|', value = {
            "${DB_URL:jdbc:postgresql://localhost:5432/orders} | jdbc:postgresql://localhost:5432/orders | true",
            "${REDIS_URL:-redis://redis:6379} | redis://redis:6379 | true",
            "${REDIS_URL-redis://redis:6379} | redis://redis:6379 | true",
            "${app.db-url:jdbc:h2:mem:x} | jdbc:h2:mem:x | true",
            "${A:${B:http://b.internal:80}} | http://b.internal:80 | true",
            "jdbc:postgresql://${DB_HOST:db}:5432/x | jdbc:postgresql://db:5432/x | true",
            "jdbc:postgresql://${DB_HOST}:5432/x | jdbc:postgresql://${DB_HOST}:5432/x | false",
            "\\${db.url:http://k.internal:1} | http://k.internal:1 | true",
            "plain | plain | false"
    })
    void substitutesDefaults(String value, String resolved, boolean usedDefault) {
        assertThat(Placeholders.resolve(value)).isEqualTo(new Placeholders.Resolved(resolved, usedDefault));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${DB_URL}", "${spring.datasource.url}", "$DB_URL", " ${X} ", "${DB_URL:?required}"})
    void recognizesAValueThatIsOnlyAPlaceholder(String value) {
        assertThat(Placeholders.isBarePlaceholder(value)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"${DB_URL:jdbc:h2:mem:x}", "jdbc:${X}", "redis://cache:6379"})
    void doesNotTakeValuesWithContentForBarePlaceholders(String value) {
        assertThat(Placeholders.isBarePlaceholder(value)).isFalse();
    }
}
