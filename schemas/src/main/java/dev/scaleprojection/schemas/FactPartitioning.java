package dev.scaleprojection.schemas;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.utils.Utils;

/**
 * Where a fact event goes on {@link Topics#FACTS}: keyed by its component id {@code org/system/component}, but in the
 * partition of its system {@code org/system} (murmur2 of the system's UTF-8 bytes, as Kafka's default partitioner would
 * place a record keyed by the system), so that every component of a system is classified by one Streams task. Every
 * producer of fact events computes its partition here. A rule change concerns every component: it is keyed
 * {@value #EVERY_COMPONENT} and written to every partition.
 */
public final class FactPartitioning {

    /** The key and component id of an event that concerns every component of the partition it is in: a rule change. */
    public static final String EVERY_COMPONENT = "*";

    private FactPartitioning() {
    }

    /** The {@code org/system} prefix of a component id; an id with fewer than three parts is its own system. */
    public static String systemOf(String componentId) {
        int organizationEnd = componentId.indexOf('/');
        int systemEnd = organizationEnd < 0 ? -1 : componentId.indexOf('/', organizationEnd + 1);
        return systemEnd < 0 ? componentId : componentId.substring(0, systemEnd);
    }

    public static int partitionOf(String componentId, int partitions) {
        if (partitions < 1) {
            throw new IllegalArgumentException("a topic has at least one partition, was given " + partitions);
        }
        return Utils.toPositive(Utils.murmur2(systemOf(componentId).getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /** A record for the facts topic, keyed by the component and in its system's partition. */
    public static <V> ProducerRecord<String, V> record(Producer<String, V> producer, long timestamp, String componentId, V value) {
        int partition = partitionOf(componentId, producer.partitionsFor(Topics.FACTS.name()).size());
        return new ProducerRecord<>(Topics.FACTS.name(), partition, timestamp, componentId, value);
    }
}
