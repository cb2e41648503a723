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

/**
 * The component state store keeps each fact once, in a binary form; reading it back gives the same state, gaps and
 * their evidence included; the JSON forms that earlier releases stored are still read.
 */
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
    void readsBackEveryStateItWritesAndWritesItAgainAsTheSameBytes() {
        List<Fact> pool = List.of(
                fact("fp-pg", "endpoint.hardcoded", Map.of("technology", "postgresql", "host", "db")),
                fact("fp-cfg", "endpoint.configured", Map.of("technology", "redis", "host", "cache")),
                fact("fp-h2", "state.embedded-database", Map.of("engine", "h2", "mode", "memory")),
                fact("fp-tenant", "tenancy.tenant-id-in-domain", Map.of("layer", "domain", "identifier", "tenantId")),
                fact("fp-docker", "deployment.dockerfile", Map.of()),
                fact("fp-pii", "pii.stored", Map.of("field", "email", "entity", "Customer", "context", "orders")),
                fact("fp-pii2", "pii.stored", Map.of("field", "phone", "entity", "Client", "context", "billing")),
                fact("fp-ünï", "configuration.hardcoded-tuning", Map.of("setting", "pool size", "value", "50", "note", "ünïcødé 日本")));
        java.util.Random random = new java.util.Random(5);
        List<ComponentState> states = new java.util.ArrayList<>(List.of(sample(), ComponentState.empty("acme/shop/empty")));
        for (int i = 0; i < 60; i++) {
            Map<String, Fact> scanned = new TreeMap<>();
            pool.stream().filter(f -> random.nextInt(3) > 0).forEach(f -> scanned.put(f.fingerprint(), f));
            ComponentState state = ComponentState.empty("acme/shop/c" + i).completeScan("s" + i, scanned, List.copyOf(scanned.keySet()),
                    random.nextBoolean() ? Ownership.of("team", "domain") : Ownership.of(null, null), 1_000L + i, classifier).state();
            if (random.nextBoolean() && scanned.containsKey("fp-pg")) {
                state = state.assertThat(new Assertion("w" + i, "ada", "fixture", Assertion.WAIVE, Optional.of("fp-pg"), new TreeMap<>(),
                        Optional.of(9_000L), 2_000L), 2_000L, classifier).state();
            }
            states.add(state);
        }
        assertThat(states.stream().filter(s -> s.classification().map(c -> !c.waived().isEmpty()).orElse(false))).isNotEmpty();
        for (ComponentState state : states) {
            byte[] written = ComponentStateBytes.write(state);
            ComponentState read = ComponentStateBytes.read(written).state();
            assertThat(read).as(state.componentId()).isEqualTo(state);
            assertThat(ComponentStateBytes.write(read)).as(state.componentId()).isEqualTo(written);
        }
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

        // then it is the same state, and it is written back in the binary format
        assertThat(read).isEqualTo(sample());
        assertThat(serde.serializer().serialize("t", read)[0]).isEqualTo(StoreBytes.BINARY);
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", read))).isEqualTo(sample());
    }

    @Test
    void readsACompactStateThatTheReleaseBeforeTheBinaryFormatStoredAsJsonAsTheSameState() throws Exception {
        // given the sample component's compact state as JSON, as the release before the binary format stored it
        byte[] jsonRelease;
        try (var json = getClass().getResourceAsStream("/stored-state/json-compact-component-state.json")) {
            jsonRelease = json.readAllBytes();
        }
        assertThat(new String(jsonRelease, StandardCharsets.UTF_8)).startsWith("{").contains("\"factFingerprints\"");

        // when it is read, then it is the same state, written back in the binary format
        ComponentState read = serde.deserializer().deserialize("t", jsonRelease);

        assertThat(read).isEqualTo(sample());
        assertThat(serde.serializer().serialize("t", read)[0]).isEqualTo(StoreBytes.BINARY);
    }

    @Test
    void writesFewerBytesThanTheCompactJson() throws Exception {
        byte[] json;
        try (var stored = getClass().getResourceAsStream("/stored-state/json-compact-component-state.json")) {
            json = stored.readAllBytes();
        }

        assertThat(serde.serializer().serialize("t", sample()).length).isLessThan(json.length);
    }

    @Test
    void failsOnABinaryStateThatEndsEarlyAsTheStoresFaultNotTheRecords() {
        byte[] whole = serde.serializer().serialize("t", sample());
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> serde.deserializer().deserialize("t", truncated))
                .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class);
    }

    @Test
    void failsOnACompactStateWhoseGapNamesAFactItDoesNotHoldAsTheStoresFaultNotTheRecords() throws Exception {
        String json;
        try (var stored = getClass().getResourceAsStream("/stored-state/json-compact-component-state.json")) {
            json = new String(stored.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(json).contains("\"factFingerprints\":[\"fp-h2\"]");
        json = json.replace("\"factFingerprints\":[\"fp-h2\"]", "\"factFingerprints\":[\"fp-gone\"]");
        byte[] inconsistent = json.getBytes(StandardCharsets.UTF_8);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> serde.deserializer().deserialize("t", inconsistent))
                .isInstanceOf(org.apache.kafka.common.errors.SerializationException.class)
                .hasMessageContaining("on fact fp-gone, which it does not hold");
    }
}
