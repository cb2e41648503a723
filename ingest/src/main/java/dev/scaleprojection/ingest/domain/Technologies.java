package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Technology names: by URL scheme, by well-known port, and by words found in a key or the code around a value. */
final class Technologies {

    private static final Map<String, String> BY_SCHEME = Map.ofEntries(
            Map.entry("postgres", "postgresql"), Map.entry("postgresql", "postgresql"), Map.entry("pgsql", "postgresql"),
            Map.entry("mysql", "mysql"), Map.entry("mysqlx", "mysql"), Map.entry("mariadb", "mariadb"),
            Map.entry("mssql", "sqlserver"), Map.entry("sqlserver", "sqlserver"), Map.entry("oracle", "oracle"),
            Map.entry("redis", "redis"), Map.entry("rediss", "redis"), Map.entry("redis-sentinel", "redis"),
            Map.entry("valkey", "redis"), Map.entry("amqp", "rabbitmq"), Map.entry("amqps", "rabbitmq"),
            Map.entry("mongodb", "mongodb"), Map.entry("mongodb+srv", "mongodb"), Map.entry("nats", "nats"),
            Map.entry("kafka", "kafka"), Map.entry("cassandra", "cassandra"), Map.entry("memcached", "memcached"),
            Map.entry("memcache", "memcached"), Map.entry("http", "http"), Map.entry("https", "http"),
            Map.entry("ws", "websocket"), Map.entry("wss", "websocket"), Map.entry("grpc", "grpc"), Map.entry("grpcs", "grpc"),
            Map.entry("tcp", "tcp"), Map.entry("clickhouse", "clickhouse"), Map.entry("influxdb", "influxdb"),
            Map.entry("neo4j", "neo4j"), Map.entry("neo4j+s", "neo4j"), Map.entry("bolt", "neo4j"),
            Map.entry("couchbase", "couchbase"), Map.entry("couchbases", "couchbase"), Map.entry("ldap", "ldap"),
            Map.entry("ldaps", "ldap"), Map.entry("smtp", "smtp"), Map.entry("smtps", "smtp"), Map.entry("ftp", "ftp"),
            Map.entry("sftp", "ftp"), Map.entry("mqtt", "mqtt"), Map.entry("mqtts", "mqtt"), Map.entry("stomp", "stomp"),
            Map.entry("zookeeper", "zookeeper"), Map.entry("etcd", "etcd"), Map.entry("consul", "consul"),
            Map.entry("pulsar", "pulsar"), Map.entry("pulsar+ssl", "pulsar"), Map.entry("elasticsearch", "elasticsearch"));

    private static final Map<Integer, String> BY_PORT = Map.ofEntries(
            Map.entry(5432, "postgresql"), Map.entry(3306, "mysql"), Map.entry(1433, "sqlserver"), Map.entry(1521, "oracle"),
            Map.entry(6379, "redis"), Map.entry(6380, "redis"), Map.entry(26379, "redis"), Map.entry(5672, "rabbitmq"),
            Map.entry(5671, "rabbitmq"), Map.entry(9092, "kafka"), Map.entry(9093, "kafka"), Map.entry(9094, "kafka"),
            Map.entry(19092, "kafka"), Map.entry(29092, "kafka"), Map.entry(27017, "mongodb"), Map.entry(9200, "elasticsearch"),
            Map.entry(9300, "elasticsearch"), Map.entry(9042, "cassandra"), Map.entry(4222, "nats"),
            Map.entry(11211, "memcached"), Map.entry(2181, "zookeeper"), Map.entry(2379, "etcd"), Map.entry(8500, "consul"),
            Map.entry(8086, "influxdb"), Map.entry(7687, "neo4j"), Map.entry(50051, "grpc"), Map.entry(61616, "activemq"),
            Map.entry(1883, "mqtt"), Map.entry(8883, "mqtt"), Map.entry(6650, "pulsar"), Map.entry(8529, "arangodb"),
            Map.entry(8091, "couchbase"), Map.entry(50000, "db2"), Map.entry(4317, "otlp"), Map.entry(4318, "otlp"),
            Map.entry(14250, "jaeger"), Map.entry(14268, "jaeger"), Map.entry(9411, "zipkin"));

    /** {@code words} matches only where one of {@code literals} occurs: a search for them spares most regular expressions. */
    private record Hint(Pattern words, String technology, String... literals) {
    }

    private static final List<Hint> HINTS = List.of(
            new Hint(Pattern.compile("kafka|bootstrap|\\bbrokers?\\b"), "kafka", "kafka", "bootstrap", "broker"),
            new Hint(Pattern.compile("redis|jedis|lettuce|valkey"), "redis", "redis", "jedis", "lettuce", "valkey"),
            new Hint(Pattern.compile("postgres|\\bpg|psycopg|npgsql|pgx"), "postgresql", "postgres", "pg"),
            new Hint(Pattern.compile("mysql|mariadb"), "mysql", "mysql", "mariadb"),
            new Hint(Pattern.compile("mongo"), "mongodb", "mongo"),
            new Hint(Pattern.compile("rabbit|amqp|pika"), "rabbitmq", "rabbit", "amqp", "pika"),
            new Hint(Pattern.compile("elastic|opensearch"), "elasticsearch", "elastic", "opensearch"),
            new Hint(Pattern.compile("cassandra|scylla"), "cassandra", "cassandra", "scylla"),
            new Hint(Pattern.compile("\\bnats"), "nats", "nats"),
            new Hint(Pattern.compile("memcache"), "memcached", "memcache"),
            new Hint(Pattern.compile("zookeeper|\\bzk"), "zookeeper", "zookeeper", "zk"),
            new Hint(Pattern.compile("mssql|sqlserver"), "sqlserver", "mssql", "sqlserver"),
            new Hint(Pattern.compile("smtp|\\bmail"), "smtp", "smtp", "mail"),
            new Hint(Pattern.compile("\\bdb|database|datasource|\\bsql"), "database", "db", "database", "datasource", "sql"));

    private Technologies() {
    }

    private static boolean mentionsAny(String text, String... literals) {
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> byScheme(String scheme) {
        String known = BY_SCHEME.get(scheme);
        if (known == null && scheme.contains("+")) {
            known = BY_SCHEME.get(scheme.substring(0, scheme.indexOf('+')));
        }
        return Optional.ofNullable(known);
    }

    static Optional<String> byPort(String port) {
        try {
            return Optional.ofNullable(BY_PORT.get(Integer.parseInt(port)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The first technology named in lower-case {@code words}, such as a key path or the code before a literal. */
    static Optional<String> hintIn(String words) {
        for (Hint hint : HINTS) {
            if (mentionsAny(words, hint.literals()) && hint.words().matcher(words).find()) {
                return Optional.of(hint.technology());
            }
        }
        return Optional.empty();
    }
}
