package dev.scaleprojection.aggregator.domain;

/**
 * One change of a component's assessment, as the history keeps it: the gap round with its cause, time and every gap
 * change (rule version and evidence included), and its position in the input ({@code sequence}) to order equal times.
 */
public record HistoryEntry(long sequence, GapRound round) {

    public HistoryKey key() {
        return new HistoryKey(round.componentId(), round.occurredAt(), sequence);
    }

    public long occurredAt() {
        return round.occurredAt();
    }
}
