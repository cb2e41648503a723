package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.Scope;
import dev.scaleprojection.aggregator.domain.ScopeScore;
import dev.scaleprojection.aggregator.topology.AggregatorTopology;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The groups the catalog names between an organization and its components: owning teams ({@code /owners}) and business
 * domains ({@code /domains}) — each listed with its score, or one with its components, now or as of a time. Group names
 * may hold slashes (Backstage refs such as {@code group:default/payments}).
 */
final class GroupRoutes {

    private final AssessmentQueries queries;
    private final Routing routing;

    GroupRoutes(AssessmentQueries queries) {
        this.queries = queries;
        this.routing = queries.routing();
    }

    void register(RoutesConfig routes) {
        routes.get("/api/organizations/{org}/owners", ctx -> list(ctx, Scope.Kind.OWNER));
        routes.get("/api/organizations/{org}/owners/<name>", ctx -> one(ctx, Scope.Kind.OWNER));
        routes.get("/api/organizations/{org}/domains", ctx -> list(ctx, Scope.Kind.DOMAIN));
        routes.get("/api/organizations/{org}/domains/<name>", ctx -> one(ctx, Scope.Kind.DOMAIN));
    }

    private static String store(Scope.Kind kind) {
        return kind == Scope.Kind.OWNER ? AggregatorTopology.OWNER_SCORES_STORE : AggregatorTopology.DOMAIN_SCORES_STORE;
    }

    /** Every group of the kind in the organization, from the organization's score, so the list and the total agree. */
    private void list(Context ctx, Scope.Kind kind) {
        String org = ctx.pathParam("org");
        if (routing.relayed(ctx, AggregatorTopology.ORGANIZATION_SCORES_STORE, org)) {
            return;
        }
        Optional<Instant> asOf = QueryParameters.instant(ctx, QueryParameters.AS_OF);
        ScopeScore organization = asOf.isPresent()
                ? queries.scoreAsOf(org + "/", asOf.get().toEpochMilli())
                        .orElseThrow(() -> ScopeRoutes.notAssessedBy("Organization '" + org + "'", asOf.get()))
                : queries.organization(org).orElseThrow(() -> ApiException.notFound("No organization '" + org + "' has been assessed."));
        Json.write(ctx, 200, ScopeDocument.groups(name(kind), groupsOf(organization, kind)));
    }

    private void one(Context ctx, Scope.Kind kind) {
        String org = ctx.pathParam("org");
        String name = ctx.pathParam("name");
        Scope scope = kind == Scope.Kind.OWNER ? Scope.owner(org, name) : Scope.domain(org, name);
        if (routing.relayed(ctx, store(kind), scope.key())) {
            return;
        }
        Optional<Instant> asOf = QueryParameters.instant(ctx, QueryParameters.AS_OF);
        Optional<ScopeScore> score = asOf.isPresent()
                ? queries.scoreAsOf(org + "/", asOf.get().toEpochMilli()).map(organization -> groupsOf(organization, kind).get(name))
                : queries.group(scope);
        String described = (kind == Scope.Kind.OWNER ? "owner" : "domain") + " '" + name + "' in organization '" + org + "'";
        Json.write(ctx, 200, ScopeDocument.group(org, name(kind), name, asOf, score.orElseThrow(() -> ApiException.notFound(
                asOf.map(time -> "No component had " + described + " at " + time + ".")
                        .orElse("No assessed component has " + described + ".")))));
    }

    private static SortedMap<String, ScopeScore> groupsOf(ScopeScore organization, Scope.Kind kind) {
        return kind == Scope.Kind.OWNER ? organization.byOwner() : organization.byDomain();
    }

    private static String name(Scope.Kind kind) {
        return kind == Scope.Kind.OWNER ? ScopeDocument.OWNER : ScopeDocument.DOMAIN;
    }
}
