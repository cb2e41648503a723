package dev.scaleprojection.classifier;

import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.platform.streams.StreamsRunner;
import dev.scaleprojection.platform.streams.StreamsSettings;
import java.time.Duration;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;

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
        PartitioningUpgradeCheck.verify(settings.clients(), applicationId);
        return new ClassifierApp(StreamsRunner.start("classifier",
                ClassifierTopology.build(serdes, catalog, partitions), settings.properties(applicationId), Duration.ofMinutes(2)));
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
