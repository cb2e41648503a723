package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.GapChange;
import dev.scaleprojection.classifier.RulePublisher;
import dev.scaleprojection.avro.GapChangeKind;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.Ownership;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.schemas.Topics;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;
/**
 * A component that cannot be re-classified — under a rule change, or after a sibling's scan — goes to the dead letters
 * with stage reclassify and keeps its state, while the others are classified.
 */
class SystemDeadLettersTopologyTest extends SystemTopologyFixture {

    @Test
    void sendsAComponentThatCannotBeReclassifiedToTheDeadLettersAndReclassifiesTheOthers() {
        // given a component classified as usual, and one whose stored fact lacks the value its rule's title names
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan("acme/shop/orders", "orders-1", t1, "email");
        gaps.readValue();
        Map<String, String> noHost = new HashMap<>(Map.of("technology", "postgresql"));
        noHost.put("host", null);
        Fact broken = new Fact("fp-broken", "endpoint.hardcoded", new TreeMap<>(noHost),
                new dev.scaleprojection.classifier.domain.Evidence("shop", Optional.empty(), "src/Db.java", 1, 1, ""));
        KeyValueStore<String, ComponentState> states = driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE);
        ComponentState brokenState = new ComponentState("acme/shop/broken", new TreeMap<>(Map.of("fp-broken", broken)),
                new TreeMap<>(), Ownership.UNKNOWN, Optional.empty());
        states.put("acme/shop/broken", brokenState);

        // when a rule change re-classifies every component of the task
        Rule builtin = RuleCatalogLoader.builtin().rules().stream().filter(r -> r.id().equals(PII_RULE)).findFirst().orElseThrow();
        Instant t2 = Instant.parse("2026-12-02T10:00:00Z");
        dev.scaleprojection.avro.Rule changed = dev.scaleprojection.avro.Rule.newBuilder(RuleMapping.toAvro(builtin)).setVersion(2)
                .setAcrossComponents(1).build();
        publishRule(changed, t2);

        // then the broken component goes to the dead letters, keyed by it, with the rule change, the error and the stage …
        TestRecord<String, byte[]> deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.key()).isEqualTo("acme/shop/broken");
        assertThat(avro.facts().deserializer().deserialize(Topics.FACTS.name(), deadLetter.value())).isEqualTo(RulePublisher.ruleChanged(changed, t2));
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("reclassify");
        assertThat(header(deadLetter, DeadLetterHeaders.ERROR_CLASS)).isEqualTo(NullPointerException.class.getName());
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FACTS.name());
        assertThat(deadLetters.isEmpty()).isTrue();
        assertThat(states.get("acme/shop/broken")).isEqualTo(brokenState);

        // … and the other component is re-classified: with one component enough, its personal data is now a gap
        GapChanged round = gaps.readValue();
        assertThat(round.getComponentId()).isEqualTo("acme/shop/orders");
        assertThat(systemChanges(round)).extracting(GapChange::getKind).containsExactly(GapChangeKind.OPENED);
        assertThat(gaps.isEmpty()).isTrue();
    }

    @Test
    void classifiesTheScannedComponentAndSendsASiblingThatCannotBeReclassifiedToTheDeadLetters() {
        // given a component of the system storing e-mail addresses whose stored endpoint fact lacks the host its rule names
        Map<String, String> noHost = new HashMap<>(Map.of("technology", "postgresql"));
        noHost.put("host", null);
        var evidence = new dev.scaleprojection.classifier.domain.Evidence("shop", Optional.empty(), "src/Db.java", 1, 1, "");
        Fact email = new Fact("fp-email", "data.personal-data-stored",
                new TreeMap<>(Map.of("piiKind", "email", "field", "email", "holder", "Customer", "context", "customers")), evidence);
        ComponentState brokenState = new ComponentState("acme/shop/broken", new TreeMap<>(Map.of("fp-email", email,
                "fp-broken", new Fact("fp-broken", "endpoint.hardcoded", new TreeMap<>(noHost), evidence))),
                new TreeMap<>(), Ownership.UNKNOWN, Optional.empty());
        KeyValueStore<String, ComponentState> states = driver.getKeyValueStore(ClassifierTopology.COMPONENT_STATE_STORE);
        states.put("acme/shop/broken", brokenState);
        driver.<String, SystemView>getKeyValueStore(ClassifierTopology.SYSTEM_SIGNALS_STORE).put("acme/shop",
                SystemView.EMPTY.with("acme/shop/broken", new TreeMap<>(Map.of(PII_RULE, new java.util.TreeSet<>(List.of("email\u001fcustomer"))))));

        // when another component storing them is scanned
        Instant t1 = Instant.parse("2026-12-01T10:00:00Z");
        scan("acme/shop/orders", "orders-1", t1, "email");

        // then the scanned component is classified among both, and the one that cannot be goes to the dead letters
        GapChanged round = gaps.readValue();
        assertThat(round.getComponentId()).isEqualTo("acme/shop/orders");
        assertThat(systemChanges(round)).singleElement().satisfies(change -> assertThat(change.getTitle()).contains("(broken, orders)"));
        assertThat(gaps.isEmpty()).isTrue();
        TestRecord<String, byte[]> deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.key()).isEqualTo("acme/shop/broken");
        assertThat(avro.facts().deserializer().deserialize(Topics.DEAD_LETTERS.name(), deadLetter.value()).getEventId()).isEqualTo("orders-1/completed");
        assertThat(header(deadLetter, DeadLetterHeaders.STAGE)).isEqualTo("reclassify");
        assertThat(header(deadLetter, DeadLetterHeaders.TOPIC)).isEqualTo(Topics.FACTS.name());
        assertThat(states.get("acme/shop/broken")).isEqualTo(brokenState);
        assertThat(states.get("acme/shop/orders")).isNotNull();
    }

}
