package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** Reads the aggregator's state stores: the current assessment of a component, the score of an organization or system. */
public final class AssessmentQueries {

    private final KafkaStreams streams;

    public AssessmentQueries(KafkaStreams streams) {
        this.streams = streams;
    }

    public Optional<ComponentAssessment> component(String componentId) {
        return Optional.ofNullable(store(AggregatorTopology.ASSESSMENTS_STORE, ComponentAssessment.class).get(componentId));
    }

    /** Every component of an organization, in id order. */
    public List<ComponentAssessment> componentsOf(String organization) {
        List<ComponentAssessment> found = new ArrayList<>();
        String prefix = organization + "/";
        try (KeyValueIterator<String, ComponentAssessment> all =
                     store(AggregatorTopology.ASSESSMENTS_STORE, ComponentAssessment.class).prefixScan(prefix, new org.apache.kafka.common.serialization.StringSerializer())) {
            all.forEachRemaining(entry -> found.add(entry.value));
        }
        return List.copyOf(found);
    }

    public Optional<ScopeScore> organization(String organization) {
        return Optional.ofNullable(store(AggregatorTopology.ORGANIZATION_SCORES_STORE, ScopeScore.class).get(organization));
    }

    public Optional<ScopeScore> system(String organization, String system) {
        return Optional.ofNullable(store(AggregatorTopology.SYSTEM_SCORES_STORE, ScopeScore.class).get(organization + "/" + system));
    }

    private <V> ReadOnlyKeyValueStore<String, V> store(String name, Class<V> type) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<String, V>keyValueStore()));
    }
}
