package dev.scaleprojection.platform.streams;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/** The headers a dead letter carries: why it failed, and where the original record was. Names are written only here. */
public final class DeadLetterHeaders {

    public static final String ERROR = "scale-projection.dlq.error";
    public static final String ERROR_CLASS = "scale-projection.dlq.error.class";
    public static final String TOPIC = "scale-projection.dlq.topic";
    public static final String PARTITION = "scale-projection.dlq.partition";
    public static final String OFFSET = "scale-projection.dlq.offset";
    public static final String STAGE = "scale-projection.dlq.stage";

    private DeadLetterHeaders() {
    }

    public static void describe(Headers headers, String stage, Throwable error, RecordMetadata origin) {
        put(headers, ERROR, messageOf(error));
        put(headers, ERROR_CLASS, error.getClass().getName());
        put(headers, STAGE, stage);
        put(headers, TOPIC, origin.topic());
        put(headers, PARTITION, Integer.toString(origin.partition()));
        put(headers, OFFSET, Long.toString(origin.offset()));
    }

    public static String messageOf(Throwable error) {
        StringBuilder message = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append(": ").append(cause.getMessage());
        }
        return message.toString();
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
