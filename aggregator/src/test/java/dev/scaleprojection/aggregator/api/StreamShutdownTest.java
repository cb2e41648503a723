package dev.scaleprojection.aggregator.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.live.EventBuffer;
import dev.scaleprojection.aggregator.live.StreamPosition;
import dev.scaleprojection.aggregator.testing.SseConnection;
import io.javalin.Javalin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Open live streams when the server stops or the client leaves: stopping the query server ends every stream, its handler
 * returns before the server recycles the request (no "Response does not exist (likely recycled)" storm in the log), and a
 * client that disconnects frees its stream's thread at the next heartbeat.
 */
class StreamShutdownTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);
    static final int STREAMS = 16;

    final Recorder log = new Recorder();
    final EventBuffer buffer = new EventBuffer(16);
    final List<SseConnection> clients = new ArrayList<>();

    @BeforeEach
    void recordWarnings() {
        buffer.startAt(StreamPosition.START, StreamPosition.START);
        log.start();
    }

    @AfterEach
    void stopRecording() {
        log.stop();
        clients.forEach(SseConnection::close);
    }

    @Test
    void stoppingTheServerWithOpenStreamsEndsThemAndTheirThreadsWithoutLoggingAnyError() throws Exception {
        QueryServer server = QueryServer.start("localhost", 0, new AssessmentQueries(new NoStores(), CoherenceIndex.DEFAULT),
                Optional.of(buffer), () -> "");
        for (int i = 0; i < STREAMS; i++) {
            SseConnection client = SseConnection.open(server.port(), StreamRoute.PATH + (i % 2 == 0 ? "" : "?org=acme"), Optional.empty());
            clients.add(client);
            assertThat(client.next(PATIENCE).type()).isEqualTo(StreamRoute.CONNECTED);
        }
        assertThat(streamThreads()).hasSize(STREAMS);

        server.close();

        assertThat(streamThreads()).as("no thread is left in a stream's handler").isEmpty();
        await().atMost(PATIENCE).until(() -> clients.stream().allMatch(SseConnection::ended));
        assertThat(log.events()).as("nothing logged at WARN or above while stopping").isEmpty();
    }

    @Test
    void aClientThatDisconnectsFreesItsStreamsThreadAndTheServerStaysQuiet() throws Exception {
        StreamRoute route = new StreamRoute(Optional.of(buffer), Duration.ofMillis(100));
        Javalin app = Javalin.create(config -> route.register(config.routes)).start("localhost", 0);
        try {
            SseConnection leaving = SseConnection.open(app.port(), StreamRoute.PATH, Optional.empty());
            SseConnection staying = SseConnection.open(app.port(), StreamRoute.PATH, Optional.empty());
            clients.add(staying);
            leaving.next(PATIENCE);
            staying.next(PATIENCE);
            assertThat(route.openStreams()).isEqualTo(2);

            leaving.close();

            await().atMost(PATIENCE).until(() -> route.openStreams() == 1);
            assertThat(staying.ended()).isFalse();
            route.close();
            assertThat(route.openStreams()).isZero();
        } finally {
            app.stop();
        }
        assertThat(log.events()).isEmpty();
    }

    /** Threads running a stream's handler now. */
    static List<Thread> streamThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(e -> Arrays.stream(e.getValue()).anyMatch(frame -> frame.getClassName().equals(StreamRoute.class.getName())
                        && frame.getMethodName().equals("stream")))
                .map(Map.Entry::getKey).toList();
    }

    /** The stream never queries the state stores. */
    static final class NoStores implements StateStores {
        @Override
        public <V> ReadOnlyKeyValueStore<String, V> keyValueStore(String name) {
            throw new UnsupportedOperationException("no state store in this test");
        }
    }

    /** Every log event at WARN or above, from any logger, while started. */
    static final class Recorder extends AbstractAppender {
        private final List<LogEvent> events = new CopyOnWriteArrayList<>();

        Recorder() {
            super("stream-shutdown-recorder", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            if (event.getLevel().isMoreSpecificThan(Level.WARN)) {
                events.add(event.toImmutable());
            }
        }

        List<String> events() {
            return events.stream().map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getMessage().getFormattedMessage()).toList();
        }

        @Override
        public void start() {
            super.start();
            Configuration configuration = ((LoggerContext) LogManager.getContext(false)).getConfiguration();
            configuration.getRootLogger().addAppender(this, Level.WARN, null);
            configuration.getLoggers().values().forEach(logger -> logger.addAppender(this, Level.WARN, null));
            ((LoggerContext) LogManager.getContext(false)).updateLoggers();
        }

        @Override
        public void stop() {
            Configuration configuration = ((LoggerContext) LogManager.getContext(false)).getConfiguration();
            configuration.getRootLogger().removeAppender(getName());
            configuration.getLoggers().values().forEach(logger -> logger.removeAppender(getName()));
            ((LoggerContext) LogManager.getContext(false)).updateLoggers();
            super.stop();
        }
    }
}
