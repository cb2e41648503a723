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
import dev.scaleprojection.classifier.topology.FactFold;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The classifier's and the aggregator's folds run in this process, without Kafka: the same fact events, the same fold
 * code and the same mapping as the topologies, so the gaps are exactly those the pipeline would compute.
 */
final class LocalAssessment {

    private final Classifier classifier;
    private final CoherenceIndex weights;
    private final Map<String, ComponentState> states = new HashMap<>();
    private final InMemoryPendingFacts pending = new InMemoryPendingFacts();
    private final Map<String, ComponentAssessment> assessments = new TreeMap<>();

    LocalAssessment(RuleCatalog catalog, CoherenceIndex weights) {
        this.classifier = new Classifier(catalog);
        this.weights = weights;
    }

    void apply(List<FactEvent> events) {
        for (FactEvent event : events) {
            FactFold.Folded folded = FactFold.apply(states.get(event.getComponentId()), event, pending, () -> classifier);
            folded.state().ifPresent(state -> states.put(event.getComponentId(), state));
            folded.round().ifPresent(round -> assessments.merge(round.getComponentId(),
                    ComponentAssessment.empty("").apply(AvroMapping.round(round)), (old, fresh) -> old.apply(AvroMapping.round(round))));
        }
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
