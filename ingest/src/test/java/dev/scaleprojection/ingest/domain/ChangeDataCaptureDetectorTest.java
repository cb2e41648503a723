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
