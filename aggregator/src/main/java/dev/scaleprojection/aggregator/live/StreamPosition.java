package dev.scaleprojection.aggregator.live;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How far a reader has come through the live event sources: for each source partition ({@code g0} is partition 0 of the
 * gaps topic), the offset of the next record it has not seen. Written as an event id ({@code g0:17.g1:4.s0:9}) it tells a
 * reconnecting client's feed exactly which events it still needs, whichever instance it reconnects to. Positions only
 * move forward, so the ids a client receives are monotonic, partition by partition.
 */
public record StreamPosition(SortedMap<String, Long> nextOffsets) {

    private static final Pattern PART = Pattern.compile("([a-z]+[0-9]+):([0-9]{1,19})");
    private static final String SEPARATOR = ".";

    public static final StreamPosition START = new StreamPosition(new TreeMap<>());

    public StreamPosition {
        nextOffsets = Collections.unmodifiableSortedMap(new TreeMap<>(nextOffsets));
    }

    public static StreamPosition of(Map<String, Long> nextOffsets) {
        return new StreamPosition(new TreeMap<>(nextOffsets));
    }

    /** Reads an id written by {@link #encoded()}. */
    public static StreamPosition parse(String id) {
        SortedMap<String, Long> offsets = new TreeMap<>();
        for (String part : id.trim().split(Pattern.quote(SEPARATOR), -1)) {
            Matcher matcher = PART.matcher(part);
            if (!matcher.matches() || offsets.put(matcher.group(1), Long.parseLong(matcher.group(2))) != null) {
                throw new IllegalArgumentException("'" + id + "' is not an event id of this stream (such as g0:17.g1:4.s0:9)");
            }
        }
        return new StreamPosition(offsets);
    }

    public String encoded() {
        return nextOffsets.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(SEPARATOR));
    }

    public long next(String partition) {
        return nextOffsets.getOrDefault(partition, 0L);
    }

    /** Whether the record at this offset of this partition is behind this position (already seen). */
    public boolean covers(String partition, long offset) {
        return offset < next(partition);
    }

    /** This position, moved past the record at this offset if it was not already. */
    public StreamPosition past(String partition, long offset) {
        if (covers(partition, offset)) {
            return this;
        }
        SortedMap<String, Long> next = new TreeMap<>(nextOffsets);
        next.put(partition, offset + 1);
        return new StreamPosition(next);
    }

    /** Partition by partition, the further of the two positions. */
    public StreamPosition max(StreamPosition other) {
        SortedMap<String, Long> next = new TreeMap<>(nextOffsets);
        other.nextOffsets.forEach((partition, offset) -> next.merge(partition, offset, Math::max));
        return new StreamPosition(next);
    }

    /** Whether this position is behind the other on some partition: records between them are unknown to this reader. */
    public boolean isBehind(StreamPosition other) {
        return other.nextOffsets.entrySet().stream().anyMatch(e -> next(e.getKey()) < e.getValue());
    }
}
