package dev.scaleprojection.aggregator.topology;

import dev.scaleprojection.aggregator.domain.ComponentHistory;
import dev.scaleprojection.aggregator.domain.GapRound;
import dev.scaleprojection.aggregator.domain.HistoryEntry;
import dev.scaleprojection.aggregator.domain.HistoryKey;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Appends each gap round that changes a component to its history (store {@link AggregatorTopology#HISTORY_STORE}). The
 * round's offset in gaps.v1 orders rounds of equal time; it is the same on every replay of the topic, so a rebuilt
 * history has the same keys. Whether a round is worth an entry is the domain's decision.
 */
final class HistoryProcessor implements Processor<String, GapRound, Void, Void> {

    private ProcessorContext<Void, Void> context;
    private KeyValueStore<String, HistoryEntry> history;

    @Override
    public void init(ProcessorContext<Void, Void> context) {
        this.context = context;
        this.history = context.getStateStore(AggregatorTopology.HISTORY_STORE);
    }

    @Override
    public void process(Record<String, GapRound> record) {
        GapRound round = record.value();
        if (ComponentHistory.records(latest(round.componentId()), round)) {
            HistoryEntry entry = new HistoryEntry(sourceOffset(), round);
            history.put(entry.key().encoded(), entry);
        }
    }

    private long sourceOffset() {
        return context.recordMetadata().map(RecordMetadata::offset)
                .orElseThrow(() -> new IllegalStateException("a gap round without a source record"));
    }

    private Optional<HistoryEntry> latest(String componentId) {
        try (KeyValueIterator<String, HistoryEntry> newestFirst =
                     history.reverseRange(HistoryKey.firstOf(componentId), HistoryKey.pastLastOf(componentId))) {
            while (newestFirst.hasNext()) {
                var entry = newestFirst.next();
                if (HistoryKey.parse(entry.key).map(HistoryKey::componentId).filter(componentId::equals).isPresent()) {
                    return Optional.of(entry.value);
                }
            }
            return Optional.empty();
        }
    }
}
