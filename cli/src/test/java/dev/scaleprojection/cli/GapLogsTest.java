package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GapLogsTest {

    private static int offset;

    private static GapLogs.Change change(String text) {
        return new GapLogs.Change(0, offset++, GapLogs.digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void logsOfTheSameBytesInTheSameOrderDoNotDiffer() {
        Map<String, List<GapLogs.Change>> pipeline = Map.of("acme/shop/orders", List.of(change("a"), change("b")), "acme/shop/web", List.of(change("c")));
        Map<String, List<GapLogs.Change>> replay = Map.of("acme/shop/web", List.of(change("c")), "acme/shop/orders", List.of(change("a"), change("b")));

        assertThat(GapLogs.compare(pipeline, replay)).isEmpty();
        assertThat(GapLogs.count(replay)).isEqualTo(3);
    }

    @Test
    void namesTheFirstChangeThatIsNotTheSameBytes() {
        List<GapLogs.Difference> differences = GapLogs.compare(
                Map.of("acme/shop/orders", List.of(change("a"), change("b"), change("c"))),
                Map.of("acme/shop/orders", List.of(change("a"), change("B"), change("c"))));

        assertThat(differences).singleElement().satisfies(difference -> {
            assertThat(difference.componentId()).isEqualTo("acme/shop/orders");
            assertThat(difference.index()).isEqualTo(1);
            assertThat(difference.expected()).hasValueSatisfying(c -> assertThat(c.digest()).isEqualTo(change("b").digest()));
            assertThat(difference.actual()).hasValueSatisfying(c -> assertThat(c.digest()).isEqualTo(change("B").digest()));
        });
    }

    @Test
    void aChangeOnlyOneLogHasIsADifferenceAndSoIsTheOrderOfTheChanges() {
        List<GapLogs.Difference> differences = GapLogs.compare(
                Map.of("acme/shop/orders", List.of(change("a"), change("b")), "acme/shop/web", List.of(change("c"), change("d"))),
                Map.of("acme/shop/orders", List.of(change("a")), "acme/shop/web", List.of(change("d"), change("c")),
                        "acme/shop/billing", List.of(change("e"))));

        assertThat(differences).extracting(d -> d.componentId() + " " + d.index() + " " + d.expectedCount() + "/" + d.actualCount()
                        + " " + d.expected().isPresent() + " " + d.actual().isPresent())
                .containsExactly("acme/shop/billing 0 0/1 false true", "acme/shop/orders 1 2/1 true false", "acme/shop/web 0 2/2 true true");
    }
}
