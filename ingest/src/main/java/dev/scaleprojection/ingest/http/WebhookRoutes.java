package dev.scaleprojection.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.scaleprojection.ingest.continuous.InventoryWatcher;
import dev.scaleprojection.ingest.inventory.InventoryRepository;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/webhooks/github}: GitHub-style push notifications. The signature is checked first (missing or
 * malformed 401, wrong 403; 503 when no secret is configured); {@code ping} is answered; a push to the followed branch
 * of an inventory repository queues its fetch and rescan (202); anything else is acknowledged as ignored, saying why.
 */
final class WebhookRoutes {

    static final String PATH = "/api/webhooks/github";
    static final String EVENT_HEADER = "X-GitHub-Event";

    private final Optional<WebhookSignature> signature;
    private final Optional<InventoryWatcher> watcher;

    WebhookRoutes(Optional<WebhookSignature> signature, Optional<InventoryWatcher> watcher) {
        this.signature = signature;
        this.watcher = watcher;
    }

    void register(RoutesConfig routes) {
        routes.post(PATH, this::receive);
    }

    private void receive(Context ctx) {
        if (signature.isEmpty()) {
            JsonAnswers.error(ctx, 503, "The webhook is off: no secret is configured (webhook.secret, or env "
                    + "SCALE_PROJECTION_WEBHOOK_SECRET)", "webhook.secret");
            return;
        }
        byte[] body = ctx.bodyAsBytes();
        switch (signature.get().verify(ctx.header(WebhookSignature.HEADER), body)) {
            case MISSING -> {
                JsonAnswers.error(ctx, 401, "The request is not signed: " + WebhookSignature.HEADER + " is required", WebhookSignature.HEADER);
                return;
            }
            case MALFORMED -> {
                JsonAnswers.error(ctx, 401, WebhookSignature.HEADER + " must be sha256=<64 hex digits>", WebhookSignature.HEADER);
                return;
            }
            case MISMATCH -> {
                JsonAnswers.error(ctx, 403, "The signature does not match the body under the configured secret", WebhookSignature.HEADER);
                return;
            }
            case VALID -> { }
        }
        String event = Optional.ofNullable(ctx.header(EVENT_HEADER)).orElse("");
        if (event.equals("ping")) {
            JsonAnswers.write(ctx, 200, Map.of("message", "pong"));
            return;
        }
        if (!event.equals("push")) {
            JsonAnswers.write(ctx, 202, Map.of("message", "Ignored: only push events trigger a scan, this was '" + event + "'",
                    "ignored", true));
            return;
        }
        JsonNode push;
        try {
            push = JsonAnswers.MAPPER.readTree(body);
        } catch (IOException e) {
            JsonAnswers.error(ctx, 400, "The push event is not JSON: " + e.getMessage().lines().findFirst().orElse(""), "body");
            return;
        }
        if (push == null || !push.path("repository").isObject()) {
            JsonAnswers.error(ctx, 400, "The push event names no repository", "repository");
            return;
        }
        push(ctx, push);
    }

    private void push(Context ctx, JsonNode push) {
        JsonNode repository = push.path("repository");
        List<String> names = new ArrayList<>();
        for (String field : List.of("clone_url", "ssh_url", "git_url", "html_url", "url", "full_name")) {
            if (repository.path(field).isTextual()) {
                names.add(repository.path(field).asText());
            }
        }
        String described = repository.path("full_name").asText(names.isEmpty() ? "(unnamed)" : names.get(0));
        Optional<InventoryRepository> listed = watcher.flatMap(w -> w.inventory().matching(names));
        if (listed.isEmpty()) {
            JsonAnswers.write(ctx, 202, Map.of("message", "Ignored: " + described + " is not in the inventory", "ignored", true));
            return;
        }
        InventoryRepository target = listed.get();
        String ref = push.path("ref").asText("");
        String branch = target.branch().orElse(repository.path("default_branch").asText(""));
        if (push.path("deleted").asBoolean(false) || !branch.isEmpty() && !ref.equals("refs/heads/" + branch)) {
            JsonAnswers.write(ctx, 202, Map.of("message", "Ignored: the push to " + ref + " is not to the followed branch "
                    + (branch.isEmpty() ? "(remote default)" : branch), "ignored", true, "repository", target.name()));
            return;
        }
        boolean queued = watcher.get().requestRescan(target.name());
        JsonAnswers.write(ctx, 202, Map.of("message", queued ? "Rescan of " + target.name() + " queued"
                : "A rescan of " + target.name() + " is already queued", "repository", target.name(), "ignored", false));
    }
}
