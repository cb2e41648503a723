package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.TuningDetector.CONFIGURED;
import static dev.scaleprojection.ingest.domain.TuningDetector.HARDCODED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AutoPropertyTuningTest {

    private final TuningDetector detector = new TuningDetector(new SnakeYamlParser());

    static Stream<Arguments> tuned() {
        return Stream.of(
                arguments("a page size auto-property of a service", "src/Catalog/Services/CatalogService.cs", """
                        public class CatalogService
                        {
                            public int PageSize { get; set; } = 50;
                        }
                        """, Expected.of(HARDCODED, 3, "CatalogService.PageSize", "parameter", "page", "value", "50")),
                arguments("an auto-property after braces that open no accessors, on one line", "src/Export/Exporter.cs", """
                        public class Exporter { public int Version { get { return 2; } } public int BatchSize { get; set; } = 500; }
                        """, Expected.of(HARDCODED, 1, "Exporter.BatchSize", "parameter", "batch", "value", "500")),
                arguments("a get-only retry count of a handler", "src/Orders/Handlers/PlaceOrderHandler.cs", """
                        public sealed class PlaceOrderHandler
                        {
                            private int MaxRetries { get; } = 3;
                        }
                        """, Expected.of(HARDCODED, 3, "PlaceOrderHandler.MaxRetries", "parameter", "retry", "value", "3")),
                arguments("an init-only batch size with a private setter's neighbour", "src/Export/Exporter.cs", """
                        public class Exporter
                        {
                            public int BatchSize { get; init; } = 500;
                            public string Name { get; private set; } = "exporter";
                        }
                        """, Expected.of(HARDCODED, 3, "Exporter.BatchSize", "parameter", "batch", "value", "500")),
                arguments("the default of a settable property of an options class is configured", "src/Export/ExportOptions.cs", """
                        public class ExportOptions
                        {
                            public int BatchSize { get; set; } = 500;
                        }
                        """, Expected.of(CONFIGURED, 3, "ExportOptions.BatchSize", "parameter", "batch", "value", "500")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tuned")
    void reportsAnAmountGivenToAnAutoProperty(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a query's default page size is what its caller leaves out", "src/Catalog/GetItemsQuery.cs", """
                        public class GetItemsQuery
                        {
                            public int PageSize { get; set; } = 10;
                        }
                        """),
                arguments("a request's default page index", "src/Catalog/PaginationRequest.cs", """
                        public class PaginationRequest
                        {
                            public int PageIndex { get; set; } = 0;
                            public int PageSize { get; set; } = 10;
                        }
                        """),
                arguments("a response's page count (eShopOnWeb's PagedCatalogItemResponse)",
                        "src/BlazorShared/Models/PagedCatalogItemResponse.cs", """
                        public class PagedCatalogItemResponse
                        {
                            public int PageCount { get; set; } = 0;
                        }
                        """),
                arguments("a zero a service's counter starts from", "src/Catalog/Services/Importer.cs", """
                        public class Importer
                        {
                            public int RetryCount { get; private set; } = 0;
                        }
                        """),
                arguments("an auto-property whose name tunes nothing", "src/Catalog/CatalogService.cs", """
                        public class CatalogService
                        {
                            public int Version { get; set; } = 2;
                        }
                        """),
                arguments("an auto-property in a test", "tests/Catalog.Tests/CatalogServiceTests.cs", """
                        public class CatalogServiceTests
                        {
                            public int PageSize { get; set; } = 50;
                        }
                        """),
                arguments("an expression-bodied getter compared, not initialized", "src/Catalog/CatalogService.cs", """
                        public class CatalogService
                        {
                            public bool HasPages { get { return true; } }
                            public int PageSize { get; set; }
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void reportsNoAutoPropertyThatIsNoTuning(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
