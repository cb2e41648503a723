package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalAssessmentTest {

    private static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

    private static FactEvent observed(String fingerprint, String kind) {
        return observed(fingerprint, kind, Map.of("technology", "postgresql", "host", "db"));
    }

    private static FactEvent observed(String fingerprint, String kind, Map<String, String> attributes) {
        return FactEvent.newBuilder().setEventId("s1/" + fingerprint).setComponentId("acme/shop/orders").setOccurredAt(AT)
                .setPayload(FactObserved.newBuilder().setScanId("s1").setFingerprint(fingerprint).setKind(kind)
                        .setSource(FactSource.SOURCE_CODE).setEvidence(new Evidence("shop", null, "orders/Repo.java", 3, 3, ""))
                        .setAttributes(attributes).build())
                .build();
    }

    @Test
    void setsAsideAnEventTheClassifierCannotFoldAndAssessesTheRestAsThePipelineWould() {
        LocalAssessment local = new LocalAssessment(RuleCatalogLoader.builtin(), CoherenceIndex.DEFAULT);

        local.apply(List.of(observed("fp-odd", ""), observed("fp-pg", "endpoint.hardcoded"),
                FactEvent.newBuilder().setEventId("s1/completed").setComponentId("acme/shop/orders").setOccurredAt(AT)
                        .setPayload(new ScanCompleted("s1", "shop", null, List.of("fp-odd", "fp-pg"), "team-orders", "commerce")).build()));

        assertThat(local.unclassified()).singleElement().satisfies(event -> {
            assertThat(event.eventId()).isEqualTo("s1/fp-odd");
            assertThat(event.reason()).contains("has no kind");
        });
        assertThat(local.assessments()).singleElement().satisfies(assessment ->
                assertThat(assessment.gaps().values()).extracting(gap -> gap.ruleId()).containsExactly("configuration.hardcoded-endpoint"));
    }

    @Test
    void namesTheComponentInWhatWouldSettleAnUncertainGapAsCheckPrintsIt() {
        LocalAssessment local = new LocalAssessment(RuleCatalogLoader.builtin(), CoherenceIndex.DEFAULT);

        local.apply(List.of(observed("fp-h2", "state.embedded-database", Map.of("engine", "h2", "mode", "memory")),
                FactEvent.newBuilder().setEventId("s1/completed").setComponentId("acme/shop/orders").setOccurredAt(AT)
                        .setPayload(new ScanCompleted("s1", "shop", null, List.of("fp-h2"), null, null)).build()));

        assertThat(local.assessments()).singleElement().satisfies(assessment -> assertThat(assessment.gaps().values())
                .isNotEmpty().allSatisfy(gap -> assertThat(gap.explanation().settledBy())
                        .contains("scale-projection assert --component acme/shop/orders --statement state.embedded-database.")));
    }
}
