package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.TrendPeriod;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code /internal/v1/…}: this instance's own part of a scan, for the other aggregator instances that merge it into
 * their answer — a scope's assessments (now or as of a time), a scope's trend buckets, the organizations' scores. Read
 * from the local stores only, never passed on. Not part of the public API.
 */
final class PeerRoutes {

    static final String ASSESSMENTS = "/internal/v1/assessments";
    static final String TRENDS = "/internal/v1/trends";
    static final String ORGANIZATIONS = "/internal/v1/organizations";
    private static final String PREFIX = "prefix";
    private static final String AS_OF = "asOfMillis";
    private static final String SCOPE = "scope";
    private static final String PERIOD = "period";

    private final AssessmentQueries queries;

    PeerRoutes(AssessmentQueries queries) {
        this.queries = queries;
    }

    static String assessments(String prefix, Optional<Long> asOf) {
        return ASSESSMENTS + "?" + PREFIX + "=" + encode(prefix) + asOf.map(time -> "&" + AS_OF + "=" + time).orElse("");
    }

    static String trends(String scope, TrendPeriod period) {
        return TRENDS + "?" + SCOPE + "=" + encode(scope) + "&" + PERIOD + "=" + period.name();
    }

    void register(RoutesConfig routes) {
        routes.get(ASSESSMENTS, ctx -> {
            String prefix = required(ctx, PREFIX);
            Optional<Long> asOf = Optional.ofNullable(ctx.queryParam(AS_OF)).map(value -> {
                try {
                    return Long.parseLong(value);
                } catch (NumberFormatException e) {
                    throw ApiException.badParameter(AS_OF, value, "milliseconds since the epoch");
                }
            });
            json(ctx, asOf.isPresent() ? queries.localComponentsAsOf(prefix, asOf.get()) : queries.localAssessmentsUnder(prefix));
        });
        routes.get(TRENDS, ctx -> json(ctx, queries.localTrends(required(ctx, SCOPE), period(required(ctx, PERIOD)))));
        routes.get(ORGANIZATIONS, ctx -> json(ctx, queries.localOrganizations()));
    }

    private static TrendPeriod period(String value) {
        try {
            return TrendPeriod.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badParameter(PERIOD, value, "day or week");
        }
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            throw ApiException.badParameter(name, "", "a value");
        }
        return value;
    }

    private static void json(Context ctx, Object body) {
        ctx.contentType("application/json").result(PeerClient.write(body));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
