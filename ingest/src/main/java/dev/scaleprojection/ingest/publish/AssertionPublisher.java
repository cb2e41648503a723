package dev.scaleprojection.ingest.publish;

import dev.scaleprojection.avro.AssertionMade;
import dev.scaleprojection.avro.AssertionRevoked;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.ingest.domain.AssertionRequest;
import dev.scaleprojection.schemas.FactPartitioning;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.Producer;

/** Publishes what people assert (and revoke) to the facts topic, keyed by component, after validating it whole. */
public final class AssertionPublisher {

    private final Producer<String, FactEvent> producer;

    public AssertionPublisher(Producer<String, FactEvent> producer) {
        this.producer = producer;
    }

    /** @throws InvalidAssertionException naming every bad field; nothing is published then */
    public void publish(String assertionId, AssertionRequest request, Instant at) {
        List<String> problems = request.problems(at.toEpochMilli());
        if (!problems.isEmpty()) {
            throw new InvalidAssertionException(problems);
        }
        TreeMap<String, String> attributes = new TreeMap<>(request.attributes());
        request.gapId().ifPresent(gap -> attributes.put("gap", gap));
        send(request.componentId(), assertionId, at, AssertionMade.newBuilder()
                .setAssertionId(assertionId).setAuthor(request.author()).setReason(request.reason()).setKind(request.kind())
                .setTargetFingerprint(request.targetFingerprint().orElse(null)).setAttributes(attributes)
                .setExpiresAt(request.expiresAt().map(Instant::ofEpochMilli).orElse(null)).build());
    }

    public void revoke(String componentId, String assertionId, String author, String reason, Instant at) {
        send(componentId, assertionId + "/revoked", at, new AssertionRevoked(assertionId, author, reason));
    }

    private void send(String componentId, String eventId, Instant at, Object payload) {
        FactEvent event = FactEvent.newBuilder().setEventId(eventId).setComponentId(componentId).setOccurredAt(at).setPayload(payload).build();
        try {
            producer.send(FactPartitioning.record(producer, at.toEpochMilli(), componentId, event)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the assertion: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing the assertion", e);
        }
    }

    /** An assertion that cannot be published; the message names every bad field. */
    public static final class InvalidAssertionException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        public InvalidAssertionException(List<String> problems) {
            super("The assertion is invalid and was not published: " + String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }
}
