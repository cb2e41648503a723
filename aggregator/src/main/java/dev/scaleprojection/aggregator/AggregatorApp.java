package dev.scaleprojection.aggregator;

import dev.scaleprojection.aggregator.api.AssessmentQueries;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.platform.streams.StreamsRunner;
import dev.scaleprojection.platform.streams.StreamsSettings;
import java.time.Duration;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;

/** The aggregator service: folds gap changes into assessments and scores, and answers queries over them. */
public final class AggregatorApp implements AutoCloseable {

    public static final String APPLICATION_ID = "scale-projection-aggregator";

    private final KafkaStreams streams;

    private AggregatorApp(KafkaStreams streams) {
        this.streams = streams;
    }

    public static AggregatorApp start(StreamsSettings settings, AggregatorTopology.AggregatorSerdes serdes, CoherenceIndex weights) {
        return new AggregatorApp(StreamsRunner.start("aggregator",
                AggregatorTopology.build(serdes, weights), settings.properties(APPLICATION_ID), Duration.ofMinutes(2)));
    }

    public KafkaStreams streams() {
        return streams;
    }

    public AssessmentQueries queries() {
        return new AssessmentQueries(streams);
    }

    /** Leaves the consumer group on the way out, so that a restart does not wait for the old member's session to expire. */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
