package dev.scaleprojection.ingest.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an endpoint addresses a service by its logical name rather than one machine: an application protocol
 * (HTTP, gRPC, WebSocket, or a bare {@code name:port}) to single-label hosts that service discovery or the cluster's DNS
 * resolves ({@code http://basket-api}, {@code orders:8080}), or .NET Aspire's {@code https+http://} discovery scheme.
 * Datastores and brokers ({@code redis://cache}, {@code postgres://db}) stay infrastructure whatever their host.
 */
final class ServiceNames {

    private static final Set<String> APPLICATION_PROTOCOLS = Set.of("http", "grpc", "websocket", "tcp");
    private static final Set<String> DISCOVERY_SCHEMES = Set.of("https+http", "http+https");

    private ServiceNames() {
    }

    static boolean isServiceName(Endpoint endpoint) {
        if (endpoint.scheme().map(s -> DISCOVERY_SCHEMES.contains(s.toLowerCase(Locale.ROOT))).orElse(false)) {
            return true;
        }
        return APPLICATION_PROTOCOLS.contains(endpoint.technology())
                && Arrays.stream(endpoint.host().split(",")).allMatch(ServiceNames::isSingleLabel);
    }

    private static boolean isSingleLabel(String host) {
        return Regexes.matches(host, "[A-Za-z][A-Za-z0-9_-]*") && !Hosts.isLoopback(host);
    }
}
