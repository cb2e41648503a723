package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Writes to a {@link WriteBackStore} wait in memory, are read back from there, and reach the store beneath and its
 * changelog only when Kafka Streams flushes before a commit (the test driver commits after every record).
 */
class WriteBackStoreTest {

    private static final String STORE = "scratch";

    /** Applies the operations a record names, {@code put k v} or {@code delete k}, separated by commas, to the store. */
    private static final class Operations implements Processor<String, String, Void, Void> {
        private KeyValueStore<String, byte[]> store;

        @Override
        public void init(ProcessorContext<Void, Void> context) {
            store = context.getStateStore(STORE);
        }

        @Override
        public void process(Record<String, String> record) {
            for (String operation : record.value().split(",\\s*")) {
                String[] words = operation.split(" ");
                if (words[0].equals("put")) {
                    store.put(words[1], words[2].getBytes(StandardCharsets.UTF_8));
                } else {
                    store.delete(words[1]);
                }
            }
        }
    }

    /** What reached the changelog, as {@code key=value} or {@code key=null}, one record after another, separated by "|". */
    private static String changelogAfter(String... records) {
        Topology topology = new Topology();
        topology.addSource("operations", Serdes.String().deserializer(), Serdes.String().deserializer(), "operations");
        topology.addProcessor("apply", Operations::new, "operations");
        topology.addStateStore(new WriteBackStoreBuilder<>(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE),
                Serdes.String(), Serdes.ByteArray())), "apply");
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "write-back-test");
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, config)) {
            var input = driver.createInputTopic("operations", new StringSerializer(), new StringSerializer());
            for (String record : records) {
                input.pipeInput("k", record);
            }
            List<String> logged = new ArrayList<>();
            driver.createOutputTopic("write-back-test-" + STORE + "-changelog", Serdes.String().deserializer(), Serdes.ByteArray().deserializer())
                    .readKeyValuesToList().forEach(entry -> logged.add(entry.key + "=" + (entry.value == null ? "null"
                            : new String(entry.value, StandardCharsets.UTF_8))));
            return String.join("|", logged);
        }
    }

    @ParameterizedTest(name = "{0} → changelog {1}")
    @CsvSource(delimiter = ';', value = {
            "put a 1;                                    a=1",
            "put a 1, put a 2;                           a=2",
            "put a 1, put b 2;                           a=1|b=2",
            "put a 1, delete a;                          ''",
            "put a 1, delete a, put a 3;                 a=3",
            "delete a;                                   ''",
    })
    void logsOnlyTheLastWriteOfEachKeyBeforeACommitAndNothingForAKeyWrittenAndDeletedBetweenCommits(String operations, String changelog) {
        assertThat(changelogAfter(operations)).isEqualTo(changelog);
    }

    @Test
    void logsTheDeleteOfAKeyThatAnEarlierCommitWrote() {
        assertThat(changelogAfter("put a 1", "delete a")).isEqualTo("a=1|a=null");
    }

    private static KeyValueStore<String, byte[]> beneath() {
        KeyValueStore<String, byte[]> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(STORE), Serdes.String(),
                Serdes.ByteArray()).withLoggingDisabled().build();
        store.init(new MockProcessorContext<>().getStateStoreContext(), store);
        return store;
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> scanned(KeyValueIterator<String, byte[]> entries) {
        List<String> seen = new ArrayList<>();
        try (entries) {
            entries.forEachRemaining(entry -> seen.add(entry.key + "=" + new String(entry.value, StandardCharsets.UTF_8)));
        }
        return seen;
    }

    @Test
    void readsTheWaitingWritesOverTheStoreBeneathInKeyOrderWithoutDeletedKeys() {
        // given a store beneath holding a scan's chunk and another component's
        KeyValueStore<String, byte[]> beneath = beneath();
        beneath.put("orders\u0000s1", bytes("stored"));
        beneath.put("orders\u0000s2", bytes("old"));
        beneath.put("web\u0000w1", bytes("web"));
        WriteBackStore<byte[]> store = new WriteBackStore<>(beneath);

        // when writes wait: one replaces a stored value, one deletes one, one is new
        store.put("orders\u0000s1", bytes("appended"));
        store.delete("orders\u0000s2");
        store.put("orders\u0000s0", bytes("new"));

        // then reads see them, and the store beneath does not until the flush
        assertThat(scanned(store.prefixScan("orders\u0000", new StringSerializer())))
                .containsExactly("orders\u0000s0=new", "orders\u0000s1=appended");
        assertThat(scanned(store.all())).containsExactly("orders\u0000s0=new", "orders\u0000s1=appended", "web\u0000w1=web");
        assertThat(store.get("orders\u0000s2")).isNull();
        assertThat(scanned(beneath.all())).containsExactly("orders\u0000s1=stored", "orders\u0000s2=old", "web\u0000w1=web");
        store.flushCache();
        assertThat(scanned(beneath.all())).containsExactly("orders\u0000s0=new", "orders\u0000s1=appended", "web\u0000w1=web");
    }

    @Test
    void dropsTheWaitingWritesWhenItsCacheIsClearedAsADirtyCloseDoes() {
        KeyValueStore<String, byte[]> beneath = beneath();
        WriteBackStore<byte[]> store = new WriteBackStore<>(beneath);
        store.put("orders\u0000s1", bytes("appended"));

        store.clearCache();
        store.flushCache();

        assertThat(store.get("orders\u0000s1")).isNull();
        assertThat(scanned(beneath.all())).isEmpty();
    }

    @Test
    void writesTheWaitingWritesDownOnceMoreThanItsCapacityWaitAsAFullCacheEvicts() {
        KeyValueStore<String, byte[]> beneath = beneath();
        WriteBackStore<byte[]> store = new WriteBackStore<>(beneath);

        for (int i = 0; i <= WriteBackStore.CAPACITY; i++) {
            store.put(String.format("key-%05d", i), bytes("v" + i));
        }

        assertThat(beneath.approximateNumEntries()).isEqualTo(WriteBackStore.CAPACITY + 1L);
        assertThat(scanned(store.range("key-00001", "key-00002"))).containsExactly("key-00001=v1", "key-00002=v2");
    }
}
