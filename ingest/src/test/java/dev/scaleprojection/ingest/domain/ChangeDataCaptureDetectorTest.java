package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChangeDataCaptureDetectorTest {

    private final ChangeDataCaptureDetector detector = new ChangeDataCaptureDetector();

    @Test
    void reportsADebeziumConnectorPublishingOneDatabasesChanges() {
        // given yas's connector for the order service's database, flat as Kafka Connect's PUT /connectors/…/config takes it
        List<Finding> findings = detector.detect(new SourceFile("kafka/connects/debezium-order.json", """
                {
                  "connector.class": "io.debezium.connector.postgresql.PostgresConnector",
                  "topic.prefix": "dborder",
                  "database.dbname": "order",
                  "database.hostname": "postgres",
                  "table.include.list": "public.order",
                  "slot.name": "order_slot"
                }
                """));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(ChangeDataCaptureDetector.CHANGE_DATA_CAPTURE);
            assertThat(finding.startLine()).isEqualTo(2);
            assertThat(finding.attributes()).containsEntry("connector", "postgresql").containsEntry("database", "order")
                    .containsEntry("host", "postgres").containsEntry("tables", "public.order")
                    .containsEntry("topicPrefix", "dborder").containsEntry("name", "debezium-order")
                    // the order table's rows as they are, no outbox
                    .containsEntry("outbox", "false")
                    // the folder of the connectors (connects) is no bounded context; the database's owner is elsewhere
                    .doesNotContainKey("context");
        });
    }

    @Test
    void readsTheConfigOfANamedConnectorAndDebezium1sServerName() {
        List<Finding> findings = detector.detect(new SourceFile("connectors/inventory.json", """
                {"name": "inventory-connector",
                 "config": {"connector.class": "io.debezium.connector.mysql.MySqlConnector",
                            "database.server.name": "dbserver1", "database.include.list": "inventory"}}
                """));

        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.attributes())
                .containsEntry("connector", "mysql").containsEntry("topicPrefix", "dbserver1")
                .containsEntry("name", "inventory-connector"));
    }

    @ParameterizedTest(name = "{0}: an outbox {2}")
    @CsvSource(delimiter = '|', value = {
            // Debezium's outbox event router turns an outbox table's rows into the events the service wrote
            "router | {\"connector.class\": \"io.debezium.connector.postgresql.PostgresConnector\", \"table.include.list\":"
                    + " \"public.events\", \"transforms\": \"outbox\", \"transforms.outbox.type\":"
                    + " \"io.debezium.transforms.outbox.EventRouter\"} | true",
            "only outbox tables | {\"connector.class\": \"io.debezium.connector.mysql.MySqlConnector\", \"table.include.list\":"
                    + " \"orders.order_outbox,payments.outbox\"} | true",
            "an outbox among the tables | {\"connector.class\": \"io.debezium.connector.mysql.MySqlConnector\","
                    + " \"table.include.list\": \"orders.outbox,orders.order_line\"} | false",
            "every table of the database | {\"connector.class\": \"io.debezium.connector.mysql.MySqlConnector\"} | false"})
    void tellsAnOutboxFromTheTablesThemselves(String description, String content, boolean outbox) {
        assertThat(detector.detect(new SourceFile("connectors/orders.json", content))).singleElement()
                .satisfies(finding -> assertThat(finding.attribute("outbox")).isEqualTo(String.valueOf(outbox)));
    }

    @ParameterizedTest(name = "{0} is no change-data capture")
    @CsvSource(delimiter = '|', value = {
            // a sink writes topics into a store, it publishes nothing
            "sink.json | {\"connector.class\": \"io.confluent.connect.jdbc.JdbcSinkConnector\", \"topics\": \"orders\"}",
            // a document that only names Debezium's package
            "notes.json | {\"description\": \"see io.debezium.connector.postgresql\"}",
            "connector.yaml | 'connector.class: io.debezium.connector.postgresql.PostgresConnector'"})
    void reportsNothingElse(String path, String content) {
        assertThat(detector.detect(new SourceFile(path, content))).isEmpty();
    }
}
