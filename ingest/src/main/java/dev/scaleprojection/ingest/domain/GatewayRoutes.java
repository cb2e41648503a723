package dev.scaleprojection.ingest.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Routes an API gateway's own configuration sets ({@code application*.yml}, {@code bootstrap*.properties} …): a Spring
 * Cloud Gateway route's {@code uri} ({@code lb://vets-service}: the service by its discovery name, a URL of a service
 * only the service network resolves, or a property named for a service: {@code ${customer.customerServiceUrl}}), a
 * Zuul route's {@code serviceId} or {@code url}, an Ocelot route's {@code ServiceName} or downstream {@code Host}
 * ({@code ocelot.json}), and a YARP cluster's destination {@code Address} ({@code ReverseProxy} in
 * {@code appsettings*.json}: aspnetrun's YarpApiGateway). Each is the gateway's synchronous call to that service
 * ({@code coupling.sync-internal-call}, style gateway-route, zuul-route, ocelot-route or yarp-route). A file named for
 * an application ({@code shared/gateway.yml} of a config server) configures that application, not the component whose
 * folder holds it, and gives nothing here.
 */
final class GatewayRoutes {

    private static final Pattern OWN_CONFIGURATION = Pattern.compile("(?i)(application|bootstrap)([-_.][\\w.-]+)?\\.(ya?ml|properties)");
    private static final Pattern GATEWAY_ROUTE = Pattern.compile(
            "spring\\.cloud\\.gateway(?:\\.server\\.(?:webflux|webmvc)|\\.mvc)?\\.routes(?:\\[\\d+])?\\.uri");
    private static final Pattern PROPERTY_URI = Pattern.compile("\\$\\{([\\w.-]+)(?::[^}]*)?}/?");
    private static final Pattern ZUUL_ROUTE = Pattern.compile("zuul\\.routes\\.[\\w-]+\\.(serviceId|service-id|url)");
    /** Ocelot's routes ({@code ReRoutes} before version 16): a service by its discovery name, or a downstream host. */
    private static final Pattern OCELOT_ROUTE = Pattern.compile("(?:Re)?Routes\\.(?:ServiceName|DownstreamHostAndPorts\\.Host)");
    /** A YARP reverse proxy's cluster destination, in the gateway's {@code appsettings*.json}. */
    private static final Pattern YARP_DESTINATION = Pattern.compile("ReverseProxy\\.Clusters\\.[^.]+\\.Destinations\\.[^.]+\\.Address");

    private GatewayRoutes() {
    }

    /**
     * A route to the URL a property holds, {@code uri: ${orderhistory.destinations.orderHistoryServiceUrl}} (eventuate's
     * api-gateway), goes to the service the property is named for, whatever the URL is on a given machine.
     */
    private static Optional<String> namedBy(String uri) {
        Matcher placeholder = PROPERTY_URI.matcher(uri.strip());
        return placeholder.matches() ? ServiceTargets.ofName(placeholder.group(1)) : Optional.empty();
    }

    /**
     * Whether the file is a Spring application's own configuration that mentions a gateway's routes, or an Ocelot
     * gateway's JSON configuration ({@code ocelot.json}, with its {@code DownstreamPathTemplate}s).
     */
    static boolean mayHold(SourceFile file) {
        return OWN_CONFIGURATION.matcher(file.name()).matches() && file.content().contains("routes") || ocelot(file)
                || yarp(file);
    }

    private static boolean yarp(SourceFile file) {
        return file.name().startsWith("appsettings") && file.name().endsWith(".json") && file.content().contains("ReverseProxy");
    }

    private static boolean ocelot(SourceFile file) {
        return file.name().endsWith(".json") && file.content().contains("DownstreamPathTemplate");
    }

    /** The call a route entry makes, if the entry is a route to an internal service. */
    static Optional<Finding> call(SourceFile file, ConfigEntry entry, LexedSource lines) {
        String key = entry.key();
        Optional<String> target;
        String style;
        if (GATEWAY_ROUTE.matcher(key).matches()) {
            target = ServiceTargets.ofAddress(entry.value()).or(() -> namedBy(entry.value()));
            style = "gateway-route";
        } else if (OCELOT_ROUTE.matcher(key).matches() && ocelot(file)) {
            target = ServiceTargets.ofHost(entry.value());
            style = "ocelot-route";
        } else if (YARP_DESTINATION.matcher(key).matches() && yarp(file)) {
            target = ServiceTargets.ofAddress(entry.value());
            style = "yarp-route";
        } else {
            Matcher zuul = ZUUL_ROUTE.matcher(key);
            if (!zuul.matches()) {
                return Optional.empty();
            }
            target = zuul.group(1).equals("url") ? ServiceTargets.ofAddress(entry.value())
                    : ServiceTargets.ofHost(entry.value());
            style = "zuul-route";
        }
        return target.map(service -> {
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("target", service);
            attributes.put("protocol", "http");
            attributes.put("style", style);
            attributes.put("value", service + " " + style);
            return new Finding(InternalServiceCallDetector.SYNC_CALL, Finding.CONFIGURATION, file.path(), entry.line(),
                    entry.line(), Snippets.lines(lines, entry.line(), entry.line()), key, attributes);
        });
    }
}
