package dev.scaleprojection.aggregator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;

/**
 * The aggregator's HTTP face: JSON queries over the current assessments, Prometheus metrics and a health check.
 * Errors are JSON with a message; unknown ids are 404; state still being restored is 503.
 */
public final class QueryServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Javalin app;

    private QueryServer(Javalin app) {
        this.app = app;
    }

    public static QueryServer start(String host, int port, AssessmentQueries queries, Supplier<String> metrics) {
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/api/components/<id>/gaps", ctx -> {
                String id = ctx.pathParam("id");
                queries.component(id).ifPresentOrElse(
                        a -> json(ctx, 200, ReportDocument.component(a)),
                        () -> json(ctx, 404, error("No component '" + id + "' has been assessed. Component ids look like org/system/component.")));
            });
            config.routes.get("/api/components/<id>/gaps.md", ctx -> {
                String id = ctx.pathParam("id");
                queries.component(id).ifPresentOrElse(
                        a -> ctx.contentType("text/markdown; charset=utf-8").result(GapsMarkdown.render(a)),
                        () -> json(ctx, 404, error("No component '" + id + "' has been assessed.")));
            });
            config.routes.get("/api/organizations/{org}", ctx -> {
                String org = ctx.pathParam("org");
                queries.organization(org).ifPresentOrElse(
                        score -> json(ctx, 200, ReportDocument.of(org, score, queries.componentsOf(org))),
                        () -> json(ctx, 404, error("No organization '" + org + "' has been assessed.")));
            });
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get()));
            config.routes.get("/health", ctx -> json(ctx, 200, Map.of("status", "UP")));
            config.routes.exception(InvalidStateStoreException.class, (e, ctx) ->
                    json(ctx, 503, error("The assessments are being restored; try again in a moment.")));
            config.routes.error(404, ctx -> {
                if (ctx.result() == null) {
                    json(ctx, 404, error("No such endpoint: " + ctx.method() + " " + ctx.path()));
                }
            });
        });
        app.start(host, port);
        return new QueryServer(app);
    }

    public int port() {
        return app.port();
    }

    private static Map<String, String> error(String message) {
        return Map.of("message", message);
    }

    private static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }
}
