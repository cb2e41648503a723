package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.classifier.domain.ClassificationRound;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a classification round as the configured {@code GapChanged} serializer writes {@link AvroMapping#gapChanged} of
 * it, byte for byte, but without building the Avro records ({@link GapChangedBytes}): the first round of each topic goes
 * through the configured serializer, and its header (magic byte and schema id, as that serializer registered them) is
 * kept only if {@link GapChangedBytes} gives the same bytes for the same round. Otherwise — a schema that gained a field
 * this class does not know, a serializer of another wire format — and for a round it cannot write, every round goes
 * through the configured serializer. Thread-safe, as Kafka Streams shares a sink's serializer between its tasks.
 */
final class GapRoundSerializer implements Serializer<ClassificationRound> {

    private static final Logger log = LoggerFactory.getLogger(GapRoundSerializer.class);
    /** The Confluent wire format: a zero magic byte, then a 4-byte schema id. */
    private static final int HEADER_LENGTH = 5;

    private final Serializer<GapChanged> avro;
    /** By topic: the header to write before a round's bytes, or empty when rounds must go through {@link #avro}. */
    private final Map<String, Optional<byte[]>> headers = new ConcurrentHashMap<>();
    /** A hint only, as in the Avro serializer: rounds of one stream are of similar size. */
    private volatile int lastSize = 1_024;

    GapRoundSerializer(Serializer<GapChanged> avro) {
        this.avro = avro;
    }

    @Override
    public byte[] serialize(String topic, ClassificationRound round) {
        if (round == null) {
            return null;
        }
        Optional<byte[]> header = headers.get(topic);
        if (header == null) {
            byte[] written = avro.serialize(topic, AvroMapping.gapChanged(round));
            Optional<byte[]> same = headerIfSame(written, round);
            if (same.isEmpty()) {
                // correct either way, but every round now costs the slower path: say so once per topic
                log.warn("Gap rounds to {} go through the configured serializer, more slowly: for the first round the direct"
                        + " writer (GapChangedBytes) did not give the same bytes — another wire format, or a field GapChanged"
                        + " gained that GapChangedBytes does not write yet", topic);
            }
            headers.put(topic, same);
            return written;
        }
        if (header.isEmpty()) {
            return avro.serialize(topic, AvroMapping.gapChanged(round));
        }
        byte[] written;
        try {
            written = GapChangedBytes.write(header.get(), round, lastSize);
        } catch (RuntimeException refused) {
            // The configured serializer says why, in its own terms.
            return avro.serialize(topic, AvroMapping.gapChanged(round));
        }
        lastSize = written.length + written.length / 8;
        return written;
    }

    private static Optional<byte[]> headerIfSame(byte[] written, ClassificationRound round) {
        if (written == null || written.length < HEADER_LENGTH || written[0] != 0) {
            return Optional.empty();
        }
        byte[] header = Arrays.copyOf(written, HEADER_LENGTH);
        try {
            return Arrays.equals(GapChangedBytes.write(header, round, written.length), written) ? Optional.of(header) : Optional.empty();
        } catch (RuntimeException refused) {
            return Optional.empty();
        }
    }
}
