package dev.scaleprojection.cli;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.domain.ComponentSummary;
import dev.scaleprojection.aggregator.topology.AvroMapping;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.classifier.domain.Classifier;
import dev.scaleprojection.classifier.domain.ComponentState;
import dev.scaleprojection.classifier.domain.InMemoryPendingFacts;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.domain.SystemView;
import dev.scaleprojection.classifier.topology.SystemFold;
import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.schemas.FactPartitioning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The classifier's and the aggregator's folds run in this process, without Kafka: the same fact events, the same fold
 * code and the same mapping as the topologies, so the gaps are exactly those the pipeline would compute. An event the
 * classifier cannot fold is set aside with the reason, as the pipeline sends it to the dead letters, and the rest go on.
 */
final class LocalAssessment {

    private final Classifier classifier;
    private final CoherenceIndex weights;
    private final Map<String, ComponentState> states = new HashMap<>();
    private final Map<String, SystemView> systems = new HashMap<>();
    private final InMemoryPendingFacts pending = new InMemoryPendingFacts();
    private final Map<String, ComponentAssessment> assessments = new TreeMap<>();
    private final List<Unclassified> unclassified = new ArrayList<>();

    /** An event set aside: what the pipeline's dead letter would say. */
    record Unclassified(String eventId, String componentId, String reason) {
    }

    LocalAssessment(RuleCatalog catalog, CoherenceIndex weights) {
        this.classifier = new Classifier(catalog);
        this.weights = weights;
    }

    void apply(List<FactEvent> events) {
        for (FactEvent event : events) {
            SystemFold.Folded folded;
            try {
                folded = SystemFold.apply(event, states::get, systems::get, pending, () -> classifier);
            } catch (RuntimeException e) {
                unclassified.add(new Unclassified(event.getEventId(), event.getComponentId(), DeadLetterHeaders.messageOf(e)));
                continue;
            }
            states.putAll(folded.states());
            folded.system().ifPresent(view -> systems.put(FactPartitioning.systemOf(event.getComponentId()), view));
            folded.release().run();
            folded.failedSiblings().forEach((sibling, e) ->
                    unclassified.add(new Unclassified(event.getEventId(), sibling, DeadLetterHeaders.messageOf(e))));
            folded.rounds().forEach(round -> assessments.merge(round.getComponentId(),
                    ComponentAssessment.empty("").apply(AvroMapping.round(round)), (old, fresh) -> old.apply(AvroMapping.round(round))));
        }
    }

    List<Unclassified> unclassified() {
        return List.copyOf(unclassified);
    }

    List<ComponentAssessment> assessments() {
        return List.copyOf(assessments.values());
    }

    ScopeScore score() {
        ScopeScore score = ScopeScore.empty();
        for (ComponentAssessment assessment : assessments.values()) {
            score = score.with(ComponentSummary.of(assessment, weights));
        }
        return score;
    }
}
