package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.ComponentAssessment;
import dev.scaleprojection.aggregator.domain.DebtSignal;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.aggregator.domain.TrendBucket;
import dev.scaleprojection.aggregator.domain.TrendPeriod;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Organizations and systems: the list of organizations, an organization's score with its systems and worst components,
 * a system's score with its components, and a system's GAPS.md — now, or as of a time ({@code asOf}) by folding the
 * history of every component in the scope — and the trends of either.
 */
final class ScopeRoutes {

    static final int DEFAULT_SIGNAL_WEEKS = 4;
    static final int MAX_SIGNAL_WEEKS = 520;

    private final AssessmentQueries queries;
    private final Routing routing;

    ScopeRoutes(AssessmentQueries queries) {
        this.queries = queries;
        this.routing = queries.routing();
    }

    void register(RoutesConfig routes) {
        routes.get("/api/organizations", ctx -> Json.write(ctx, 200, ScopeDocument.organizations(queries.organizations())));
        routes.get("/api/organizations/{org}", ctx -> atOrganization(ctx, this::organization));
        routes.get("/api/organizations/{org}/systems/{system}", ctx -> atSystem(ctx, this::system));
        routes.get("/api/systems/{org}/{system}/gaps.md", this::systemMarkdown);
        routes.get("/api/organizations/{org}/trends", ctx -> atOrganization(ctx, this::organizationTrends));
        routes.get("/api/organizations/{org}/systems/{system}/trends", ctx -> atSystem(ctx, this::systemTrends));
    }

    /** An organization's score is keyed by its name: answered by the instance that holds it (scans merge every instance's part). */
    private void atOrganization(Context ctx, Handler handler) throws Exception {
        if (!routing.relayed(ctx, AggregatorTopology.ORGANIZATION_SCORES_STORE, ctx.pathParam("org"))) {
            handler.handle(ctx);
        }
    }

    private void atSystem(Context ctx, Handler handler) throws Exception {
        if (!routing.relayed(ctx, AggregatorTopology.SYSTEM_SCORES_STORE, ctx.pathParam("org") + "/" + ctx.pathParam("system"))) {
            handler.handle(ctx);
        }
    }

    private void organizationTrends(Context ctx) {
        String org = ctx.pathParam("org");
        queries.organization(org).orElseThrow(() -> ApiException.notFound("No organization '" + org + "' has been assessed."));
        trends(ctx, org);
    }

    private void systemTrends(Context ctx) {
        String org = ctx.pathParam("org");
        String system = ctx.pathParam("system");
        queries.system(org, system).orElseThrow(() -> unknownSystem(org, system));
        trends(ctx, org + "/" + system);
    }

    /** The days and weeks whose period ends after {@code since} (all without it), and the signal over the last {@code weeks} weeks. */
    private void trends(Context ctx, String scope) {
        Optional<Instant> since = QueryParameters.instant(ctx, QueryParameters.SINCE);
        int weeks = QueryParameters.number(ctx, QueryParameters.WEEKS, 1, MAX_SIGNAL_WEEKS).orElse(DEFAULT_SIGNAL_WEEKS);
        List<TrendBucket> weekly = queries.trends(scope, TrendPeriod.WEEK);
        Json.write(ctx, 200, TrendDocument.of(scope, since, DebtSignal.over(weekly, weeks),
                endingAfter(queries.trends(scope, TrendPeriod.DAY), TrendPeriod.DAY, since), endingAfter(weekly, TrendPeriod.WEEK, since)));
    }

    private static List<TrendBucket> endingAfter(List<TrendBucket> buckets, TrendPeriod period, Optional<Instant> since) {
        return since.map(time -> buckets.stream().filter(b -> period.end(b.start()) > time.toEpochMilli()).toList()).orElse(buckets);
    }

    private void organization(Context ctx) {
        String org = ctx.pathParam("org");
        Optional<Instant> asOf = QueryParameters.instant(ctx, QueryParameters.AS_OF);
        ScopeScore score = asOf.isPresent()
                ? scoreAsOf(org + "/", asOf.get()).orElseThrow(() -> notAssessedBy("Organization '" + org + "'", asOf.get()))
                : queries.organization(org).orElseThrow(() -> ApiException.notFound("No organization '" + org + "' has been assessed."));
        Json.write(ctx, 200, ScopeDocument.organization(org, asOf, score));
    }

    private void system(Context ctx) {
        String org = ctx.pathParam("org");
        String system = ctx.pathParam("system");
        Optional<Instant> asOf = QueryParameters.instant(ctx, QueryParameters.AS_OF);
        ScopeScore score = asOf.isPresent()
                ? scoreAsOf(org + "/" + system + "/", asOf.get()).orElseThrow(() -> notAssessedBy(systemName(org, system), asOf.get()))
                : queries.system(org, system).orElseThrow(() -> unknownSystem(org, system));
        Json.write(ctx, 200, ScopeDocument.system(org, system, asOf, score));
    }

    private void systemMarkdown(Context ctx) {
        String org = ctx.pathParam("org");
        String system = ctx.pathParam("system");
        Optional<Instant> asOf = QueryParameters.instant(ctx, QueryParameters.AS_OF);
        Level target = QueryParameters.level(ctx, QueryParameters.LEVEL).orElse(Level.SCALED);
        List<ComponentAssessment> components = asOf.isPresent()
                ? queries.componentsAsOf(org + "/" + system + "/", asOf.get().toEpochMilli())
                : queries.componentsOf(org, system);
        if (components.isEmpty()) {
            throw asOf.map(time -> notAssessedBy(systemName(org, system), time)).orElseGet(() -> unknownSystem(org, system));
        }
        ctx.contentType("text/markdown; charset=utf-8")
                .result(GapsMarkdown.renderSystem(org + "/" + system, queries.scoreOf(components), components, target));
    }

    private Optional<ScopeScore> scoreAsOf(String scopePrefix, Instant asOf) {
        return queries.scoreAsOf(scopePrefix, asOf.toEpochMilli());
    }

    private static String systemName(String org, String system) {
        return "System '" + org + "/" + system + "'";
    }

    private static ApiException unknownSystem(String org, String system) {
        return ApiException.notFound("No system '" + org + "/" + system + "' has been assessed.");
    }

    static ApiException notAssessedBy(String scope, Instant asOf) {
        return ApiException.notFound(scope + " had not been assessed by " + asOf + ".");
    }
}
