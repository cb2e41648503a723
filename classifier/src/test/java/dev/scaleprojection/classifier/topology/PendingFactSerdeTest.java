package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** A pending fact is stored in a binary form and read back the same; one that earlier releases stored as JSON still reads. */
class PendingFactSerdeTest {

    private final PendingFactSerde serde = new PendingFactSerde();

    private static StorePendingFacts.Entry entry(Optional<String> commit) {
        return new StorePendingFacts.Entry(1_000L, new Fact("fp-pg", "endpoint.hardcoded",
                new TreeMap<>(Map.of("technology", "postgresql", "host", "db")),
                new Evidence("shop", commit, "orders/src/Repo.java", 12, 14, "jdbc:postgresql://db/orders")));
    }

    @Test
    void readsBackThePendingFactItWrote() {
        for (StorePendingFacts.Entry entry : new StorePendingFacts.Entry[] {entry(Optional.of("abc")), entry(Optional.empty())}) {
            byte[] bytes = serde.serializer().serialize("t", entry);

            assertThat(bytes[0]).isEqualTo(StoreBytes.BINARY);
            assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(entry);
        }
    }

    @Test
    void readsAPendingFactThatAnEarlierReleaseStoredAsJson() throws Exception {
        // given a pending fact as the release before the binary format stored it
        byte[] json;
        try (var stored = getClass().getResourceAsStream("/stored-state/json-pending-fact.json")) {
            json = stored.readAllBytes();
        }
        assertThat(new String(json, StandardCharsets.UTF_8)).startsWith("{\"observedAt\":1000");

        // when it is read, then it is the same pending fact
        assertThat(serde.deserializer().deserialize("t", json)).isEqualTo(entry(Optional.of("abc")));
    }

    @Test
    void failsOnBytesOfAnUnknownFormatAsTheStoresFaultNotTheRecords() {
        byte[] unknown = serde.serializer().serialize("t", entry(Optional.empty()));
        unknown[0] = 7;

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", unknown))
                .isInstanceOf(SerializationException.class).hasMessageContaining("unknown format byte 0x07");
    }

    @Test
    void failsOnAPendingFactWithBytesLeftOver() {
        byte[] whole = serde.serializer().serialize("t", entry(Optional.empty()));
        byte[] longer = java.util.Arrays.copyOf(whole, whole.length + 1);

        assertThatThrownBy(() -> serde.deserializer().deserialize("t", longer)).isInstanceOf(SerializationException.class);
    }
}
