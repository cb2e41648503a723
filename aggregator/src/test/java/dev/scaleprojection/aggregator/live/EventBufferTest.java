package dev.scaleprojection.aggregator.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventBufferTest {

    static final Duration NO_WAIT = Duration.ZERO;

    static LiveEvent event(String partition, long offset, String organization, String system) {
        return new LiveEvent(partition, offset, new LiveEvent.Content("gap-changed", organization, Optional.ofNullable(system),
                "{\"at\":\"" + partition + "@" + offset + "\"}"));
    }

    static EventBuffer startedBuffer(int capacity) {
        EventBuffer buffer = new EventBuffer(capacity);
        buffer.startAt(StreamPosition.of(Map.of("g0", 0L, "g1", 0L)), StreamPosition.of(Map.of("g0", 0L, "g1", 0L)));
        return buffer;
    }

    /** Everything the subscription has to deliver now, as "partition@offset" for events and "missed" for a gap. */
    static List<String> drain(EventBuffer.Subscription subscription) throws InterruptedException {
        List<String> delivered = new ArrayList<>();
        for (Optional<EventBuffer.Delivery> next = subscription.next(NO_WAIT); next.isPresent(); next = subscription.next(NO_WAIT)) {
            delivered.add(next.get() instanceof EventBuffer.Delivery.Event e ? e.event().partition() + "@" + e.event().offset() : "missed");
        }
        return delivered;
    }

    static String lastId(EventBuffer.Subscription subscription) throws InterruptedException {
        String id = null;
        for (Optional<EventBuffer.Delivery> next = subscription.next(NO_WAIT); next.isPresent(); next = subscription.next(NO_WAIT)) {
            id = next.get().id();
        }
        return id;
    }

    @Test
    void givesANewReaderOnlyWhatComesAfterItSubscribed() throws InterruptedException {
        EventBuffer buffer = startedBuffer(10);
        buffer.append(event("g0", 0, "acme", "shop"));

        EventBuffer.Subscription reader = buffer.subscribe(Optional.empty(), LiveEvent.Filter.ALL);
        buffer.append(event("g1", 0, "acme", "shop"));

        assertThat(drain(reader)).containsExactly("g1@0");
    }

    @Test
    void givesAReaderThatResumesEveryEventAfterItsIdAcrossPartitionsAndNothingItHadSeen() throws InterruptedException {
        EventBuffer buffer = startedBuffer(10);
        EventBuffer.Subscription first = buffer.subscribe(Optional.empty(), LiveEvent.Filter.ALL);
        buffer.append(event("g0", 0, "acme", "shop"));
        buffer.append(event("g1", 0, "acme", "shop"));
        String resumeFrom = lastId(first);
        first.close();

        buffer.append(event("g0", 1, "acme", "shop"));
        buffer.append(event("g1", 1, "acme", "shop"));
        buffer.append(event("g0", 2, "acme", "shop"));
        EventBuffer.Subscription resumed = buffer.subscribe(Optional.of(StreamPosition.parse(resumeFrom)), LiveEvent.Filter.ALL);

        assertThat(resumeFrom).isEqualTo("g0:1.g1:1");
        assertThat(drain(resumed)).containsExactly("g0@1", "g1@1", "g0@2");
    }

    @Test
    void givesIdsThatNeverGoBackOnAnyPartition() throws InterruptedException {
        EventBuffer buffer = startedBuffer(10);
        EventBuffer.Subscription reader = buffer.subscribe(Optional.empty(), LiveEvent.Filter.ALL);
        buffer.append(event("g1", 3, "acme", "shop"));
        buffer.append(event("g0", 0, "acme", "shop"));
        buffer.append(event("g1", 4, "acme", "shop"));

        List<StreamPosition> ids = new ArrayList<>();
        for (Optional<EventBuffer.Delivery> next = reader.next(NO_WAIT); next.isPresent(); next = reader.next(NO_WAIT)) {
            ids.add(StreamPosition.parse(next.get().id()));
        }

        assertThat(ids).hasSize(3);
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i).isBehind(ids.get(i - 1))).isFalse();
            assertThat(ids.get(i)).isNotEqualTo(ids.get(i - 1));
        }
    }

    @Test
    void keepsOnlyTheEventsOfTheOrganizationAndSystemAsked() throws InterruptedException {
        EventBuffer buffer = startedBuffer(10);
        EventBuffer.Subscription shop = buffer.subscribe(Optional.empty(), new LiveEvent.Filter(Optional.of("acme"), Optional.of("shop")));
        EventBuffer.Subscription acme = buffer.subscribe(Optional.empty(), new LiveEvent.Filter(Optional.of("acme"), Optional.empty()));
        buffer.append(event("g0", 0, "acme", "shop"));
        buffer.append(event("g0", 1, "acme", "money"));
        buffer.append(event("s0", 0, "acme", null));
        buffer.append(event("g1", 0, "globex", "shop"));

        assertThat(drain(shop)).containsExactly("g0@0");
        assertThat(drain(acme)).containsExactly("g0@0", "g0@1", "s0@0");
    }

    @Test
    void tellsAReaderResumingFromAnEvictedPositionThatItMissedEventsThenGivesTheRest() throws InterruptedException {
        EventBuffer buffer = startedBuffer(2);
        buffer.append(event("g0", 0, "acme", "shop"));
        buffer.append(event("g0", 1, "acme", "shop"));
        buffer.append(event("g0", 2, "acme", "shop"));

        EventBuffer.Subscription resumed = buffer.subscribe(Optional.of(StreamPosition.parse("g0:0.g1:0")), LiveEvent.Filter.ALL);

        assertThat(drain(resumed)).containsExactly("missed", "g0@1", "g0@2");
    }

    @Test
    void tellsAReaderOvertakenByEvictionThatItMissedEventsAndDoesNotRepeatTheWarningOnResume() throws InterruptedException {
        EventBuffer buffer = startedBuffer(2);
        EventBuffer.Subscription slow = buffer.subscribe(Optional.empty(), LiveEvent.Filter.ALL);
        buffer.append(event("g0", 0, "acme", "shop"));
        buffer.append(event("g0", 1, "acme", "shop"));
        buffer.append(event("g0", 2, "acme", "shop"));

        Optional<EventBuffer.Delivery> warning = slow.next(NO_WAIT);
        EventBuffer.Subscription resumed = buffer.subscribe(Optional.of(StreamPosition.parse(warning.orElseThrow().id())), LiveEvent.Filter.ALL);

        assertThat(warning.get()).isInstanceOf(EventBuffer.Delivery.Missed.class);
        assertThat(drain(slow)).containsExactly("g0@1", "g0@2");
        assertThat(drain(resumed)).containsExactly("g0@1", "g0@2");
    }

    @Test
    void wakesAWaitingReaderWhenAnEventArrivesAndWhenTheBufferCloses() throws Exception {
        EventBuffer buffer = startedBuffer(10);
        EventBuffer.Subscription reader = buffer.subscribe(Optional.empty(), LiveEvent.Filter.ALL);

        CompletableFuture<Optional<EventBuffer.Delivery>> waiting = CompletableFuture.supplyAsync(() -> nextWithin(reader, Duration.ofMinutes(1)));
        buffer.append(event("g0", 0, "acme", "shop"));
        assertThat(waiting.get(10, TimeUnit.SECONDS)).isPresent();

        CompletableFuture<Optional<EventBuffer.Delivery>> stillWaiting = CompletableFuture.supplyAsync(() -> nextWithin(reader, Duration.ofMinutes(1)));
        buffer.close();
        assertThat(stillWaiting.get(10, TimeUnit.SECONDS)).isEmpty();
        assertThat(reader.isOpen()).isFalse();
    }

    static Optional<EventBuffer.Delivery> nextWithin(EventBuffer.Subscription reader, Duration timeout) {
        try {
            return reader.next(timeout);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
