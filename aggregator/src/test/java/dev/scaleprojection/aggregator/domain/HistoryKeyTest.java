package dev.scaleprojection.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class HistoryKeyTest {

    @Test
    void sortsAComponentsKeysByEventTimeThenSequence() {
        List<String> keys = Stream.of(
                        new HistoryKey("acme/shop/orders", 20_000L, 1),
                        new HistoryKey("acme/shop/orders", 3_000L, 7),
                        new HistoryKey("acme/shop/orders", 20_000L, 0))
                .map(HistoryKey::encoded).sorted().toList();

        assertThat(keys).containsExactly(
                "acme/shop/orders|0000000000000003000|0000000000000000007",
                "acme/shop/orders|0000000000000020000|0000000000000000000",
                "acme/shop/orders|0000000000000020000|0000000000000000001");
    }

    @Test
    void keepsEveryKeyOfAComponentBetweenItsBoundsAndOtherComponentsOutside() {
        String first = HistoryKey.firstOf("acme/shop/orders");
        String pastLast = HistoryKey.pastLastOf("acme/shop/orders");

        assertThat(within(new HistoryKey("acme/shop/orders", 0, 0).encoded(), first, pastLast)).isTrue();
        assertThat(within(new HistoryKey("acme/shop/orders", Long.MAX_VALUE, Long.MAX_VALUE).encoded(), first, pastLast)).isTrue();
        assertThat(within(new HistoryKey("acme/shop/orders-v2", 0, 0).encoded(), first, pastLast)).isFalse();
        assertThat(within(new HistoryKey("acme/shop/order", 0, 0).encoded(), first, pastLast)).isFalse();
    }

    static boolean within(String key, String from, String to) {
        return key.compareTo(from) >= 0 && key.compareTo(to) < 0;
    }

    @Test
    void readsBackTheComponentIdEvenWhenItContainsTheSeparator() {
        HistoryKey key = new HistoryKey("acme/shop/odd|name", 42L, 3L);

        assertThat(HistoryKey.parse(key.encoded())).contains(key);
        assertThat(HistoryKey.parse("not-a-history-key")).isEmpty();
        assertThat(HistoryKey.parse("acme/shop/orders|x|1")).isEmpty();
    }
}
