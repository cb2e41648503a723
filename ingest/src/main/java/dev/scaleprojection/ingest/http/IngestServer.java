package dev.scaleprojection.ingest.http;

import dev.scaleprojection.ingest.continuous.InventoryWatcher;
import dev.scaleprojection.ingest.publish.AssertionPublisher;
import io.javalin.Javalin;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service's HTTP face, on its own port: push webhooks that trigger rescans of inventory repositories
 * ({@link WebhookRoutes}), manual assertions and their revocation ({@link AssertionRoutes}), and a health check.
 * Every answer is JSON; an unknown path is 404 naming it.
 */
public final class IngestServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(IngestServer.class);

    private final Javalin app;

    private IngestServer(Javalin app) {
        this.app = app;
    }

    /**
     * @param webhookSecret the shared secret of push webhooks; without it the webhook answers 503
     * @param watcher       the inventory a push may name; without it every push is ignored
     */
    public static IngestServer start(String host, int port, Optional<String> webhookSecret, Optional<InventoryWatcher> watcher,
                                     AssertionPublisher assertions, Clock clock) {
        return start(host, port, webhookSecret, Optional.empty(), watcher, assertions, clock);
    }

    /** @param assertionToken the bearer token assertions must carry; without it they need none */
    public static IngestServer start(String host, int port, Optional<String> webhookSecret, Optional<String> assertionToken,
                                     Optional<InventoryWatcher> watcher, AssertionPublisher assertions, Clock clock) {
        WebhookRoutes webhooks = new WebhookRoutes(webhookSecret.map(WebhookSignature::new), watcher);
        AssertionRoutes assertionRoutes = new AssertionRoutes(assertions, clock, new BearerToken(assertionToken));
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            webhooks.register(config.routes);
            assertionRoutes.register(config.routes);
            config.routes.get("/health", ctx -> JsonAnswers.write(ctx, 200, Map.of("status", "UP")));
            config.routes.exception(RuntimeException.class, (e, ctx) -> {
                LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
                JsonAnswers.error(ctx, 500, "The request failed: " + e.getMessage(), null);
            });
            config.routes.error(404, ctx -> {
                String type = ctx.res().getContentType();
                if (type == null || !type.startsWith("application/json")) {
                    JsonAnswers.error(ctx, 404, "No such endpoint: " + ctx.method() + " " + ctx.path(), null);
                }
            });
        });
        app.start(host, port);
        return new IngestServer(app);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
