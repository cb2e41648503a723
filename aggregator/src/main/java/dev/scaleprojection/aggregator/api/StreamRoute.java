package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.live.EventBuffer;
import dev.scaleprojection.aggregator.live.LiveEvent;
import dev.scaleprojection.aggregator.live.StreamPosition;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /api/stream?org=…&system=…}: gap changes and score changes as server-sent events, after a {@code connected}
 * event. Each event's id is the reader's position in the sources; a client that reconnects with {@code Last-Event-ID}
 * receives every event after it still held in the buffer, and an {@code events-missed} event first if some were
 * evicted. A comment every {@link #HEARTBEAT} keeps the connection open and notices clients that left.
 */
final class StreamRoute implements AutoCloseable {

    static final String PATH = "/api/stream";
    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final String CONNECTED = "connected";
    static final String EVENTS_MISSED = "events-missed";
    private static final String LAST_EVENT_ID = "Last-Event-ID";
    private static final String LAST_EVENT_ID_PARAMETER = "lastEventId";

    private final Optional<EventBuffer> events;
    private final Set<EventBuffer.Subscription> open = ConcurrentHashMap.newKeySet();

    StreamRoute(Optional<EventBuffer> events) {
        this.events = events;
    }

    void register(RoutesConfig routes) {
        routes.before(PATH, ctx -> {
            if (events.isEmpty()) {
                throw ApiException.unavailable("This process does not run the live event stream.");
            }
            filter(ctx);
            lastSeen(ctx);
        });
        routes.sse(PATH, this::stream);
    }

    private void stream(SseClient client) {
        Context ctx = client.ctx();
        EventBuffer.Subscription subscription = events.orElseThrow().subscribe(lastSeen(ctx), filter(ctx));
        open.add(subscription);
        client.onClose(subscription::close);
        try {
            client.sendEvent(CONNECTED, Json.line(Map.of("message", "Streaming gap and score changes from here on.")), subscription.id());
            while (!client.terminated() && subscription.isOpen()) {
                send(client, subscription.next(HEARTBEAT));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(subscription);
            subscription.close();
            client.close();
        }
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

    /** Ends every open stream, so that the server can stop. */
    @Override
    public void close() {
        open.forEach(EventBuffer.Subscription::close);
    }
}
