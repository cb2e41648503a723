package dev.scaleprojection.classifier;

import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.platform.kafka.KafkaClients;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * Refuses to start a classifier on the state of a release that kept component state by component partition: its
 * changelog exists but the system repartition this release creates on first start does not. Started anyway, it would
 * classify each component afresh in its system's task, re-open gaps and forget waivers, silently.
 */
final class PartitioningUpgradeCheck {

    private PartitioningUpgradeCheck() {
    }

    static void verify(KafkaClients kafka, String applicationId) {
        Set<String> topics = topics(kafka);
        String changelog = applicationId + "-" + ClassifierTopology.COMPONENT_STATE_STORE + "-changelog";
        String bySystem = applicationId + "-" + ClassifierTopology.FACTS_BY_SYSTEM + "-repartition";
        if (topics.contains(changelog) && !topics.contains(bySystem)) {
            throw new IllegalStateException("The classifier state of application '" + applicationId + "' was written by a release "
                    + "that partitioned facts by component; this release partitions them by system and cannot take that state "
                    + "over in place. Start on fresh topics (a new --data-dir for the embedded pipeline, or a new cluster) and "
                    + "rescan your repositories: they are the source of truth. See docs/architecture.md, 'Events and schemas'.");
        }
    }

    private static Set<String> topics(KafkaClients kafka) {
        try (Admin admin = kafka.admin()) {
            return admin.listTopics().names().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not list the topics of " + kafka + " to check the classifier's state: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while checking the classifier's state", e);
        }
    }
}
