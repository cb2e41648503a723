package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import dev.scaleprojection.classifier.domain.PendingFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A scan's pending facts go to one value per scan (more once a value is full), are taken together at the ScanCompleted
 * and removed on release; facts that earlier releases stored one per key in JSON are taken too.
 */
class StorePendingFactsTest {

    private static final String ORDERS = "acme/shop/orders";
    private KeyValueStore<String, PendingValue> store;
    private StorePendingFacts pending;

    @BeforeEach
    void openStore() {
        store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(ClassifierTopology.PENDING_FACTS_STORE),
                Serdes.String(), PendingValue.serde()).withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        pending = new StorePendingFacts(store);
    }

    private static Fact fact(String fingerprint, String host) {
        return new Fact(fingerprint, "endpoint.hardcoded", new TreeMap<>(Map.of("technology", "postgresql", "host", host)),
                new Evidence("shop", Optional.of("abc"), "orders/src/Repo.java", 12, 14, "jdbc:postgresql://" + host + "/orders"));
    }

    private List<String> keys() {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, PendingValue> all = store.all()) {
            all.forEachRemaining(entry -> keys.add(entry.key));
        }
        return keys;
    }

    @Test
    void keepsAScansFactsInOneValueAndTakesThemAtItsCompletion() {
        pending.add(ORDERS, "s1", 1_000L, fact("fp-1", "db1"));
        pending.add(ORDERS, "s1", 1_001L, fact("fp-2", "db2"));

        assertThat(keys()).hasSize(1);
        PendingFacts.Taken taken = pending.take(ORDERS, "s1", 1_002L);
        assertThat(taken.facts()).containsOnlyKeys("fp-1", "fp-2").containsEntry("fp-2", fact("fp-2", "db2"));
        assertThat(keys()).hasSize(1);

        taken.release();

        assertThat(keys()).isEmpty();
    }

    @Test
    void behindAWriteBackStoreEncodesAChunkOnlyWhenItGoesDownAndThenAsAStoreOfBytesHoldsIt() {
        KeyValueStore<String, PendingValue> beneath = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("beneath"),
                Serdes.String(), PendingValue.serde()).withLoggingDisabled().build();
        beneath.init(new MockProcessorContext<>().getStateStoreContext(), beneath);
        WriteBackStore<PendingValue> writeBack = new WriteBackStore<>(beneath);
        StorePendingFacts lazy = new StorePendingFacts(writeBack);

        // a scan taken within a commit interval never reaches the store beneath
        lazy.add(ORDERS, "quick", 900L, fact("fp-q", "dbq"));
        lazy.take(ORDERS, "quick", 950L).release();
        writeBack.flushCache();
        assertThat(beneath.approximateNumEntries()).isZero();

        // the same appends as to a store of bytes (which encodes at every put), with commits between them
        for (int i = 0; i < 130; i++) {
            lazy.add(ORDERS, "s1", 1_000L + i, fact(String.format("fp-%03d", i), "db" + i));
            pending.add(ORDERS, "s1", 1_000L + i, fact(String.format("fp-%03d", i), "db" + i));
            if (i == 10 || i == 11 || i == 97) {
                writeBack.flushCache();
            }
        }
        writeBack.flushCache();
        assertThat(keys()).hasSizeGreaterThan(1);
        assertThat(beneath.approximateNumEntries()).isEqualTo(keys().size());
        for (String key : keys()) {
            assertThat(beneath.get(key).bytes()).as(key).isEqualTo(store.get(key).bytes());
        }
        assertThat(lazy.take(ORDERS, "s1", 2_000L).facts()).isEqualTo(pending.take(ORDERS, "s1", 2_000L).facts()).hasSize(130);
    }

    @Test
    void takesEveryFactOfAScanTooLargeForOneValueAndKeepsEachValueNearTheChunkSize() {
        for (int i = 0; i < 300; i++) {
            pending.add(ORDERS, "s1", 1_000L + i, fact(String.format("fp-%03d", i), "db" + i));
        }

        assertThat(keys()).hasSizeGreaterThan(2);
        try (KeyValueIterator<String, PendingValue> all = store.all()) {
            all.forEachRemaining(entry -> assertThat(entry.value.bytes().length).isLessThan(StorePendingFacts.CHUNK_BYTES + 1_024));
        }
        PendingFacts.Taken taken = pending.take(ORDERS, "s1", 2_000L);
        assertThat(taken.facts()).hasSize(300).containsEntry("fp-299", fact("fp-299", "db299"));
        taken.release();
        assertThat(keys()).isEmpty();
    }

    @Test
    void aFactObservedAgainInTheSameScanReplacesTheEarlierObservation() {
        pending.add(ORDERS, "s1", 1_000L, fact("fp-1", "old-host"));
        pending.add(ORDERS, "s1", 1_001L, fact("fp-1", "new-host"));

        assertThat(pending.take(ORDERS, "s1", 1_002L).facts()).containsExactly(Map.entry("fp-1", fact("fp-1", "new-host")));
    }

    @Test
    void leavesOtherScansAndComponentsPendingButDropsScansAbandonedForADay() {
        pending.add(ORDERS, "abandoned", 0L, fact("fp-a", "db"));
        pending.add(ORDERS, "running", PendingFacts.ABANDONED_AFTER_MILLIS, fact("fp-r", "db"));
        pending.add("acme/shop/payments", "other", 0L, fact("fp-p", "db"));
        pending.add(ORDERS, "s1", PendingFacts.ABANDONED_AFTER_MILLIS + 5, fact("fp-1", "db"));

        PendingFacts.Taken taken = pending.take(ORDERS, "s1", PendingFacts.ABANDONED_AFTER_MILLIS + 10);
        assertThat(taken.facts()).containsOnlyKeys("fp-1");
        taken.release();

        assertThat(keys()).containsExactlyInAnyOrder(ORDERS + "\u0000running", "acme/shop/payments\u0000other");
    }

    @Test
    void takesFactsThatAnEarlierReleaseStoredOnePerKeyAsJson() throws Exception {
        // given a pending fact as the release before the per-scan values stored it: its own key, JSON
        byte[] json;
        try (var stored = getClass().getResourceAsStream("/stored-state/json-pending-fact.json")) {
            json = stored.readAllBytes();
        }
        store.put(ORDERS + "\u0000s1\u0000fp-pg", new PendingValue.Stored(json));
        pending.add(ORDERS, "s1", 1_001L, fact("fp-2", "db2"));

        // when the scan completes, then both are taken, and both removed on release
        PendingFacts.Taken taken = pending.take(ORDERS, "s1", 1_002L);
        assertThat(taken.facts()).containsOnlyKeys("fp-pg", "fp-2");
        assertThat(taken.facts().get("fp-pg").attributes()).containsEntry("technology", "postgresql");
        taken.release();
        assertThat(keys()).isEmpty();
    }

    @Test
    void dropsAJsonFactOfAnEarlierReleaseWhoseScanWasAbandoned() throws Exception {
        byte[] json;
        try (var stored = getClass().getResourceAsStream("/stored-state/json-pending-fact.json")) {
            json = stored.readAllBytes();
        }
        store.put(ORDERS + "\u0000old\u0000fp-pg", new PendingValue.Stored(json));

        pending.take(ORDERS, "s1", 1_000L + PendingFacts.ABANDONED_AFTER_MILLIS + 1).release();

        assertThat(keys()).isEmpty();
    }

    @Test
    void aFreshInstanceReadsTheStoreNotWhatAnEarlierOneWroteBeforeTheStoreWasRolledBack() {
        // given facts appended, then the store rolled back to before them (a task closed dirty and its store restored)
        pending.add(ORDERS, "s1", 1_000L, fact("fp-1", "db1"));
        store.put(keys().get(0), null);

        // when the task is initialised again (a new instance) and the scan goes on
        StorePendingFacts afterRestore = new StorePendingFacts(store);
        afterRestore.add(ORDERS, "s1", 1_001L, fact("fp-2", "db2"));

        // then only what the store holds counts
        assertThat(afterRestore.take(ORDERS, "s1", 1_002L).facts()).containsOnlyKeys("fp-2");
    }

    @Test
    void scansAppendedToInTurnKeepEveryFactWhenMoreAreOpenThanRemembered() {
        int scans = StorePendingFacts.OPEN_SCANS_REMEMBERED + 10;
        for (int fact = 0; fact < 2; fact++) {
            for (int scan = 0; scan < scans; scan++) {
                pending.add(ORDERS, "s" + scan, 1_000L + fact, fact("fp-" + fact, "db" + scan));
            }
        }

        for (int scan = 0; scan < scans; scan++) {
            PendingFacts.Taken taken = pending.take(ORDERS, "s" + scan, 2_000L);
            assertThat(taken.facts()).containsOnlyKeys("fp-0", "fp-1");
            taken.release();
        }
        assertThat(keys()).isEmpty();
    }

    @Test
    void theOpenChunkItLastWroteIsTakenFromMemoryButTheStoreWinsWhereItHoldsSomethingElse() {
        // given two facts appended by this instance: taking them needs no decoding, and gives what decoding gives
        pending.add(ORDERS, "s1", 1_000L, fact("fp-1", "db1"));
        pending.add(ORDERS, "s1", 1_001L, fact("fp-2", "db2"));
        byte[] chunk = store.get(keys().get(0)).bytes();
        assertThat(pending.take(ORDERS, "s1", 1_002L).facts().values()).containsExactlyInAnyOrderElementsOf(PendingFactChunk.facts(chunk));

        // when the store's value is replaced behind the instance (another chunk, as a restore would leave it)
        StorePendingFacts other = new StorePendingFacts(store);
        pending.add(ORDERS, "s2", 1_000L, fact("fp-1", "db1"));
        other.add(ORDERS, "s3", 1_000L, fact("fp-9", "db9"));
        String s2 = keys().stream().filter(key -> key.endsWith("s2")).findFirst().orElseThrow();
        store.put(s2, store.get(keys().stream().filter(key -> key.endsWith("s3")).findFirst().orElseThrow()));

        // then the store's facts are taken, not the remembered ones
        assertThat(pending.take(ORDERS, "s2", 1_002L).facts()).containsOnlyKeys("fp-9");
    }

    @Test
    void dropsEveryChunkOfAScanThatBrokeOffAWeekBeforeAndKeepsScansStillInProgress() throws java.io.IOException {
        // given a scan that broke off (sealed chunks and an open one), a JSON fact of an earlier release as old, and
        // a scan of another component whose last fact is just inside the week
        for (int i = 0; i < 300; i++) {
            pending.add(ORDERS, "broken", 1_000L + i, fact(String.format("fp-%03d", i), "db" + i));
        }
        try (var stored = getClass().getResourceAsStream("/stored-state/json-pending-fact.json")) {
            store.put("acme/shop/billing\u0000old\u0000fp-pg", new PendingValue.Stored(stored.readAllBytes()));
        }
        long now = 1_299L + PendingFacts.EXPIRED_AFTER_MILLIS + 1;
        pending.add("acme/shop/web", "running", 1_000L, fact("fp-a", "db-a"));
        pending.add("acme/shop/web", "running", now - PendingFacts.EXPIRED_AFTER_MILLIS, fact("fp-b", "db-b"));

        // when the week has passed for the broken scan
        pending.expire(now);

        // then only the scan in progress is left, all of its facts
        assertThat(keys()).containsExactly("acme/shop/web\u0000running");
        assertThat(pending.take("acme/shop/web", "running", now).facts()).containsOnlyKeys("fp-a", "fp-b");
        // and a late fact of the broken scan starts afresh rather than joining dropped ones
        pending.add(ORDERS, "broken", now, fact("fp-late", "db-late"));
        assertThat(pending.take(ORDERS, "broken", now).facts()).containsOnlyKeys("fp-late");
    }
}
