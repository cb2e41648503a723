package dev.scaleprojection.aggregator.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.state.HostInfo;

/**
 * HTTP between aggregator instances: relays a request to the instance that owns its key (status, content type and body
 * come back unchanged), and reads another instance's part of a scan. Every such request carries {@link #FORWARDED}, so
 * an instance that receives one answers from its own state and never passes it on.
 */
final class PeerClient {

    static final String FORWARDED = "X-Scale-Projection-Forwarded";

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static boolean isForwarded(Context ctx) {
        return ctx.header(FORWARDED) != null;
    }

    /** Answers the request with the owner's answer to the same request. */
    void relay(Context ctx, HostInfo owner) {
        String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
        HttpResponse<byte[]> answer = send(owner, ctx.req().getRequestURI() + query, "the instance holding this part of the assessments");
        ctx.status(answer.statusCode());
        answer.headers().firstValue("Content-Type").ifPresent(ctx::contentType);
        ctx.result(answer.body());
    }

    /** Another instance's part of a scan: a JSON list of {@code type}. */
    <T> List<T> list(HostInfo peer, String pathAndQuery, Class<T> type) {
        HttpResponse<byte[]> answer = send(peer, pathAndQuery, "another aggregator instance");
        if (answer.statusCode() != 200) {
            throw ApiException.unavailable("Another aggregator instance (" + peer.host() + ":" + peer.port() + ") answered "
                    + answer.statusCode() + " for its part of the answer; try again in a moment.");
        }
        try {
            return JSON.readValue(answer.body(), JSON.getTypeFactory().constructCollectionType(List.class, type));
        } catch (IOException e) {
            throw new IllegalStateException("Unreadable answer from " + peer.host() + ":" + peer.port() + " for " + pathAndQuery, e);
        }
    }

    static byte[] write(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + value.getClass().getSimpleName(), e);
        }
    }

    private HttpResponse<byte[]> send(HostInfo peer, String pathAndQuery, String who) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + peer.host() + ":" + peer.port() + pathAndQuery))
                .timeout(TIMEOUT).header(FORWARDED, "1").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ApiException.unavailable("Could not reach " + who + " (" + peer.host() + ":" + peer.port() + "): " + e.getMessage()
                    + "; try again in a moment.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("Interrupted while asking " + who + "; try again.");
        }
    }
}
