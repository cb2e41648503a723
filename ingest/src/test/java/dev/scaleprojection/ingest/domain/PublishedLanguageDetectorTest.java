package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.PublishedLanguageDetector.ASYNCAPI;
import static dev.scaleprojection.ingest.domain.PublishedLanguageDetector.AVRO;
import static dev.scaleprojection.ingest.domain.PublishedLanguageDetector.JSON_SCHEMA;
import static dev.scaleprojection.ingest.domain.PublishedLanguageDetector.OPENAPI;
import static dev.scaleprojection.ingest.domain.PublishedLanguageDetector.PROTOBUF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PublishedLanguageDetectorTest {

    private final PublishedLanguageDetector detector = new PublishedLanguageDetector(new SnakeYamlParser());

    static Stream<Arguments> contracts() {
        return Stream.of(
                arguments("an OpenAPI document of a module", "orders/src/main/resources/openapi.yaml", """
                        openapi: 3.0.3
                        info:
                          title: Orders API
                          version: 1.4.0
                        paths:
                          /orders:
                            get: {}
                          /orders/{id}:
                            get: {}
                        """, Expected.of(OPENAPI, 1, "", "format", "openapi", "specVersion", "3.0.3", "title", "Orders API",
                        "version", "1.4.0", "paths", "2", "context", "orders")),
                arguments("OpenAPI documents in an api/openapi folder (wild-workouts)", "api/openapi/trainer.yml", """
                        openapi: "3.0.0"
                        info:
                          version: 1.0.0
                          title: Wild Workouts trainer
                        paths:
                          /trainer/calendar:
                            get: {}
                        """, Expected.of(OPENAPI, 1, "", "format", "openapi", "title", "Wild Workouts trainer", "paths", "1")),
                arguments("a Swagger 2 JSON document", "services/payments/api/swagger.json", """
                        {"swagger": "2.0", "info": {"title": "Payments", "version": "1"}, "paths": {"/pay": {}}}
                        """, Expected.of(OPENAPI, 1, "", "format", "swagger", "paths", "1", "context", "payments")),
                arguments("an AsyncAPI document", "contracts/shipping/asyncapi.yml", """
                        asyncapi: 2.6.0
                        info:
                          title: Shipping events
                          version: 2.0.0
                        channels:
                          shipment.dispatched: {}
                        """, Expected.of(ASYNCAPI, 1, "", "title", "Shipping events", "channels", "1", "context", "shipping")),
                arguments("a protobuf service", "proto/inventory/v1/inventory.proto", """
                        syntax = "proto3";
                        // the inventory API
                        package acme.inventory.v1;

                        service InventoryService {
                          rpc Reserve(ReserveRequest) returns (ReserveResponse);
                          rpc Release(ReleaseRequest) returns (ReleaseResponse);
                        }
                        message ReserveRequest { string sku = 1; }
                        message ReserveResponse { bool ok = 1; }
                        """, Expected.of(PROTOBUF, 3, "", "package", "acme.inventory.v1", "services", "InventoryService",
                        "messages", "2", "rpcs", "2", "context", "inventory")),
                arguments("a protobuf package that only begins like a standard one", "proto/grpcdemo/orders.proto", """
                        syntax = "proto3";
                        package grpcdemo.orders;
                        service Orders { rpc Place(PlaceRequest) returns (PlaceReply); }
                        message PlaceRequest { string sku = 1; }
                        message PlaceReply { bool ok = 1; }
                        """, Expected.of(PROTOBUF, 2, "", "package", "grpcdemo.orders", "services", "Orders",
                        "messages", "2", "rpcs", "1", "context", "grpcdemo")),
                arguments("a protobuf of the organization that mentions a standard package", "protos/demo.proto", """
                        syntax = "proto3";
                        package hipstershop;
                        import "google/protobuf/timestamp.proto";
                        service CartService { rpc AddItem(AddItemRequest) returns (Empty); }
                        message AddItemRequest { google.protobuf.Timestamp at = 1; }
                        message Empty {}
                        """, Expected.of(PROTOBUF, 2, "", "package", "hipstershop", "services", "CartService",
                        "messages", "2", "rpcs", "1")),
                // a service's configuration schema is no contract (below), but a gRPC API in a folder of that name
                // and messages-only protos elsewhere (events) are
                arguments("a protobuf service in a config folder", "app/config/api/config.proto", """
                        syntax = "proto3";
                        package acme.config.v1;
                        service ConfigService { rpc Get(GetRequest) returns (GetReply); }
                        message GetRequest { string key = 1; }
                        message GetReply { string value = 1; }
                        """, Expected.of(PROTOBUF, 2, "", "package", "acme.config.v1", "services", "ConfigService",
                        "messages", "2", "rpcs", "1")),
                arguments("protobuf events without a service", "api/events/v1/order_events.proto", """
                        syntax = "proto3";
                        package acme.events.v1;
                        message OrderPlaced { string order_id = 1; }
                        """, Expected.of(PROTOBUF, 2, "", "package", "acme.events.v1", "services", "", "messages", "1", "rpcs", "0")),
                arguments("an Avro schema", "orders/src/main/avro/order-placed.avsc", """
                        {"type": "record", "namespace": "acme.orders", "name": "OrderPlaced",
                         "fields": [{"name": "id", "type": "string"}]}
                        """, Expected.of(AVRO, 1, "OrderPlaced", "namespace", "acme.orders", "name", "OrderPlaced",
                        "context", "orders")),
                arguments("an Avro IDL protocol", "schemas/billing/billing.avdl", """
                        @namespace("acme.billing")
                        protocol Billing {
                          record Invoice { string id; }
                        }
                        """, Expected.of(AVRO, 2, "", "namespace", "acme.billing", "name", "Billing", "context", "billing")),
                arguments("a JSON Schema", "customers/schemas/customer.schema.json", """
                        {
                          "$schema": "https://json-schema.org/draft/2020-12/schema",
                          "$id": "https://acme.example/customer.json",
                          "title": "Customer"
                        }
                        """, Expected.of(JSON_SCHEMA, 2, "", "id", "https://acme.example/customer.json", "title", "Customer",
                        "context", "customers")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void reportsAPublishedContractAndItsOwner(String description, String path, String content, Expected expected) {
        SourceFile file = new SourceFile(path, content);
        List<Finding> findings = detector.detect(file);

        assertThat(detector.roles()).contains(file.role());
        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a settings file pointing at a schema", "Api/appsettings.json", """
                        {"$schema": "https://json.schemastore.org/appsettings.json", "Logging": {}}
                        """),
                arguments("an ordinary YAML configuration", "src/main/resources/application.yml", """
                        spring:
                          application:
                            name: orders
                        """),
                arguments("a YAML file mentioning openapi below the root", "config/tools.yaml", """
                        generators:
                          openapi: enabled
                        """),
                arguments("a JSON file that only mentions json-schema.org below its root", "data/links.json", """
                        {"links": [{"href": "https://json-schema.org/"}]}
                        """),
                // vendored standard protos are infrastructure, not the system's published language (microservices-demo
                // copies grpc/health/v1/health.proto into paymentservice, currencyservice and protos/)
                arguments("gRPC's health-checking protocol, vendored", "src/paymentservice/proto/grpc/health/v1/health.proto", """
                        syntax = "proto3";
                        package grpc.health.v1;
                        message HealthCheckRequest { string service = 1; }
                        message HealthCheckResponse { int32 status = 1; }
                        service Health { rpc Check(HealthCheckRequest) returns (HealthCheckResponse); }
                        """),
                arguments("Google's HTTP annotations, vendored", "third_party/google/api/annotations.proto", """
                        syntax = "proto3";
                        package google.api;
                        import "google/api/http.proto";
                        """),
                arguments("protoc-gen-validate's rules, vendored", "third_party/validate/validate.proto", """
                        syntax = "proto2";
                        package validate;
                        message FieldRules { optional int32 x = 1; }
                        """),
                // go-kratos generates one per service (beer-shop: nine services, all package kratos.api): the service's
                // configuration, read from its config file, not a language its contexts share
                arguments("a go-kratos service's configuration schema", "app/catalog/service/internal/conf/conf.proto", """
                        syntax = "proto3";
                        package kratos.api;
                        option go_package = "app/catalog/service/internal/conf;conf";
                        import "google/protobuf/duration.proto";
                        message Bootstrap { Server server = 1; Data data = 2; }
                        message Server { string addr = 1; google.protobuf.Duration timeout = 2; }
                        message Data { string source = 1; }
                        """),
                arguments("a configuration schema in a configs folder", "configs/settings.proto", """
                        syntax = "proto3";
                        package acme.settings;
                        message Settings { int32 workers = 1; }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatIsNoContract(String description, String path, String content) {
        assertThat(detector.detect(new SourceFile(path, content))).isEmpty();
    }
}
