package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.AspireAppHostDetector.ASPIRE_RESOURCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AspireAppHostDetectorTest {

    private static final String APP_HOST = """
            var builder = DistributedApplication.CreateBuilder(args);

            var redis = builder.AddRedis("redis");
            var rabbitMq = builder.AddRabbitMQ("eventbus")
                .WithLifetime(ContainerLifetime.Persistent);
            var postgres = builder.AddPostgres("postgres");
            var catalogDb = postgres.AddDatabase("catalogdb");

            // Services
            var basketApi = builder.AddProject<Projects.Basket_API>("basket-api")
                .WithReference(redis)
                .WithReference(rabbitMq).WaitFor(rabbitMq);

            var catalogApi = builder.AddProject<Projects.Catalog_API>("catalog-api")
                .WithReference(catalogDb)
                .WithReplicas(2);

            builder.AddProject<Projects.PaymentProcessor>("payment-processor");

            var webApp = builder.AddProject<Projects.WebApp>("webapp", launchProfileName)
                .WithExternalHttpEndpoints();
            webApp.WithReference(basketApi).WithReference(catalogApi);

            builder.AddNpmApp("storefront", "../storefront", "dev")
                .WaitFor(catalogApi);

            builder.Build().Run();
            """;

    private final AspireAppHostDetector detector = new AspireAppHostDetector();

    static Stream<Arguments> resources() {
        return Stream.of(
                arguments("a project with the resources it references", Expected.of(ASPIRE_RESOURCE, 10, "resources.basket-api",
                        "service", "basket-api", "project", "Basket_API", "dependsOn", "redis,eventbus")),
                arguments("a project referencing a database, with replicas", Expected.of(ASPIRE_RESOURCE, 14,
                        "resources.catalog-api", "project", "Catalog_API", "dependsOn", "catalogdb", "replicas", "2")),
                arguments("a project that references nothing", Expected.of(ASPIRE_RESOURCE, 18, "resources.payment-processor",
                        "service", "payment-processor", "project", "PaymentProcessor")),
                arguments("a project given its references after its declaration", Expected.of(ASPIRE_RESOURCE, 20,
                        "resources.webapp", "project", "WebApp", "dependsOn", "basket-api,catalog-api")),
                arguments("an app built from a folder beside the AppHost", Expected.of(ASPIRE_RESOURCE, 24,
                        "resources.storefront", "appPath", "src/storefront", "dependsOn", "catalog-api")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("resources")
    void readsTheApplicationsAnAppHostRunsTogether(String description, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile("src/eShop.AppHost/Program.cs", APP_HOST));

        assertThat(findings).anyMatch(expected::matches);
        assertThat(findings).extracting(Finding::source).containsOnly(Finding.DEPLOYMENT_DESCRIPTOR);
    }

    @Test
    void backingResourcesGiveNoFactOfTheirOwn() {
        assertThat(detector.detect(new SourceFile("src/eShop.AppHost/Program.cs", APP_HOST)))
                .extracting(Finding::anchor).doesNotContain("resources.redis", "resources.eventbus", "resources.catalogdb",
                        "resources.postgres").hasSize(5);
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a service registering its own dependencies (no AppHost)", "src/Basket.API/Program.cs", """
                        var builder = WebApplication.CreateBuilder(args);
                        builder.AddRedisClient("redis");
                        builder.Services.AddProject<Something>("x");
                        """),
                arguments("an Aspire test host", "tests/Shop.Tests/AppHostTests.cs", """
                        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.Shop_AppHost>();
                        var app = appHost.AddProject<Projects.Basket_API>("basket-api");
                        """),
                arguments("an AppHost call in a comment", "src/Shop.AppHost/Program.cs", """
                        var builder = DistributedApplication.CreateBuilder(args);
                        // builder.AddProject<Projects.Basket_API>("basket-api");
                        builder.Build().Run();
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void readsNothingElseAsAnAppHost(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
