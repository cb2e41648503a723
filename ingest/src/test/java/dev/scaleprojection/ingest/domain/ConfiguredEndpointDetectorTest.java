package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.ConfiguredEndpointDetector.CONFIGURED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConfiguredEndpointDetectorTest {

    private final ConfiguredEndpointDetector detector = new ConfiguredEndpointDetector(new SnakeYamlParser());

    static Stream<Arguments> configured() {
        return Stream.of(
                arguments("application.yml with a placeholder default", "orders/src/main/resources/application.yml", """
                        spring:
                          datasource:
                            url: ${DB_URL:jdbc:postgresql://localhost:5432/orders}
                            username: orders
                        """, List.of(Expected.of(CONFIGURED, 3, "spring.datasource.url", "technology", "postgresql",
                        "overridable", "true"))),
                arguments("application.yml with Kafka servers as a list", "src/main/resources/application.yaml", """
                        spring:
                          kafka:
                            bootstrap-servers:
                              - kafka-1.prod:19092
                              - kafka-2.prod:19092
                        """, List.of(Expected.of(CONFIGURED, 4, "spring.kafka.bootstrap-servers", "technology", "kafka"),
                        Expected.of(CONFIGURED, 5, "spring.kafka.bootstrap-servers", "host", "kafka-2.prod"))),
                arguments("profiles in one YAML stream", "src/main/resources/application.yml", """
                        spring.redis.host: localhost
                        ---
                        spring.config.activate.on-profile: prod
                        spring.redis.host: redis.prod.internal
                        """, List.of(Expected.of(CONFIGURED, 1, "spring.redis.host", "network", "loopback"),
                        Expected.of(CONFIGURED, 4, "spring.redis.host", "host", "redis.prod.internal"))),
                arguments("properties with escapes and continuations", "src/main/resources/application.properties", """
                        # database
                        spring.datasource.url=jdbc\\:postgresql\\://db.internal\\:5432/orders
                        eureka.client.serviceUrl.defaultZone=\\
                            http://eureka.internal:8761/eureka/
                        spring.application.name=orders
                        """, List.of(Expected.of(CONFIGURED, 2, "spring.datasource.url", "host", "db.internal"),
                        Expected.of(CONFIGURED, 3, "eureka.client.serviceUrl.defaultZone", "port", "8761"))),
                arguments("dotenv with export, quotes and credentials", ".env", """
                        export DATABASE_URL="postgres://app:pw@db:5432/app"
                        REDIS_HOST=redis
                        NODE_ENV=production
                        """, List.of(Expected.of(CONFIGURED, 1, "DATABASE_URL", "value", "postgres://***:***@db:5432/app"),
                        Expected.of(CONFIGURED, 2, "REDIS_HOST", "technology", "redis"))),
                arguments("appsettings.json with comments", "Api/appsettings.json", """
                        {
                          // local development
                          "ConnectionStrings": {
                            "Default": "Server=sql.internal;Database=Shop;User Id=sa;Password=x;",
                          },
                          "Kestrel": { "Endpoints": { "Http": { "Url": "http://0.0.0.0:5000" } } },
                          "AllowedHosts": "*"
                        }
                        """, List.of(Expected.of(CONFIGURED, 4, "ConnectionStrings.Default", "technology", "sqlserver"))),
                arguments("services' addresses in a map named for them (pitstop WebApp appsettings APIServiceLocations)",
                        "src/WebApp/appsettings.Production.json", """
                        {
                          "APIServiceLocations": {
                            "CustomerManagementAPI": "customermanagementapi:5100",
                            "VehicleManagementAPI": "vehiclemanagementapi:5000"
                          },
                          "Retry": { "Policy": "backoff:3" }
                        }
                        """, List.of(Expected.of(CONFIGURED, 3, "APIServiceLocations.CustomerManagementAPI", "host",
                        "customermanagementapi", "port", "5100", "network", "private"),
                        Expected.of(CONFIGURED, 4, "APIServiceLocations.VehicleManagementAPI", "host", "vehiclemanagementapi"))),
                arguments("TOML sections and arrays", "config/app.toml", """
                        [database]
                        url = "postgresql://db.internal:5432/app"
                        [kafka]
                        brokers = ["k1.internal:9092", "k2.internal:9092"]
                        """, List.of(Expected.of(CONFIGURED, 2, "database.url", "technology", "postgresql"),
                        Expected.of(CONFIGURED, 4, "kafka.brokers", "host", "k1.internal"),
                        Expected.of(CONFIGURED, 4, "kafka.brokers", "host", "k2.internal"))),
                arguments("nginx upstreams", "nginx/nginx.conf", """
                        upstream orders {
                            server 10.0.1.15:8080;
                        }
                        """, List.of(Expected.of(CONFIGURED, 2, "upstream.orders.server", "technology", "ip"))),
                arguments(".NET XML configuration", "Api/web.config", """
                        <configuration>
                          <connectionStrings>
                            <add name="Shop" connectionString="Server=sql.internal;Database=Shop;Integrated Security=true" />
                          </connectionStrings>
                        </configuration>
                        """, List.of(Expected.of(CONFIGURED, 3, "add.Shop.connectionString", "technology", "sqlserver"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configured")
    void reportsEndpointsSetInConfiguration(String description, String path, String content, List<Expected> expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i)).matches(expected.get(i)::matches, expected.get(i).toString());
            assertThat(findings.get(i).source()).isEqualTo(Finding.CONFIGURATION);
        }
    }

    static Stream<Arguments> notConfigured() {
        return Stream.of(
                arguments("bare placeholders", "src/main/resources/application.yml", """
                        spring:
                          datasource:
                            url: ${DB_URL}
                          data:
                            redis:
                              url: ${REDIS_URL:?missing}
                        """),
                arguments("test configuration", "src/test/resources/application.yml", """
                        spring.datasource.url: jdbc:postgresql://localhost:5432/test
                        """),
                arguments("an example env file", ".env.example", "DB_URL=postgres://localhost:5432/app\n"),
                arguments("the JSON Schema of a configuration, with examples (kratos' embedx/config.schema.json)",
                        "embedx/config.schema.json", """
                        {
                          "$id": "https://github.com/ory/kratos/embedx/config.schema.json",
                          "$schema": "http://json-schema.org/draft-07/schema#",
                          "title": "Ory Kratos Configuration",
                          "properties": {
                            "courier": {
                              "properties": {
                                "smtp": {
                                  "properties": {
                                    "connection_uri": {
                                      "type": "string",
                                      "examples": ["smtps://foo:bar@my-mailserver:1234/?skip_ssl_verify=false"]
                                    }
                                  }
                                }
                              }
                            },
                            "admin_url": {"type": "string", "examples": ["https://kratos.private-network:4434/"]}
                          }
                        }
                        """),
                arguments("translated messages (spring-petclinic's messages_de.properties)",
                        "src/main/resources/messages/messages_de.properties", """
                        address=Adresse
                        host=Gastgeber
                        """),
                arguments("a locale file", "web/src/locales/de/common.json", """
                        {"server": "Server", "address": "Adresse"}
                        """),
                arguments("bind addresses and names", "src/main/resources/application.properties", """
                        server.address=0.0.0.0
                        server.port=8080
                        app.version=10.2.0.1
                        spring.application.name=orders
                        logging.level.root=info
                        """),
                arguments("a URL left for the user to change (jhipster-sample-app's application-prod.yml)",
                        "src/main/resources/config/application-prod.yml", """
                        jhipster:
                          mail:
                            base-url: http://my-server-url-to-change # Modify according to your server's URL
                        """),
                arguments("a switch whose key ends in address (piggymetrics' eureka prefer-ip-address)",
                        "src/main/resources/bootstrap.yml", """
                        eureka:
                          instance:
                            prefer-ip-address: true
                            use-address: off
                        """),
                arguments("the host names an ingress serves, as coolstore's chart values list them",
                        "config/ingress.yaml", """
                        hosts:
                          web: coolstore.local
                          api: api.coolstore.local
                        """),
                arguments("values that say a host is not set yet, or a token a start script replaces (TeaStore's kieker config)",
                        "dockerbase/kieker.monitoring.properties", """
                        rabbitmq.host=unset
                        redis.host=none
                        kieker.monitoring.writer.amqp.ChunkingAmqpWriter.uri=amqp://admin:nimda@RABBITMQ_PORT_PLACEHOLDER
                        """),
                arguments("a compose file is a descriptor, not configuration", "docker-compose.yml", """
                        services:
                          db:
                            environment:
                              URL: postgres://db:5432/x
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notConfigured")
    void reportsNothingWithoutAConfiguredEndpoint(String description, String path, String content) {
        // what a file says for the whole scan to read (a server's port) is no report
        assertThat(detector.detect(new SourceFile(path, content))).filteredOn(f -> !f.kind().startsWith("scan.")).isEmpty();
    }

    @Test
    void refusesMalformedYamlWithAReason() {
        SourceFile broken = new SourceFile("config/application.yml", "spring:\n  url: [unclosed\n");

        assertThatThrownBy(() -> detector.detect(broken)).isInstanceOf(MalformedDocumentException.class)
                .hasMessageStartingWith("malformed-yaml: ");
    }

    @Test
    void refusesMalformedJsonWithAReason() {
        SourceFile broken = new SourceFile("Api/appsettings.json", "{ \"a\": }");

        assertThatThrownBy(() -> detector.detect(broken)).isInstanceOf(MalformedDocumentException.class)
                .hasMessageStartingWith("malformed-json: ");
    }
}
