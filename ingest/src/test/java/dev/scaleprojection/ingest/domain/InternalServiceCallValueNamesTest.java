package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.InternalServiceCallDetector.SYNC_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names that hold a URL or an address yet locate no service of the system: a URL value's own conversion, a webhook
 * subscriber's URL, an e-mail address, a cloud region; beside them, the names of services' URLs still name them.
 */
class InternalServiceCallValueNamesTest {

    private final InternalServiceCallDetector detector = new InternalServiceCallDetector();

    static Stream<Arguments> calls() {
        return Stream.of(
                arguments("a typed client posting to the URL a configuration section gives a service: the section names"
                        + " no service",  "src/Web/OrdersConsumer.cs", """
                        public class OrdersConsumer
                        {
                            public async Task HandleAsync(OrderPlaced data)
                            {
                                await _httpClient.PostAsJsonAsync(_configuration["Services:OrdersServiceUrl"], data);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "OrdersConsumer.HandleAsync", "target", "orders-service",
                        "style", "httpclient")),
                arguments("a post to the endpoint of the section that names the server (Practical.CleanArchitecture's"
                        + " MarkItDown sidecar)", "src/Background/Services/MarkdownService.cs", """
                        public class MarkdownService
                        {
                            public async Task<string> ConvertAsync(MultipartFormDataContent form)
                            {
                                var response = await _httpClient.PostAsync(_configuration["TextExtracting:MarkItDownServer:Endpoint"], form);
                                return await response.Content.ReadAsStringAsync();
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "MarkdownService.ConvertAsync", "target", "mark-it-down-server",
                        "style", "httpclient")),
                arguments("a typed client's base address from the section named for its API (dotnet-podcasts' web server)",
                        "src/Web/Server/Program.cs", """
                        public static class Clients
                        {
                            public static void AddClients(WebApplicationBuilder builder)
                            {
                                builder.Services.AddHttpClient<PodcastClient>(client =>
                                    client.BaseAddress = new Uri(builder.Configuration["PodcastApi:BaseAddress"]!));
                            }
                        }
                        """, Expected.of(SYNC_CALL, 6, "Clients.AddClients", "target", "podcast", "style", "httpclient")),
                arguments("a client made for a service's base URL", "src/Web/Catalog.cs", """
                        public class Catalog
                        {
                            public CatalogClient Create()
                            {
                                return new CatalogClient(catalogServiceUrl);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "Catalog.Create", "target", "catalog-service", "style", "httpclient")),
                arguments("a URI made from the string of a service's base URL", "src/main/java/shop/Orders.java", """
                        class Orders {
                            URI orders() {
                                return URI.create(ordersServiceUrl);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "Orders.orders", "target", "orders-service", "style", "httpclient")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsTheCallToTheServiceTheNameLocates(String description, String path, String code, Expected expected) {
        assertThat(detector.detect(new SourceFile(path, code))).filteredOn(f -> !f.isScanInternal())
                .singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a problem detail's type made from the request's own URL (spring-petclinic-rest)",
                        "src/main/java/org/springframework/samples/petclinic/rest/advice/ExceptionControllerAdvice.java", """
                        class ExceptionControllerAdvice {
                            private ProblemDetail detailBuild(Exception e, HttpStatus status, StringBuffer url) {
                                ProblemDetail problemDetail = ProblemDetail.forStatus(status);
                                problemDetail.setType(URI.create(url.toString()));
                                return problemDetail;
                            }
                        }
                        """),
                arguments("a URI made from the path of a URL value", "src/main/java/shop/Links.java", """
                        class Links {
                            URI self(URL endpoint) {
                                return URI.create(endpoint.getPath());
                            }
                        }
                        """),
                arguments("a webhook posted to the URL its subscriber registered (Practical.CleanArchitecture's storage)",
                        "src/Services.Storage/MessageBusConsumers/WebhookConsumer.cs", """
                        public class WebhookConsumer
                        {
                            public async Task HandleAsync(FileUploadedEvent data)
                            {
                                var url = _configuration["Webhooks:FileUploadedEvent:PayloadUrl"];
                                await _httpClient.PostAsJsonAsync(url, data.FileEntry);
                            }
                        }
                        """),
                arguments("a vendor SDK's request whose body names an e-mail address (Microsoft Graph)",
                        "src/Identity/AzureActiveDirectoryB2CIdentityProvider.cs", """
                        public class AzureActiveDirectoryB2CIdentityProvider
                        {
                            public async Task CreateUserAsync(IUser user)
                            {
                                var createdUser = await _graphServiceClient.Users.PostAsync(new User
                                {
                                    SignInType = "emailAddress",
                                    IssuerAssignedId = user.Username,
                                });
                            }
                        }
                        """),
                arguments("a cloud SDK's client made for a region endpoint (AWS S3)", "src/Storages/Amazon/AmazonOptions.cs", """
                        public class AmazonOptions
                        {
                            public AmazonS3Client CreateAmazonS3Client()
                            {
                                var regionEndpoint = RegionEndpoint.GetBySystemName(RegionEndpoint);
                                return new AmazonS3Client(regionEndpoint);
                            }
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void reportsNothingForANameThatLocatesNoService(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).filteredOn(f -> !f.isScanInternal()).isEmpty();
    }
}
