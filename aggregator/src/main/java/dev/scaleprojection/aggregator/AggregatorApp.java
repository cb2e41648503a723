package dev.scaleprojection.aggregator;

import dev.scaleprojection.aggregator.api.AssessmentQueries;
import dev.scaleprojection.aggregator.api.Cluster;
import dev.scaleprojection.aggregator.api.LiveEventTranslator;
import dev.scaleprojection.aggregator.api.StateStores;
import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.live.EventBuffer;
import dev.scaleprojection.aggregator.live.LiveEventFeed;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import dev.scaleprojection.platform.streams.StreamsRunner;
import dev.scaleprojection.platform.streams.StreamsSettings;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;

/**
 * The aggregator service: folds gap changes into assessments, histories, trends and scores, answers queries over them,
 * and tails gaps and scores into the buffer of the live event stream. Several instances share the state by partition;
 * each advertises its query server so that a query reaches the instance holding its key.
 */
public final class AggregatorApp implements AutoCloseable {

    public static final String APPLICATION_ID = "scale-projection-aggregator";
    /** How many recent events the live stream holds for clients that reconnect. */
    public static final int LIVE_EVENTS_BUFFERED = 10_000;

    private final KafkaStreams streams;
    private final CoherenceIndex weights;
    private final LiveEventFeed liveEvents;
    private final Cluster cluster;

    private AggregatorApp(KafkaStreams streams, CoherenceIndex weights, LiveEventFeed liveEvents, Cluster cluster) {
        this.streams = streams;
        this.weights = weights;
        this.liveEvents = liveEvents;
        this.cluster = cluster;
    }

    /** A single instance: it answers every query from its own stores. */
    public static AggregatorApp start(StreamsSettings settings, AggregatorTopology.AggregatorSerdes serdes, CoherenceIndex weights) {
        return start(settings, serdes, weights, Optional.empty());
    }

    /**
     * An instance that may share the state with others: {@code advertised} is the host and port of its query server, as
     * the other instances reach it ({@code application.server}); queries for keys another instance holds go there.
     */
    public static AggregatorApp start(StreamsSettings settings, AggregatorTopology.AggregatorSerdes serdes, CoherenceIndex weights,
                                      Optional<HostInfo> advertised) {
        Properties properties = settings.properties(APPLICATION_ID);
        advertised.ifPresent(host -> properties.put(StreamsConfig.APPLICATION_SERVER_CONFIG, host.host() + ":" + host.port()));
        KafkaStreams streams = StreamsRunner.start("aggregator", AggregatorTopology.build(serdes, weights), properties, Duration.ofMinutes(2));
        try {
            return new AggregatorApp(streams, weights, LiveEventFeed.start(settings.clients(), LiveEventTranslator.sources(),
                    new LiveEventTranslator(serdes), LIVE_EVENTS_BUFFERED),
                    advertised.map(self -> Cluster.of(streams, self)).orElseGet(Cluster::single));
        } catch (RuntimeException e) {
            streams.close(Duration.ofSeconds(10));
            throw e;
        }
    }

    public KafkaStreams streams() {
        return streams;
    }

    public AssessmentQueries queries() {
        return new AssessmentQueries(StateStores.of(streams), weights, cluster);
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
