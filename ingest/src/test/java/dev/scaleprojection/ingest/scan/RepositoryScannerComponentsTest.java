package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.scaleprojection.ingest.domain.Component;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryScannerComponentsTest {

    private static final String CATALOG = """
            apiVersion: backstage.io/v1alpha1
            kind: System
            metadata: {name: commerce}
            spec: {owner: team-platform}
            ---
            apiVersion: backstage.io/v1alpha1
            kind: Component
            metadata:
              name: storefront
              annotations:
                backstage.io/source-location: url:https://github.com/acme/shop/tree/main/apps/storefront
            spec: {type: website, owner: team-web, system: commerce}
            """;

    @TempDir
    Path repo;

    private void write(String path, String content) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private ScanResult scan() {
        return new RepositoryScanner().scan(repo, "shop", ScanOptions.defaults());
    }

    @Test
    void aCatalogDefinesTheComponentsTheirSystemAndOwner() throws IOException {
        write("catalog-info.yaml", CATALOG);
        write("apps/storefront/package.json", "{\"name\": \"storefront\", \"scripts\": {\"start\": \"next start\"}}\n");
        write("apps/admin/Dockerfile", "FROM nginx:1\n");

        ScanResult result = scan();

        assertThat(result.components()).containsExactly(
                new Component("shop", "", Optional.of("commerce"), Optional.of("team-platform")),
                new Component("storefront", "apps/storefront", Optional.of("commerce"), Optional.of("team-web")));
        assertThat(result.facts()).filteredOn(f -> f.finding().path().startsWith("apps/admin/"))
                .extracting(ObservedFact::component).containsOnly("shop");
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void aServicesOwnClientIsNoCallToAnotherService() throws IOException {
        // given two services, each with a gRPC client: adservice's own smoke-test client, and checkout calling ads
        write("src/adservice/Dockerfile", "FROM eclipse-temurin:17\n");
        write("src/adservice/src/main/java/hipstershop/AdServiceClient.java", """
                package hipstershop;
                public class AdServiceClient {
                  private AdServiceClient(ManagedChannel channel) {
                    blockingStub = hipstershop.AdServiceGrpc.newBlockingStub(channel);
                  }
                }
                """);
        write("src/checkoutservice/Dockerfile", "FROM eclipse-temurin:17\n");
        write("src/checkoutservice/src/main/java/hipstershop/Checkout.java", """
                package hipstershop;
                public class Checkout {
                  private Checkout(ManagedChannel channel) {
                    adStub = hipstershop.AdServiceGrpc.newBlockingStub(channel);
                  }
                }
                """);

        ScanResult result = scan();

        // then only checkout's call is a synchronous call to another service
        assertThat(result.facts()).filteredOn(f -> f.finding().kind().equals("coupling.sync-internal-call"))
                .extracting(ObservedFact::component).containsExactly("checkoutservice");
    }

    @Test
    void aPublishedClientOfTheServicesItsComponentServesIsNoCallButASiblingsStubIs() throws IOException {
        // given conductor's layout: one deployable serving the event service, shipping a client library for it,
        // and a sibling service whose stub of the event service is a call
        write("conductor/Dockerfile", "FROM eclipse-temurin:17\n");
        write("conductor/grpc-server/src/main/java/conductor/EventServiceImpl.java", """
                package conductor;
                public class EventServiceImpl extends EventServiceGrpc.EventServiceImplBase { }
                """);
        write("conductor/grpc-client/src/main/java/conductor/EventClient.java", """
                package conductor;
                public class EventClient {
                  public EventClient(ManagedChannel channel) { this.stub = EventServiceGrpc.newBlockingStub(channel); }
                }
                """);
        write("notifier/Dockerfile", "FROM eclipse-temurin:17\n");
        write("notifier/src/main/java/notifier/Events.java", """
                package notifier;
                public class Events {
                  public Events(ManagedChannel channel) { this.stub = EventServiceGrpc.newBlockingStub(channel); }
                }
                """);

        ScanResult result = scan();

        // then only the sibling's stub is a synchronous call, and what is served is no fact
        assertThat(result.facts()).filteredOn(f -> f.finding().kind().equals("coupling.sync-internal-call"))
                .extracting(ObservedFact::component).containsExactly("notifier");
        assertThat(result.facts()).noneSatisfy(f -> assertThat(f.finding().kind()).startsWith("scan."));
    }

    @Test
    void aCallToTheComposeServiceBuiltFromTheComponentsFolderIsACallToItself() throws IOException {
        // given remark42's layout: its compose file builds the service remark from the root, whose command-line tools
        // call remark's admin API, and a call to billing, which it does not build
        write("Dockerfile", "FROM golang:1.22\nENTRYPOINT [\"/srv/remark42\", \"server\"]\n");
        write("docker-compose.yml", """
                services:
                  remark:
                    build: .
                    image: ghcr.io/umputun/remark42:latest
                """);
        write("backend/app/cmd/backup.go", """
                package cmd

                func (ec *BackupCommand) Execute(_ []string) error {
                	exportURL := fmt.Sprintf("%s/api/v1/admin/export?site=%s", ec.RemarkURL, ec.Site)
                	req, err := http.NewRequest(http.MethodGet, exportURL, http.NoBody)
                	invoiceURL := fmt.Sprintf("%s/api/v1/invoices", ec.BillingURL)
                	req, err = http.NewRequest(http.MethodGet, invoiceURL, http.NoBody)
                	return err
                }
                """);

        ScanResult result = scan();

        // then only the call to billing couples the component to another service
        assertThat(result.facts()).filteredOn(f -> f.finding().kind().equals("coupling.sync-internal-call"))
                .extracting(f -> f.finding().attribute("target")).containsExactly("billing");
    }

    @Test
    void aClientAppsCallsToTheBackendAreTheDevicesNotAServicesCalls() throws IOException {
        // given eShop's MAUI client app and its web app, both calling basket over gRPC
        String call = """
                public class BasketService {
                    private void Connect(GrpcChannel channel) {
                        _basketClient = new BasketGrpcClient.Basket.BasketClient(channel);
                    }
                }
                """;
        write("src/ClientApp/ClientApp.csproj", """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType Condition="'$(TargetFramework)' != 'net10.0'">Exe</OutputType>
                    <UseMaui>true</UseMaui>
                  </PropertyGroup>
                </Project>
                """);
        write("src/ClientApp/Services/Basket/BasketService.cs", call);
        write("src/WebApp/WebApp.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n");
        write("src/WebApp/Services/BasketService.cs", call);

        ScanResult result = scan();

        // then the client app is a component of its own, and only the web app calls another service
        assertThat(result.components()).extracting(Component::name).contains("clientapp", "webapp");
        assertThat(result.facts()).filteredOn(f -> f.finding().kind().equals("coupling.sync-internal-call"))
                .extracting(ObservedFact::component).containsExactly("webapp");
    }

    @Test
    void aSinglePageAppsTenantIdsAndPageSizesAreTheBrowsersNotAServicesDomain() throws IOException {
        // given fullstackhero's Vite and React admin and a Node service, with the same tenant-scoped code
        String tenants = """
                export async function listTenantFiles(tenantId: string, page = 1, pageSize = 20) {
                  const query = { tenantId: tenantId, page: page, pageSize: pageSize };
                  return repository.findByTenantId(tenantId, query);
                }
                """;
        write("clients/admin/package.json", """
                {"name": "admin", "dependencies": {"react": "^19.0.0", "react-dom": "^19.0.0"},
                 "devDependencies": {"vite": "^6.1.0"}}
                """);
        write("clients/admin/Dockerfile", "FROM nginx:alpine\nCOPY dist /usr/share/nginx/html\n");
        write("clients/admin/src/api/files.ts", tenants);
        write("server/package.json", "{\"name\": \"server\", \"dependencies\": {\"express\": \"^4.19.0\"}}\n");
        write("server/Dockerfile", "FROM node:20\nCOPY . .\nCMD [\"node\", \"src/main.js\"]\n");
        write("server/src/files.ts", tenants);

        ScanResult result = scan();

        // then both are components, and only the service's code threads the tenant id and hard-codes a page size
        assertThat(result.components()).extracting(Component::name).contains("admin", "server");
        assertThat(result.facts()).filteredOn(f -> f.finding().kind().startsWith("tenancy.")
                        || f.finding().kind().equals("configuration.hardcoded-tuning"))
                .isNotEmpty().extracting(ObservedFact::component).containsOnly("server");
    }

    @Test
    void aConfigurationServersSharedFileConfiguresTheComponentItIsNamedFor() throws IOException {
        // given piggymetrics' config server, serving account-service's configuration and every application's
        write("config/Dockerfile", "FROM eclipse-temurin:17\nCOPY app.jar /app.jar\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n");
        write("config/src/main/resources/shared/account-service.yml", "spring:\n  data:\n    mongodb:\n      host: account-mongodb\n");
        write("config/src/main/resources/shared/account-service-docker.yml", "spring:\n  rabbitmq:\n    host: rabbitmq\n");
        write("config/src/main/resources/shared/application.yml", "eureka:\n  client:\n    serviceUrl:\n      defaultZone: http://registry:8761/eureka/\n");
        write("config/src/main/resources/shared/billing.yml", "spring:\n  data:\n    mongodb:\n      host: billing-mongodb\n");
        write("account-service/Dockerfile", "FROM eclipse-temurin:17\nCOPY app.jar /app.jar\nCMD [\"java\", \"-jar\", \"/app.jar\"]\n");

        ScanResult result = scan();

        // then account-service's files are its own (a profile's too); the rest, and a file for no component, the server's
        assertThat(result.facts()).filteredOn(f -> f.finding().kind().equals("endpoint.configured"))
                .extracting(f -> f.finding().path().substring(f.finding().path().lastIndexOf('/') + 1) + " " + f.component())
                .containsExactlyInAnyOrder("account-service.yml account-service", "account-service-docker.yml account-service",
                        "application.yml config", "billing.yml config");
    }

    @Test
    void onlyThePublishersCopyOfAnIntegrationEventSendsPersonalDataOut() throws IOException {
        // given ordering publishing an event, and the web app keeping its own copy of it for the handler beside it
        String event = """
                namespace eShop.IntegrationEvents.Events;
                public record OrderStatusChangedToShippedIntegrationEvent(int OrderId, string BuyerName) : IntegrationEvent;
                """;
        write("src/Ordering.API/Ordering.API.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n");
        write("src/Ordering.API/IntegrationEvents/Events/OrderStatusChangedToShippedIntegrationEvent.cs", event);
        write("src/WebApp/WebApp.csproj", "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n");
        write("src/WebApp/IntegrationEvents/Events/OrderStatusChangedToShippedIntegrationEvent.cs", event);
        write("src/WebApp/IntegrationEvents/EventHandling/OrderStatusChangedToShippedIntegrationEventHandler.cs", """
                public class OrderStatusChangedToShippedIntegrationEventHandler
                    : IIntegrationEventHandler<OrderStatusChangedToShippedIntegrationEvent> { }
                """);

        ScanResult result = scan();

        // then only the publisher's event is egress
        assertThat(result.facts()).filteredOn(f -> f.finding().kind().equals("data.personal-data-egress"))
                .extracting(ObservedFact::component).containsExactly("ordering-api");
    }

    @Test
    void anAspireAppHostsResourcesJoinTheProjectsTheyRun() throws IOException {
        // given an AppHost running two projects, each a component of its own
        String web = "<Project Sdk=\"Microsoft.NET.Sdk.Web\"></Project>\n";
        write("src/Basket.API/Basket.API.csproj", web);
        write("src/Basket.API/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n");
        write("src/WebApp/WebApp.csproj", web);
        write("src/WebApp/Program.cs", "var app = WebApplication.CreateBuilder(args).Build();\napp.Run();\n");
        write("src/Shop.AppHost/Shop.AppHost.csproj", "<Project Sdk=\"Aspire.AppHost.Sdk/9.0.0\"></Project>\n");
        write("src/Shop.AppHost/Program.cs", """
                var builder = DistributedApplication.CreateBuilder(args);
                var redis = builder.AddRedis("redis");
                var basketApi = builder.AddProject<Projects.Basket_API>("basket-api").WithReference(redis);
                builder.AddProject<Projects.WebApp>("webapp").WithReference(basketApi);
                builder.Build().Run();
                """);

        ScanResult result = scan();

        // then each resource is a fact of the component it runs, with what it depends on
        assertThat(result.facts()).filteredOn(f -> f.finding().kind().equals("deployment.aspire-resource"))
                .extracting(ObservedFact::component, f -> f.finding().attribute("dependsOn"))
                .containsExactly(tuple("basket-api", "redis"), tuple("webapp", "basket-api"));
    }

    @Test
    void listsComponentsThatHaveNoFacts() throws IOException {
        write("go.mod", "module example.com/tools\n");
        write("cmd/a/main.go", "package main\n\nfunc main() {}\n");
        write("cmd/b/main.go", "package main\n\nfunc main() {}\n");

        ScanResult result = scan();

        assertThat(result.components()).extracting(Component::name).containsExactly("shop", "a", "b");
        assertThat(result.facts()).extracting(ObservedFact::component).containsOnly("shop");
    }

    @Test
    void aMalformedCatalogIsSkippedAndTheDeployablesAreTheComponents() throws IOException {
        write("catalog-info.yaml", "metadata: [unclosed\n  name: x\n");
        write("web/Dockerfile", "FROM nginx:1\n");

        ScanResult result = scan();

        assertThat(result.skipped()).singleElement().satisfies(skipped -> {
            assertThat(skipped.path()).isEqualTo("catalog-info.yaml");
            assertThat(skipped.reason()).startsWith("malformed-yaml: ");
        });
        assertThat(result.components()).extracting(Component::name).containsExactly("shop", "web");
    }
}
