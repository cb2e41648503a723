package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The persistence constructs a line names are found as the plain pattern finds them, though most lines are not searched. */
class TenantConstructsTest {

    private static final Pattern PLAIN = Pattern.compile("@(?:[\\w.]+\\.)?(Filter|FilterDef|TenantId|TenantColumn"
            + "|Where)\\b|HasQueryFilter\\s*\\(|current_setting\\s*\\(|\\bSET\\s+(?:LOCAL\\s+)?app\\.|setCurrentTenant|"
            + "setTenantIdentifier");

    @Test
    void findsTheConstructsThePlainPatternFinds() {
        Random random = new Random(61);
        List<String> pieces = List.of("@", "Filter", "FilterDef", "TenantId", "TenantColumn", "Where", "hibernate.", "org.",
                "HasQueryFilter", "HasQuery", "(", " ", "\t", "current_setting", "current_", "SET", "set", "LOCAL", "app.",
                "app", "setCurrentTenant", "setCurrent", "setTenantIdentifier", "Tenant", "Identifier", "x", "_", ".", "=");
        int found = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < random.nextInt(8); i++) {
                line.append(pieces.get(random.nextInt(pieces.size())));
            }
            Matcher plain = PLAIN.matcher(line);
            Optional<String> expected = plain.find() ? Optional.of(plain.group()) : Optional.empty();
            found += expected.isPresent() ? 1 : 0;

            assertThat(TenantIdentifierDetector.construct(line.toString())).as(line.toString()).isEqualTo(expected);
        }
        assertThat(found).isGreaterThan(1000);
    }
}
