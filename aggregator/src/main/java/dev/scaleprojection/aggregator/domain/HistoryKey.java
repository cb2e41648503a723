package dev.scaleprojection.aggregator.domain;

import java.util.Optional;

/**
 * Where a history entry is kept: {@code componentId|occurredAt|sequence}, both numbers zero-padded, so that the keys of
 * one component sort in event-time order (ties in arrival order) and a prefix scan of {@code componentId|} reads its log.
 */
public record HistoryKey(String componentId, long occurredAt, long sequence) {

    private static final char SEPARATOR = '|';
    /** The character after the separator: the exclusive end of one component's key range. */
    private static final char AFTER_SEPARATOR = SEPARATOR + 1;
    private static final String NUMBER_FORMAT = "%019d";

    public HistoryKey {
        // zero-padding only sorts non-negative numbers; event times before 1970 are not meaningful here
        occurredAt = Math.max(0L, occurredAt);
        sequence = Math.max(0L, sequence);
    }

    public String encoded() {
        return componentId + SEPARATOR + String.format(NUMBER_FORMAT, occurredAt) + SEPARATOR + String.format(NUMBER_FORMAT, sequence);
    }

    /** The first key any entry of the component can have. */
    public static String firstOf(String componentId) {
        return componentId + SEPARATOR;
    }

    /** A key greater than every entry of the component and smaller than any other component's. */
    public static String pastLastOf(String componentId) {
        return componentId + AFTER_SEPARATOR;
    }

    /** Reads a key back; keys this class did not write give nothing. The component id is what precedes the last two parts. */
    public static Optional<HistoryKey> parse(String key) {
        int sequenceAt = key.lastIndexOf(SEPARATOR);
        int timeAt = sequenceAt > 0 ? key.lastIndexOf(SEPARATOR, sequenceAt - 1) : -1;
        if (timeAt <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new HistoryKey(key.substring(0, timeAt), Long.parseLong(key.substring(timeAt + 1, sequenceAt)),
                    Long.parseLong(key.substring(sequenceAt + 1))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
