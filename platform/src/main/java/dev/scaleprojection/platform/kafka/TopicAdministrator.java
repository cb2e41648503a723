package dev.scaleprojection.platform.kafka;

import dev.scaleprojection.schemas.TopicSpec;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** Creates the topics the product needs, with the partitions and retention policies of their specs; leaves existing ones alone. */
public final class TopicAdministrator {

    private final KafkaClients kafka;

    public TopicAdministrator(KafkaClients kafka) {
        this.kafka = kafka;
    }

    public TopicAdministrator(String bootstrapServers) {
        this(KafkaClients.plaintext(bootstrapServers));
    }

    /**
     * @param replicationFactor empty to take the broker's default
     */
    public void ensure(Collection<TopicSpec<?>> specs, int partitions, Optional<Short> replicationFactor) {
        try (Admin admin = kafka.admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = specs.stream()
                    .filter(spec -> !existing.contains(spec.name()))
                    .map(spec -> new NewTopic(spec.name(), Optional.of(partitions), replicationFactor).configs(spec.config()))
                    .toList();
            if (missing.isEmpty()) {
                return;
            }
            admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw new IllegalStateException("Cannot create topics on " + kafka + ": " + e.getCause().getMessage(), e.getCause());
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka at " + kafka + " did not answer within 30 s. Is it running and reachable"
                    + " (and, if it is secured, are its client settings in " + KafkaClients.PROPERTIES_KEY + ")?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating topics", e);
        }
    }
}
