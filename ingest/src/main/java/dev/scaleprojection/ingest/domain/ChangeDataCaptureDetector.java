package dev.scaleprojection.ingest.domain;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A Debezium connector's configuration as Kafka Connect takes it, flat ({@code "connector.class":
 * "io.debezium.connector.postgresql.PostgresConnector"}, yas's {@code kafka/connects/debezium-order.json}) or under
 * {@code config} beside its {@code name}: one database's changes published as a stream of events on Kafka topics.
 * Out comes {@code integration.change-data-capture} with the connector, database, host, tables, topic prefix and whether
 * it publishes an outbox ({@code outbox}: Debezium's outbox event router among its transforms, or only outbox tables
 * included) rather than the tables themselves. Not
 * a {@code contract.*} fact: the events carry the database's own tables, not a language designed for other contexts, so
 * the fact does not raise the component's context level as a published contract does.
 */
public final class ChangeDataCaptureDetector implements Detector {

    public static final String CHANGE_DATA_CAPTURE = "integration.change-data-capture";
    private static final String DEBEZIUM_CONNECTORS = "io.debezium.connector.";

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.CONFIGURATION, FileRole.DEPLOYMENT, FileRole.OTHER);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (!file.name().toLowerCase(Locale.ROOT).endsWith(".json") || !FileKeywords.contains(file, DEBEZIUM_CONNECTORS)) {
            return List.of();
        }
        if (!(JsonTree.parse(file.content()) instanceof TreeNode.Mapping root)) {
            return List.of();
        }
        Optional<TreeNode.Mapping> config = root.get("config").filter(TreeNode.Mapping.class::isInstance)
                .map(TreeNode.Mapping.class::cast);
        TreeNode.Mapping connector = config.orElse(root);
        Optional<String> connectorClass = connector.scalar("connector.class").filter(c -> c.startsWith(DEBEZIUM_CONNECTORS));
        if (connectorClass.isEmpty()) {
            return List.of();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        String technology = connectorClass.get().substring(DEBEZIUM_CONNECTORS.length());
        attributes.put("connector", technology.contains(".") ? technology.substring(0, technology.indexOf('.')) : technology);
        connector.scalar("database.dbname").ifPresent(database -> attributes.put("database", database));
        connector.scalar("database.hostname").ifPresent(host -> attributes.put("host", host));
        Optional<String> tables = connector.scalar("table.include.list");
        tables.ifPresent(list -> attributes.put("tables", list));
        attributes.put("outbox", String.valueOf(publishesAnOutbox(connector, tables)));
        // Debezium 2 names the topics by topic.prefix, Debezium 1 by the logical server's name
        connector.scalar("topic.prefix").or(() -> connector.scalar("database.server.name"))
                .ifPresent(prefix -> attributes.put("topicPrefix", prefix));
        String name = root.scalar("name").orElse(file.name().substring(0, file.name().length() - ".json".length()));
        attributes.put("name", name);
        int line = connector.entry("connector.class").map(TreeNode.Entry::line).orElse(1);
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        return List.of(new Finding(CHANGE_DATA_CAPTURE, Finding.CONFIGURATION, file.path(), line, line,
                Snippets.lines(lines, line, line), name, attributes));
    }

    /**
     * Whether the connector publishes events a service wrote for others (an outbox) rather than its tables' rows:
     * Debezium's {@code io.debezium.transforms.outbox.EventRouter} is one of its transforms, or every included table is
     * named for an outbox ({@code public.outbox}, {@code orders.order_outbox}).
     */
    private static boolean publishesAnOutbox(TreeNode.Mapping connector, Optional<String> tables) {
        boolean router = connector.entries().stream().anyMatch(entry -> entry.key().startsWith("transforms.")
                && entry.key().endsWith(".type") && entry.value() instanceof TreeNode.Scalar type
                && type.value().contains("outbox.EventRouter"));
        return router || tables.filter(list -> !list.isBlank()).map(list -> Arrays.stream(list.split(","))
                .allMatch(table -> table.strip().toLowerCase(Locale.ROOT).contains("outbox"))).orElse(false);
    }
}
