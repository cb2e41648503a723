package dev.scaleprojection.classifier;

import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.platform.streams.StreamsRunner;
import dev.scaleprojection.platform.streams.StreamsSettings;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/** The classifier service: the classifier topology over the configured catalog and the rules published since. */
public final class ClassifierApp implements AutoCloseable {

    public static final String APPLICATION_ID = "scale-projection-classifier";

    private final KafkaStreams streams;

    private ClassifierApp(KafkaStreams streams) {
        this.streams = streams;
    }

    public static ClassifierApp start(StreamsSettings settings, ClassifierTopology.ClassifierSerdes serdes, RuleCatalog catalog, int partitions) {
        return start(settings, APPLICATION_ID, serdes, catalog, partitions);
    }

    /** With another application id: a replay from the start of the log, or a second, independent deployment. */
    public static ClassifierApp start(StreamsSettings settings, String applicationId, ClassifierTopology.ClassifierSerdes serdes,
                                      RuleCatalog catalog, int partitions) {
        return start(settings, applicationId, serdes, catalog, partitions, ClassifierTopology.Outputs.PIPELINE);
    }

    /** Writing its gap changes and dead letters to {@code outputs}: a replay beside the pipeline ({@code scale-projection replay}). */
    public static ClassifierApp start(StreamsSettings settings, String applicationId, ClassifierTopology.ClassifierSerdes serdes,
                                      RuleCatalog catalog, int partitions, ClassifierTopology.Outputs outputs) {
        PartitioningUpgradeCheck.verify(settings.clients(), applicationId);
        return new ClassifierApp(StreamsRunner.start("classifier",
                ClassifierTopology.build(serdes, catalog, partitions, outputs), properties(settings, applicationId), Duration.ofMinutes(2)));
    }

    /**
     * The shared settings, and a task that processes what it has fetched without first waiting for its empty inputs
     * ({@code max.task.idle.ms=-1}) unless an override says otherwise. A classify task reads the facts topic and an
     * internal topic that is empty nearly always (facts published outside their system's partition); with the default
     * (0) Kafka Streams 4.3.1 checks each empty partition before every record and formats two log messages for it
     * whatever the log level, about a tenth of the stream thread's time (docs/benchmarks.md). Rule changes are events of
     * the facts topic itself, so neither setting changes where they meet the facts. Among fetched records Kafka Streams
     * still takes the earliest first, and a component's events all come one way, in log order.
     */
    static Properties properties(StreamsSettings settings, String applicationId) {
        Properties properties = settings.properties(applicationId);
        properties.putIfAbsent(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        return properties;
    }

    public KafkaStreams streams() {
        return streams;
    }

    /** Leaves the consumer group on the way out, so that a restart does not wait for the old member's session to expire. */
    @Override
    public void close() {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
