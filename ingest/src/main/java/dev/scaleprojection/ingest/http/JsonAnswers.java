package dev.scaleprojection.ingest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the ingest server's JSON answers; errors are {@code {"message": …}} with the field or fields at fault. */
final class JsonAnswers {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonAnswers() {
    }

    static void write(Context ctx, int status, Map<String, ?> body) {
        try {
            ctx.status(status).contentType("application/json").result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static void error(Context ctx, int status, String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message);
        if (field != null) {
            body.put("field", field);
        }
        write(ctx, status, body);
    }

    /** 400 naming every bad field: {@code problems} are "field: what is wrong" sentences. */
    static void invalid(Context ctx, String what, List<String> problems) {
        Map<String, Object> body = new LinkedHashMap<>();
        List<String> fields = problems.stream().map(p -> p.contains(":") ? p.substring(0, p.indexOf(':')) : p).distinct().toList();
        body.put("message", what + " is invalid and was not published: " + String.join("; ", problems));
        body.put("field", fields.get(0));
        body.put("fields", fields);
        body.put("problems", problems);
        write(ctx, 400, body);
    }
}
