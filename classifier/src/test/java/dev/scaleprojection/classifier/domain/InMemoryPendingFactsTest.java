package dev.scaleprojection.classifier.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class InMemoryPendingFactsTest {

    private final InMemoryPendingFacts pending = new InMemoryPendingFacts();

    private static Fact fact(String fingerprint) {
        return new Fact(fingerprint, "endpoint.hardcoded", new TreeMap<>(Map.of("host", "db")),
                new Evidence("shop", Optional.empty(), "Repo.java", 1, 1, "jdbc:postgresql://db/orders"));
    }

    @Test
    void dropsTheFactsOfAScanThatBrokeOffAWeekBeforeAndKeepsAScanStillInProgress() {
        pending.add("acme/shop/orders", "broken", 1_000L, fact("fp-1"));
        pending.add("acme/shop/web", "running", 1_000L, fact("fp-2"));
        long now = 2_000L + PendingFacts.EXPIRED_AFTER_MILLIS;
        pending.add("acme/shop/web", "running", now - PendingFacts.EXPIRED_AFTER_MILLIS, fact("fp-3"));

        pending.expire(now);

        assertThat(pending.take("acme/shop/orders", "broken", now).facts()).isEmpty();
        assertThat(pending.take("acme/shop/web", "running", now).facts()).containsOnlyKeys("fp-2", "fp-3");
    }
}
