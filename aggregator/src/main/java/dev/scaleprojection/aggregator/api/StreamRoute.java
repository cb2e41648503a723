package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.live.EventBuffer;
import dev.scaleprojection.aggregator.live.LiveEvent;
import dev.scaleprojection.aggregator.live.StreamPosition;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/stream?org=…&system=…}: gap changes and score changes as server-sent events, after a {@code connected}
 * event. Each event's id is the reader's position in the sources; a client that reconnects with {@code Last-Event-ID}
 * receives every event after it still held in the buffer, and an {@code events-missed} event first if some were
 * evicted. A comment every {@link #HEARTBEAT} keeps the connection open and notices clients that left (a write to them
 * fails within one or two heartbeats, which frees the stream's thread). Closing ends every open stream and waits until
 * their handlers have returned, so that the server stops only after the streams' requests are complete.
 */
final class StreamRoute implements AutoCloseable {

    static final String PATH = "/api/stream";
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final String CONNECTED = "connected";
    static final String EVENTS_MISSED = "events-missed";
    private static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final String LAST_EVENT_ID_PARAMETER = "lastEventId";

    static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(StreamRoute.class);

    private final Optional<EventBuffer> events;
    private final Duration heartbeat;
    private final Set<EventBuffer.Subscription> open = new HashSet<>();
    private boolean closing;

    StreamRoute(Optional<EventBuffer> events) {
        this(events, HEARTBEAT);
    }

    StreamRoute(Optional<EventBuffer> events, Duration heartbeat) {
        this.events = events;
        this.heartbeat = heartbeat;
    }

    void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> {
            if (events.isEmpty()) {
                throw ApiException.unavailable("This process does not run the live event stream.");
            }
            if (isClosing()) {
                throw ApiException.unavailable("The server is stopping; reconnect in a moment.");
            }
            filter(ctx);
            lastSeen(ctx);
        });
        routes.sse(PATH, this::stream);
    }

    private void stream(SseClient client) {
        Context ctx = client.ctx();
        EventBuffer.Subscription subscription = events.orElseThrow().subscribe(lastSeen(ctx), filter(ctx));
        client.onClose(subscription::close);
        if (!enter(subscription)) {
            subscription.close();
            client.close();
            return;
        }
        try {
            client.sendEvent(CONNECTED, Json.line(Map.of("message", "Streaming gap and score changes from here on.")), subscription.id());
            while (!client.terminated()) {
                Optional<EventBuffer.Delivery> next = subscription.next(heartbeat);
                if (!subscription.isOpen()) {
                    break;
                }
                send(client, next);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            subscription.close();
            client.close();
            leave(subscription);
        }
    }

    private synchronized boolean isClosing() {
        return closing;
    }

    /** Counts the stream as open, unless the route is closing. */
    private synchronized boolean enter(EventBuffer.Subscription subscription) {
        if (closing) {
            return false;
        }
        open.add(subscription);
        return true;
    }

    private synchronized void leave(EventBuffer.Subscription subscription) {
        open.remove(subscription);
        notifyAll();
    }

    private static void send(SseClient client, Optional<EventBuffer.Delivery> next) {
        if (next.isEmpty()) {
            client.sendComment("keep-alive");
        } else if (next.get() instanceof EventBuffer.Delivery.Event event) {
            client.sendEvent(event.event().content().type(), event.event().content().json(), event.id());
        } else {
            client.sendEvent(EVENTS_MISSED, Json.line(Map.of("message",
                    "Some events are no longer held by this server; reload the state you show from the query API.")), next.get().id());
        }
    }

    private static LiveEvent.Filter filter(Context ctx) {
        Optional<String> organization = Optional.ofNullable(ctx.queryParam("org")).filter(s -> !s.isBlank());
        Optional<String> system = Optional.ofNullable(ctx.queryParam("system")).filter(s -> !s.isBlank());
        if (system.isPresent() && organization.isEmpty()) {
            throw ApiException.badParameter("system", system.get(), "to come with the organization it belongs to (org=…)");
        }
        return new LiveEvent.Filter(organization, system);
    }

    private static Optional<StreamPosition> lastSeen(Context ctx) {
        Optional<String> header = Optional.ofNullable(ctx.header(LAST_EVENT_ID)).filter(s -> !s.isBlank());
        String name = header.isPresent() ? LAST_EVENT_ID : LAST_EVENT_ID_PARAMETER;
        return header.or(() -> Optional.ofNullable(ctx.queryParam(LAST_EVENT_ID_PARAMETER)).filter(s -> !s.isBlank())).map(id -> {
            try {
                return StreamPosition.parse(id);
            } catch (IllegalArgumentException e) {
                throw ApiException.badParameter(name, id, "an id this stream sent (such as g0:17.g1:4.s0:9)");
            }
        });
    }

    /** How many streams are open (their handlers have not returned yet). */
    synchronized int openStreams() {
        return open.size();
    }

    /**
     * Refuses new streams, ends every open one and waits (up to {@link #CLOSE_TIMEOUT}) until their handlers have returned,
     * so that the server can stop without completing requests under a handler still writing to them.
     */
    @Override
    public synchronized void close() {
        closing = true;
        open.forEach(EventBuffer.Subscription::close);
        long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        try {
            while (!open.isEmpty()) {
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left <= 0) {
                    log.warn("{} live stream(s) did not end within {}", open.size(), CLOSE_TIMEOUT);
                    return;
                }
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
