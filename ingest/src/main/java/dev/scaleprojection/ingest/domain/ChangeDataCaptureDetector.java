package dev.scaleprojection.ingest.domain;

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
 * Out comes {@code integration.change-data-capture} with the connector, database, host, tables and topic prefix. Not
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
        connector.scalar("table.include.list").ifPresent(tables -> attributes.put("tables", tables));
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
}
