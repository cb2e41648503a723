package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.live.EventBuffer;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The aggregator's HTTP face: JSON queries over the assessments (now and as of a past time), GAPS.md documents,
 * histories, trends, the live event stream, Prometheus metrics, a health check and the dashboard at {@code /}; with
 * several instances, a request goes to the instance that holds its key, and scans merge every instance's part
 * ({@code /internal/v1/…}). Errors are JSON with a message; unknown ids are 404; a bad parameter is 400 naming it;
 * state being restored or moving is 503.
 */
public final class QueryServer implements AutoCloseable {

    /** The dashboard's files on the classpath; unhashed names, so browsers revalidate them (ETag) on every load. */
    static final String DASHBOARD = "/dashboard";
    static final Map<String, String> DASHBOARD_HEADERS = Map.of(
            "Cache-Control", "no-cache",
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");

    static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);

    private final Javalin app;
    private final StreamRoute stream;

    private QueryServer(Javalin app, StreamRoute stream) {
        this.app = app;
        this.stream = stream;
    }

    /** A server without the live event stream ({@code /api/stream} answers 503). */
    public static QueryServer start(String host, int port, AssessmentQueries queries, Supplier<String> metrics) {
        return start(host, port, queries, Optional.empty(), metrics);
    }

    public static QueryServer start(String host, int port, AssessmentQueries queries, Optional<EventBuffer> liveEvents,
                                    Supplier<String> metrics) {
        ComponentRoutes components = new ComponentRoutes(queries);
        ScopeRoutes scopes = new ScopeRoutes(queries);
        GroupRoutes groups = new GroupRoutes(queries);
        PeerRoutes peers = new PeerRoutes(queries);
        StreamRoute stream = new StreamRoute(liveEvents);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            // Stopping waits (up to STOP_TIMEOUT) for requests in flight, the ended live streams' included, to complete.
            config.jetty.modifyServer(server -> {
                server.insertHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = DASHBOARD;
                files.location = Location.CLASSPATH;
                files.headers = DASHBOARD_HEADERS;
            });
            components.register(config.routes);
            scopes.register(config.routes);
            groups.register(config.routes);
            peers.register(config.routes);
            stream.register(config.routes);
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.get()));
            config.routes.get("/health", ctx -> Json.write(ctx, 200, Map.of("status", "UP")));
            config.routes.exception(ApiException.class, (e, ctx) -> Json.error(ctx, e.status(), e.getMessage(), e.parameter()));
            config.routes.exception(InvalidStateStoreException.class, (e, ctx) ->
                    Json.error(ctx, 503, "The assessments are being restored; try again in a moment.", Optional.empty()));
            config.routes.error(404, ctx -> {
                if (!Json.isJson(ctx)) {
                    Json.error(ctx, 404, "No such endpoint: " + ctx.method() + " " + ctx.path(), Optional.empty());
                }
            });
        });
        app.start(host, port);
        return new QueryServer(app, stream);
    }

    public int port() {
        return app.port();
    }

    /** Ends the live streams first (their handlers return), then stops the server once every request is complete. */
    @Override
    public void close() {
        stream.close();
        app.stop();
    }
}
