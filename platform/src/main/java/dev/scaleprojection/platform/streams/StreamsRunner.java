package dev.scaleprojection.platform.streams;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts a Kafka Streams application and waits, on its state listener, until it is RUNNING (or fails). */
public final class StreamsRunner {

    private static final Logger log = LoggerFactory.getLogger(StreamsRunner.class);

    private StreamsRunner() {
    }

    public static KafkaStreams start(String name, Topology topology, Properties properties, Duration timeout) {
        KafkaStreams streams = new KafkaStreams(topology, properties);
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<KafkaStreams.State> failedState = new AtomicReference<>();
        streams.setStateListener((newState, oldState) -> {
            if (newState == KafkaStreams.State.RUNNING) {
                running.countDown();
            } else if (newState == KafkaStreams.State.ERROR || newState == KafkaStreams.State.PENDING_ERROR) {
                failedState.set(newState);
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(error -> {
            log.error("{} stream thread failed; replacing it", name, error);
            return StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.start();
        try {
            if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS) || failedState.get() != null) {
                streams.close(Duration.ofSeconds(10));
                throw new IllegalStateException(name + " did not reach RUNNING within " + timeout
                        + (failedState.get() == null ? "" : " (it went to " + failedState.get() + ")"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            streams.close(Duration.ofSeconds(10));
            throw new IllegalStateException("Interrupted while starting " + name, e);
        }
        return streams;
    }
}
