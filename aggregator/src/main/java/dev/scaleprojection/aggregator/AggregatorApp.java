package dev.scaleprojection.aggregator;

import dev.scaleprojection.aggregator.api.AssessmentQueries;
import dev.scaleprojection.aggregator.api.LiveEventTranslator;
import dev.scaleprojection.aggregator.api.StateStores;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.live.EventBuffer;
import dev.scaleprojection.aggregator.live.LiveEventFeed;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.platform.streams.StreamsRunner;
import dev.scaleprojection.platform.streams.StreamsSettings;
import java.time.Duration;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The aggregator service: folds gap changes into assessments, histories, trends and scores, answers queries over them,
 * and tails gaps and scores into the buffer of the live event stream.
 */
public final class AggregatorApp implements AutoCloseable {

    public static final String APPLICATION_ID = "scale-projection-aggregator";
    /** How many recent events the live stream holds for clients that reconnect. */
    public static final int LIVE_EVENTS_BUFFERED = 10_000;

    private final KafkaStreams streams;
    private final CoherenceIndex weights;
    private final LiveEventFeed liveEvents;

    private AggregatorApp(KafkaStreams streams, CoherenceIndex weights, LiveEventFeed liveEvents) {
        this.streams = streams;
        this.weights = weights;
        this.liveEvents = liveEvents;
    }

    public static AggregatorApp start(StreamsSettings settings, AggregatorTopology.AggregatorSerdes serdes, CoherenceIndex weights) {
        KafkaStreams streams = StreamsRunner.start("aggregator",
                AggregatorTopology.build(serdes, weights), settings.properties(APPLICATION_ID), Duration.ofMinutes(2));
        try {
            return new AggregatorApp(streams, weights, LiveEventFeed.start(settings.bootstrapServers(), LiveEventTranslator.sources(),
                    new LiveEventTranslator(serdes), LIVE_EVENTS_BUFFERED));
        } catch (RuntimeException e) {
            streams.close(Duration.ofSeconds(10));
            throw e;
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    public AssessmentQueries queries() {
        return new AssessmentQueries(StateStores.of(streams), weights);
    }

    /** The recent gap and score changes, for the query server's event stream. */
    public EventBuffer liveEvents() {
        return liveEvents.buffer();
    }

    /** Leaves the consumer group on the way out, so that a restart does not wait for the old member's session to expire. */
    @Override
    public void close() {
        liveEvents.close();
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
