package dev.scaleprojection.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a container image runs when it is infrastructure rather than a service of the system, told by the words of its
 * name ({@code postgres:15-alpine}, {@code docker.io/valkey/valkey:9}, {@code jaegertracing/all-in-one},
 * {@code mcr.microsoft.com/mssql/server:2022-latest}, {@code eventuateio/eventuate-mysql8}). The scanner asks it which Dockerfile folders only build a
 * database's image; the classifier which compose dependencies are a service's own infrastructure.
 */
public final class ContainerImages {

    /** The kind of infrastructure an image runs. */
    public enum Role { DATABASE, CACHE, SEARCH, OBJECT_STORAGE, BROKER, COORDINATION, OBSERVABILITY, MAIL, PROXY, IDENTITY }

    private static final Map<String, Role> WORDS = words();

    private ContainerImages() {
    }

    /** The role of the image (registry, path, tag and digest as written); empty for a service's image or a blank name. */
    public static Optional<Role> roleOf(String image) {
        String name = image.toLowerCase(Locale.ROOT);
        int digest = name.indexOf('@');
        name = digest >= 0 ? name.substring(0, digest) : name;
        int tag = name.lastIndexOf(':');
        name = tag > name.lastIndexOf('/') ? name.substring(0, tag) : name;
        // the image's own name before its publisher's: debezium/postgres is a database Debezium publishes
        String[] segments = name.split("/");
        for (int i = segments.length - 1; i >= 0; i--) {
            for (String word : segments[i].split("[._-]")) {
                Optional<Role> role = roleOfWord(word);
                if (role.isPresent()) {
                    return role;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Role> roleOfWord(String word) {
        Role role = WORDS.get(word);
        if (role == null && !word.isEmpty() && Character.isDigit(word.charAt(word.length() - 1))) {
            // a version written into the name is the same image: eventuateio/eventuate-mysql8
            role = WORDS.get(word.replaceFirst("(?<=[a-z])\\d+$", ""));
        }
        return Optional.ofNullable(role);
    }

    private static Map<String, Role> words() {
        Map<String, Role> words = new HashMap<>();
        put(words, Role.DATABASE, "postgres", "postgresql", "postgis", "mysql", "mariadb", "mongo", "mongodb", "mssql",
                "sqlserver", "cassandra", "scylla", "couchbase", "couchdb", "neo4j", "clickhouse", "influxdb", "cockroach",
                "cockroachdb", "dynamodb");
        put(words, Role.CACHE, "redis", "valkey", "keydb", "memcached");
        put(words, Role.SEARCH, "elasticsearch", "opensearch", "solr");
        put(words, Role.OBJECT_STORAGE, "minio", "azurite");
        // change-data capture feeds the broker from a database's log: Debezium, Eventuate's CDC service
        put(words, Role.BROKER, "rabbitmq", "kafka", "redpanda", "zookeeper", "nats", "activemq", "artemis", "pulsar",
                "mosquitto", "debezium", "cdc");
        put(words, Role.COORDINATION, "etcd", "consul", "vault", "dapr", "daprd");
        put(words, Role.OBSERVABILITY, "prometheus", "grafana", "jaeger", "jaegertracing", "zipkin", "otel", "loki", "tempo",
                "kibana", "logstash", "fluentd", "seq");
        put(words, Role.MAIL, "mailhog", "mailpit", "maildev");
        put(words, Role.PROXY, "nginx", "traefik", "envoy", "haproxy", "caddy");
        // identity providers: an auth provider is infrastructure (the method's Clean category names it)
        put(words, Role.IDENTITY, "keycloak", "authelia", "authentik", "zitadel");
        return Map.copyOf(words);
    }

    private static void put(Map<String, Role> words, Role role, String... names) {
        List.of(names).forEach(name -> words.put(name, role));
    }
}
