package dev.scaleprojection.cli;

import dev.scaleprojection.platform.kafka.KafkaClients;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Gap-change logs as they were written: every record of a topic by component (its key), in the order of the component's
 * partition — kept as where it lies and the SHA-256 of its bytes, so that comparing two logs of a whole organization
 * holds 50-odd bytes per record rather than the records — and how two such logs differ, component by component.
 */
final class GapLogs {

    /** One record of a log: where it lies, and the SHA-256 of its value's bytes. */
    record Change(int partition, long offset, byte[] digest) {

        boolean sameBytes(Change other) {
            return Arrays.equals(digest, other.digest);
        }
    }

    /**
     * The first place where two logs of one component part: {@code index} is the position of the first change that is
     * not the same bytes in both (or that one log does not have); {@code expected} and {@code actual} are those changes.
     */
    record Difference(String componentId, int index, int expectedCount, int actualCount,
                      Optional<Change> expected, Optional<Change> actual) {
    }

    private GapLogs() {
    }

    /** Every committed record of {@code topic}, read from its start to the end it had when reading began. */
    static SortedMap<String, List<Change>> read(KafkaClients kafka, String topic, Duration timeout) {
        SortedMap<String, List<Change>> byComponent = new TreeMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(kafka)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p, timeout) < ends.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + timeout
                            + " from Kafka at " + kafka.bootstrapServers() + ".");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    // a record without a key (a dead letter can be one) is filed under ""
                    byComponent.computeIfAbsent(record.key() == null ? "" : record.key(), key -> new ArrayList<>())
                            .add(new Change(record.partition(), record.offset(), digest(record.value())));
                }
            }
        }
        return byComponent;
    }

    /** The value of the record {@code change} names, read back from {@code topic}; empty if it is no longer there. */
    static Optional<byte[]> valueOf(KafkaClients kafka, String topic, Change change, Duration timeout) {
        try (KafkaConsumer<String, byte[]> consumer = consumer(kafka)) {
            TopicPartition partition = new TopicPartition(topic, change.partition());
            consumer.assign(List.of(partition));
            consumer.seek(partition, change.offset());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == change.offset()) {
                        return Optional.ofNullable(record.value());
                    }
                    if (record.offset() > change.offset()) {
                        return Optional.empty();
                    }
                }
            }
            return Optional.empty();
        }
    }

    /** Components whose logs are not the same bytes in the same order, in component order; empty when none. */
    static List<Difference> compare(Map<String, List<Change>> expected, Map<String, List<Change>> actual) {
        List<Difference> differences = new ArrayList<>();
        TreeSet<String> components = new TreeSet<>(expected.keySet());
        components.addAll(actual.keySet());
        for (String component : components) {
            List<Change> left = expected.getOrDefault(component, List.of());
            List<Change> right = actual.getOrDefault(component, List.of());
            int index = 0;
            while (index < left.size() && index < right.size() && left.get(index).sameBytes(right.get(index))) {
                index++;
            }
            if (index < left.size() || index < right.size()) {
                differences.add(new Difference(component, index, left.size(), right.size(), at(left, index), at(right, index)));
            }
        }
        return differences;
    }

    static int count(Map<String, List<Change>> log) {
        return log.values().stream().mapToInt(List::size).sum();
    }

    static byte[] digest(byte[] value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value == null ? new byte[0] : value);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(KafkaClients kafka) {
        return new KafkaConsumer<>(kafka.config(Map.of(
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false)), new StringDeserializer(), new ByteArrayDeserializer());
    }

    private static Optional<Change> at(List<Change> changes, int index) {
        return index < changes.size() ? Optional.of(changes.get(index)) : Optional.empty();
    }
}
