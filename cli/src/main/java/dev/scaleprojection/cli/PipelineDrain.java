package dev.scaleprojection.cli;

import dev.scaleprojection.platform.kafka.KafkaClients;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until each stage of the pipeline has committed everything on its input topics: the stage's consumer group has
 * committed, on every partition, an offset at the end of the partition. Stages are checked in order, so once the last
 * one is drained, what the first one was given has gone all the way through.
 */
final class PipelineDrain {

    record Stage(String groupId, String inputTopic, String internalTopicPrefix) {
    }

    private final KafkaClients kafka;

    PipelineDrain(KafkaClients kafka) {
        this.kafka = kafka;
    }

    void await(List<Stage> stages, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = kafka.admin()) {
            for (Stage stage : stages) {
                while (!drained(admin, stage)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("The " + stage.groupId() + " stage did not finish within " + timeout
                                + ". Check the log above for errors; the data folder keeps what was done so far.");
                    }
                    TimeUnit.MILLISECONDS.sleep(100);
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Cannot read the pipeline's progress from Kafka at " + kafka + ": " + e.getMessage(), e);
        }
    }

    private static boolean drained(Admin admin, Stage stage) throws ExecutionException, InterruptedException, TimeoutException {
        Set<String> topics = admin.listTopics().names().get(10, TimeUnit.SECONDS).stream()
                .filter(t -> t.equals(stage.inputTopic()) || (t.startsWith(stage.internalTopicPrefix()) && t.endsWith("-repartition")))
                .collect(Collectors.toSet());
        // Committed offsets first, end offsets second: a transaction that commits input offsets and writes to a
        // repartition topic in between then shows up as unread repartition records, never as a drained stage.
        Map<TopicPartition, OffsetAndMetadata> committed =
                admin.listConsumerGroupOffsets(stage.groupId()).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = endOffsets(admin, admin.describeTopics(topics).allTopicNames().get(10, TimeUnit.SECONDS).values());
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata done = committed.get(end.getKey());
            long position = done == null ? 0L : done.offset();
            if (position < end.getValue()) {
                return false;
            }
        }
        return true;
    }

    private static Map<TopicPartition, Long> endOffsets(Admin admin, Collection<TopicDescription> topics)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        topics.forEach(t -> t.partitions().forEach(p -> request.put(new TopicPartition(t.name(), p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> result = admin.listOffsets(request,
                new org.apache.kafka.clients.admin.ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all().get(10, TimeUnit.SECONDS);
        Map<TopicPartition, Long> ends = new HashMap<>();
        result.forEach((tp, info) -> ends.put(tp, info.offset()));
        return ends;
    }
}
