package dev.scaleprojection.bench;

import dev.scaleprojection.avro.GapChanged;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Matches the gap rounds of one phase to the scans that caused them (component id and cause {@code scan:<id>}), and
 * keeps, per round, the time from the ScanCompleted's publication to the round's arrival on the gaps topic.
 */
final class RoundTracker implements TopicWatcher.Sink, ScanPublisher.SendLog {

    private final Deserializer<GapChanged> gapDeserializer;
    private final Map<String, Long> sentNanosByRound = new ConcurrentHashMap<>();
    private final ArrivalCounter rounds = new ArrivalCounter();
    private final List<Long> latenciesNanos = new ArrayList<>();
    private long gapChanges;
    private long unmatched;

    RoundTracker(Deserializer<GapChanged> gapDeserializer) {
        this.gapDeserializer = gapDeserializer;
    }

    @Override
    public void sent(String componentId, String scanId, long sentNanos) {
        sentNanosByRound.put(roundKey(componentId, "scan:" + scanId), sentNanos);
    }

    @Override
    public void arrived(ConsumerRecord<String, byte[]> record, long arrivedNanos) {
        GapChanged round = gapDeserializer.deserialize(record.topic(), record.headers(), record.value());
        Long sent = sentNanosByRound.remove(roundKey(round.getComponentId(), round.getCause()));
        synchronized (this) {
            if (sent == null) {
                unmatched++;
                return;
            }
            latenciesNanos.add(arrivedNanos - sent);
            gapChanges += round.getChanges().size();
        }
        rounds.count(arrivedNanos);
    }

    ArrivalCounter rounds() {
        return rounds;
    }

    synchronized Latencies latencies() {
        return Latencies.of(latenciesNanos);
    }

    synchronized long gapChanges() {
        return gapChanges;
    }

    /** Rounds whose scan this phase did not publish: none are expected. */
    synchronized long unmatched() {
        return unmatched;
    }

    private static String roundKey(String componentId, String cause) {
        return componentId + " " + cause;
    }
}
