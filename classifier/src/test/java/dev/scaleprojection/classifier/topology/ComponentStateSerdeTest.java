package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.Assertion;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.Ownership;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The component state store keeps each fact once; reading it back gives the same state, gaps and their evidence included. */
class ComponentStateSerdeTest {

    private final Classifier classifier = new Classifier(RuleCatalogLoader.builtin());
    private final ComponentStateSerde serde = new ComponentStateSerde();

    private static Fact fact(String fingerprint, String kind, Map<String, String> attributes) {
        return new Fact(fingerprint, kind, new TreeMap<>(attributes),
                new Evidence("shop", Optional.of("abc"), "orders/src/Repo.java", 12, 12, "snippet of " + fingerprint));
    }

    private ComponentState sample() {
        Fact endpoint = fact("fp-pg", "endpoint.hardcoded", Map.of("technology", "postgresql", "host", "db"));
        Fact h2 = fact("fp-h2", "state.embedded-database", Map.of("engine", "h2", "mode", "memory"));
        Fact tenant = fact("fp-tenant", "tenancy.tenant-id-in-domain", Map.of("layer", "domain", "identifier", "tenantId"));
        ComponentState scanned = ComponentState.empty("acme/shop/orders").completeScan("s1",
                Map.of("fp-pg", endpoint, "fp-h2", h2, "fp-tenant", tenant), List.of("fp-pg", "fp-h2", "fp-tenant"),
                Ownership.of("team-orders", "commerce"), 1_000L, classifier).state();
        Assertion waiver = new Assertion("w1", "ada", "fixture", Assertion.WAIVE, Optional.of("fp-pg"), new TreeMap<>(), Optional.empty(), 2_000L);
        Assertion statement = new Assertion("a2", "ada", "in the repositories", "tenant-isolation.repository-layer", Optional.empty(),
                new TreeMap<>(Map.of("identifier", "tenantId")), Optional.empty(), 3_000L);
        return scanned.assertThat(waiver, 2_000L, classifier).state().assertThat(statement, 3_000L, classifier).state();
    }

    @Test
    void readsBackTheStateItWroteWithEveryGapsFactsAndExplanation() {
        ComponentState state = sample();
        assertThat(state.classification().orElseThrow().waived()).isNotEmpty();

        ComponentState read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", state));

        assertThat(read).isEqualTo(state);
    }

    @Test
    void writesEachFactsEvidenceOnceHoweverManyGapsItFires() {
        ComponentState state = sample();
        assertThat(state.classification().orElseThrow().gaps().values().stream().filter(g -> g.facts().get(0).fingerprint().equals("fp-h2")))
                .hasSizeGreaterThan(1);

        String json = new String(serde.serializer().serialize("t", state), StandardCharsets.UTF_8);

        assertThat(json.split("snippet of fp-h2", -1)).hasSize(2);
        assertThat(json.split("A second instance gets a second, separate database", -1)).hasSize(2);
    }

    @Test
    void writesTheSameBytesForTheSameState() {
        assertThat(serde.serializer().serialize("t", sample())).isEqualTo(serde.serializer().serialize("t", sample()));
    }

    @Test
    void readsAStateWrittenByThePreviousReleaseWithGapsEmbeddingTheirFactsAsTheSameState() throws Exception {
        // given the state of the sample component as the release before the compact format stored it (domain records as JSON)
        byte[] previousRelease;
        try (var json = getClass().getResourceAsStream("/stored-state/previous-release-component-state.json")) {
            previousRelease = json.readAllBytes();
        }
        assertThat(new String(previousRelease, StandardCharsets.UTF_8)).contains("\"explanation\"").doesNotContain("factFingerprints");

        // when it is read
        ComponentState read = serde.deserializer().deserialize("t", previousRelease);

        // then it is the same state, and it is written back in the compact format
        assertThat(read).isEqualTo(sample());
        assertThat(new String(serde.serializer().serialize("t", read), StandardCharsets.UTF_8)).contains("factFingerprints");
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", read))).isEqualTo(sample());
    }

    @Test
    void failsOnACompactStateWhoseGapNamesAFactItDoesNotHoldAsTheStoresFaultNotTheRecords() {
        String json = new String(serde.serializer().serialize("t", sample()), StandardCharsets.UTF_8)
                .replace("\"factFingerprints\":[\"fp-h2\"]", "\"factFingerprints\":[\"fp-gone\"]");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> serde.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
                .hasMessageContaining("on fact fp-gone, which it does not hold");
    }
}
