package dev.scaleprojection.classifier.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Tells a container image that runs infrastructure — a database, cache, broker, coordination service, observability
 * backend or proxy (`postgres:15-alpine`, `docker.io/valkey/valkey:9`, `jaegertracing/all-in-one`) — from one that runs
 * a service, by the words of its name. A service that depends only on such containers is not composed with other
 * services: they are its infrastructure.
 */
final class InfrastructureImages {

    private static final Set<String> WORDS = Set.of(
            "postgres", "postgresql", "postgis", "mysql", "mariadb", "mongo", "mongodb", "redis", "valkey", "keydb",
            "memcached", "mssql", "sqlserver", "cassandra", "scylla", "couchbase", "couchdb", "neo4j", "clickhouse",
            "influxdb", "cockroach", "elasticsearch", "opensearch", "solr", "minio", "azurite",
            "rabbitmq", "kafka", "redpanda", "zookeeper", "nats", "activemq", "artemis", "pulsar", "mosquitto",
            "etcd", "consul", "vault", "dapr", "daprd",
            "prometheus", "grafana", "jaeger", "jaegertracing", "zipkin", "otel", "loki", "tempo", "kibana", "logstash",
            "fluentd", "seq", "mailhog", "mailpit", "maildev",
            "nginx", "traefik", "envoy", "haproxy", "caddy");

    private InfrastructureImages() {
    }

    /** The image (registry, path and tag as a compose file writes it) names infrastructure; blank names nothing. */
    static boolean isInfrastructure(String image) {
        String name = image.toLowerCase(Locale.ROOT);
        int digest = name.indexOf('@');
        name = digest >= 0 ? name.substring(0, digest) : name;
        int tag = name.lastIndexOf(':');
        name = tag > name.lastIndexOf('/') ? name.substring(0, tag) : name;
        for (String word : name.split("[/._-]")) {
            if (WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
