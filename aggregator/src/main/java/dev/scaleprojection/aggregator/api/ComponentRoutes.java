package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.ComponentHistory;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;

/**
 * {@code /api/components/<id>/…}: a component's gaps (now or as of a time, filtered by level, category, concern and scale
 * vector), its GAPS.md (for the gaps in the way of a level), and its history with the cause of every change.
 */
final class ComponentRoutes {

    private final AssessmentQueries queries;
    private final Routing routing;

    ComponentRoutes(AssessmentQueries queries) {
        this.queries = queries;
        this.routing = queries.routing();
    }

    void register(RoutesConfig routes) {
        routes.get("/api/components/<id>/gaps", ctx -> atOwner(ctx, this::gaps));
        routes.get("/api/components/<id>/gaps.md", ctx -> atOwner(ctx, this::gapsMarkdown));
        routes.get("/api/components/<id>/history", ctx -> atOwner(ctx, this::history));
    }

    /** A component's assessment and history live in the partition of its id: answered by the instance that holds it. */
    private void atOwner(Context ctx, Handler handler) throws Exception {
        if (!routing.relayed(ctx, AggregatorTopology.ASSESSMENTS_STORE, ctx.pathParam("id"))) {
            handler.handle(ctx);
        }
    }

    private void gaps(Context ctx) {
        Optional<Instant> asOf = QueryParameters.instant(ctx, QueryParameters.AS_OF);
        var filter = QueryParameters.gapFilter(ctx);
        Json.write(ctx, 200, ReportDocument.component(assessment(ctx.pathParam("id"), asOf), filter));
    }

    private void gapsMarkdown(Context ctx) {
        Optional<Instant> asOf = QueryParameters.instant(ctx, QueryParameters.AS_OF);
        Level target = QueryParameters.level(ctx, QueryParameters.LEVEL).orElse(Level.SCALED);
        ctx.contentType("text/markdown; charset=utf-8").result(GapsMarkdown.render(assessment(ctx.pathParam("id"), asOf), target));
    }

    private void history(Context ctx) {
        String id = ctx.pathParam("id");
        long since = QueryParameters.instant(ctx, QueryParameters.SINCE).map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
        ComponentHistory history = queries.history(id).orElseThrow(() -> unknown(id));
        Json.write(ctx, 200, HistoryDocument.of(history, since, queries.weights()));
    }

    private ComponentAssessment assessment(String id, Optional<Instant> asOf) {
        return asOf.isPresent()
                ? queries.componentAsOf(id, asOf.get().toEpochMilli())
                        .orElseThrow(() -> ApiException.notFound("Component '" + id + "' had not been assessed by " + asOf.get() + "."))
                : queries.component(id).orElseThrow(() -> unknown(id));
    }

    private static ApiException unknown(String id) {
        return ApiException.notFound("No component '" + id + "' has been assessed. Component ids look like org/system/component.");
    }
}
