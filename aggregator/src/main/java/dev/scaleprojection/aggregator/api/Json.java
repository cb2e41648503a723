package dev.scaleprojection.aggregator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Writes the API's JSON: indented documents, and errors as {@code {"message": …}} with the parameter at fault if any. */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper ONE_LINE = new ObjectMapper();
    private static final String CONTENT_TYPE = "application/json";

    private Json() {
    }

    static void write(Context ctx, int status, Object body) {
        ctx.status(status).contentType(CONTENT_TYPE).result(text(body));
    }

    static void error(Context ctx, int status, String message, Optional<String> parameter) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("message", message);
        parameter.ifPresent(name -> body.put("parameter", name));
        write(ctx, status, body);
    }

    /** Whether the response is already JSON (an answer of ours, as opposed to the server's default text). */
    static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith(CONTENT_TYPE);
    }

    static String text(Object body) {
        return write(MAPPER, body);
    }

    /** One line of JSON, as an event stream's data field needs it. */
    static String line(Object body) {
        return write(ONE_LINE, body);
    }

    private static String write(ObjectMapper mapper, Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + body.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
