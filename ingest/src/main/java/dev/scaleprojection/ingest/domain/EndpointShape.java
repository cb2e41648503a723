package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;

/**
 * What a value can be as an endpoint, as far as its text tells without a context (scheme, hosts, ports), read once by
 * {@link EndpointParser#read}; judged in a context by {@link #in}, which is cheap.
 */
sealed interface EndpointShape permits EndpointShape.NoEndpoint, EndpointShape.Fixed, EndpointShape.Url,
        EndpointShape.Authorities {

    Optional<Endpoint> in(EndpointContext context);

    /** Whether {@link #in} gives different answers in different contexts. */
    default boolean dependsOnContext() {
        return false;
    }

    /** Not an endpoint in any context. */
    record NoEndpoint() implements EndpointShape {

        @Override
        public Optional<Endpoint> in(EndpointContext context) {
            return Optional.empty();
        }
    }

    /** A JDBC URL or a connection string: the same endpoint in every context. */
    record Fixed(Endpoint endpoint) implements EndpointShape {

        @Override
        public Optional<Endpoint> in(EndpointContext context) {
            return Optional.of(endpoint);
        }
    }

    /**
     * A URL of an infrastructure technology with usable hosts: never where a service binds its own loopback address;
     * a {@code tcp} URL takes its technology from the port or the context.
     */
    record Url(String scheme, String technology, List<HostPort> hosts, boolean loopback) implements EndpointShape {

        @Override
        public Optional<Endpoint> in(EndpointContext context) {
            HostPort first = hosts.get(0);
            if (context.bind() && loopback) {
                return Optional.empty();
            }
            String resolved = technology.equals("tcp")
                    ? first.port().flatMap(Technologies::byPort).or(context::technologyHint).orElse("tcp") : technology;
            return Optional.of(EndpointParser.endpoint(resolved, Optional.of(scheme), hosts));
        }

        @Override
        public boolean dependsOnContext() {
            return loopback || technology.equals("tcp");
        }
    }

    /** {@code host:port[,host:port…]}, a bare IPv4 address, or a bare host: judged by the context. */
    record Authorities(List<HostPort> hosts) implements EndpointShape {

        @Override
        public Optional<Endpoint> in(EndpointContext context) {
            return EndpointParser.fromAuthorities(hosts, context);
        }

        @Override
        public boolean dependsOnContext() {
            return true;
        }
    }
}
