package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.InternalServiceCallDetector.SYNC_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class InternalServiceCallDetectorTest {

    private final InternalServiceCallDetector detector = new InternalServiceCallDetector();

    static Stream<Arguments> calls() {
        return Stream.of(
                arguments("a Feign client", "src/main/java/shop/orders/InventoryClient.java", """
                        @FeignClient(name = "inventory-service")
                        public interface InventoryClient {
                            @GetMapping("/items/{id}")
                            Item item(@PathVariable("id") String id);
                        }
                        """, Expected.of(SYNC_CALL, 1, "InventoryClient", "target", "inventory-service", "protocol", "http",
                        "style", "feign")),
                arguments("a Feign client named by its value", "src/main/java/shop/orders/PricingClient.java", """
                        @FeignClient("pricing")
                        interface PricingClient { }
                        """, Expected.of(SYNC_CALL, 1, "PricingClient", "target", "pricing", "style", "feign")),
                arguments("a Micronaut declarative client of a service by its id (asc-lab's micronaut-microservices-poc)",
                        "policy-service/src/main/java/pl/altkom/asc/lab/micronaut/poc/policy/infrastructure/adapters/restclient/PricingClient.java", """
                        package pl.altkom.asc.lab.micronaut.poc.policy.infrastructure.adapters.restclient;

                        import io.micronaut.http.client.annotation.Client;
                        import pl.altkom.asc.lab.micronaut.poc.pricing.service.api.v1.PricingOperations;

                        @Client(id = "pricing-service")
                        public interface PricingClient extends PricingOperations {
                        }
                        """, Expected.of(SYNC_CALL, 6, "PricingClient", "target", "pricing-service", "protocol", "http",
                        "style", "micronaut")),
                arguments("a Micronaut client with a path after its id, in Kotlin", "gateway/src/main/kotlin/shop/DocumentsClient.kt", """
                        import io.micronaut.http.client.annotation.Client

                        @Client(path = "/documents", id = "documents-service")
                        interface DocumentsClient : DocumentsOperations
                        """, Expected.of(SYNC_CALL, 3, "DocumentsClient", "target", "documents-service", "style", "micronaut")),
                arguments("a Micronaut client of a service's URL", "src/main/java/shop/Stock.java", """
                        import io.micronaut.http.client.annotation.Client;
                        @Client("http://inventory-service:8080")
                        interface StockClient { }
                        """, Expected.of(SYNC_CALL, 2, "StockClient", "target", "inventory-service", "style", "micronaut")),
                arguments("a Feign client with a url calls that URL, not the service its name suggests",
                        "src/main/java/shop/orders/StockClient.java", """
                        @FeignClient(name = "stock", url = "${stock.url:http://inventory-service:8080}")
                        interface StockClient { }
                        """, Expected.of(SYNC_CALL, 1, "StockClient", "target", "inventory-service", "style", "feign")),
                arguments("RestTemplate with a base URL field", "src/main/java/shop/orders/StockChecker.java", """
                        class StockChecker {
                            Item check(String id) {
                                return restTemplate.getForObject(inventoryUrl + "/items/{id}", Item.class, id);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "StockChecker.check", "target", "inventory", "style", "resttemplate")),
                arguments("WebClient to a service-discovery name", "src/main/java/shop/orders/Clients.java", """
                        class Clients {
                            WebClient payments() {
                                return WebClient.builder().baseUrl("lb://payments").build();
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "Clients.payments", "target", "payments", "style", "webclient")),
                arguments("WebClient to a service host", "src/main/java/shop/orders/Shipping.java", """
                        class Shipping {
                            Mono<Quote> quote() {
                                return webClient.get().uri("http://shipping-service:8080/quotes").retrieve().bodyToMono(Quote.class);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "Shipping.quote", "target", "shipping-service")),
                arguments("Java HttpClient to a cluster-local service", "src/main/java/shop/orders/Tax.java", """
                        class Tax {
                            HttpRequest request() {
                                return HttpRequest.newBuilder(URI.create("http://tax.billing.svc.cluster.local/rates")).build();
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "Tax.request", "target", "tax", "style", "httpclient")),
                arguments("a gRPC blocking stub", "src/main/java/shop/orders/Catalog.java", """
                        class Catalog {
                            Product product(ManagedChannel channel, String id) {
                                return ProductCatalogServiceGrpc.newBlockingStub(channel).getProduct(request(id));
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "Catalog.product", "target", "product-catalog-service",
                        "protocol", "grpc", "style", "grpc")),
                arguments("a Python channel and the stub built on it are one call, named by the stub (microservices-demo "
                        + "recommendation_server.py)", "src/recommendationservice/recommendation_server.py", """
                        if __name__ == "__main__":
                            catalog_addr = os.environ.get('PRODUCT_CATALOG_SERVICE_ADDR', '')
                            channel = grpc.insecure_channel(catalog_addr)
                            product_catalog_stub = demo_pb2_grpc.ProductCatalogServiceStub(channel)
                        """, Expected.of(SYNC_CALL, 4, "product_catalog_stub", "target", "product-catalog-service",
                        "protocol", "grpc")),
                arguments("a C# gRPC client registered with its address is one call, named by the address (eShop WebApp "
                        + "Extensions.cs)", "src/WebApp/Extensions/Extensions.cs", """
                        public static class Extensions
                        {
                            public static void AddApplicationServices(this IHostApplicationBuilder builder)
                            {
                                builder.Services.AddGrpcClient<Basket.BasketClient>(o => o.Address = new("http://basket-api"));
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "Extensions.AddApplicationServices", "target", "basket-api",
                        "protocol", "grpc")),
                arguments("a gRPC channel to a service host", "src/main/java/shop/orders/Channels.java", """
                        class Channels {
                            ManagedChannel inventory() {
                                return ManagedChannelBuilder.forAddress("inventory-service", 9090).usePlaintext().build();
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "Channels.inventory", "target", "inventory-service", "protocol", "grpc")),
                arguments("requests with an interpolated base URL", "orders/clients.py", """
                        def fetch_order(order_id):
                            return requests.get(f"{ORDERS_URL}/orders/{order_id}", timeout=5).json()
                        """, Expected.of(SYNC_CALL, 2, "fetch_order", "target", "orders", "style", "requests")),
                arguments("requests to a service's base URL, its body naming another address", "orders/notify.py", """
                        def notify(order):
                            return requests.post(
                                BILLING_URL + "/invoices",
                                json={"from": mailfrom_addr, "order": order.id},
                                timeout=5,
                            )
                        """, Expected.of(SYNC_CALL, 2, "notify", "target", "billing", "style", "requests")),
                arguments("fetch to a service from an environment variable", "web/src/cart.ts", """
                        export async function cart(id: string) {
                          return fetch(`${process.env.CART_SERVICE_URL}/carts/${id}`);
                        }
                        """, Expected.of(SYNC_CALL, 2, "cart", "target", "cart-service", "style", "fetch")),
                arguments("fetch names its target by its resource, not by a URL sent in its body (saas-starter-kit nextAuth.ts)",
                        "lib/nextAuth.ts", """
                        export async function token(code: string) {
                          return fetch(`${process.env.JACKSON_URL}/api/oauth/token`, {
                            method: 'POST',
                            body: JSON.stringify({ grant_type: 'authorization_code', redirect_url: process.env.NEXTAUTH_URL, code }),
                          });
                        }
                        """, Expected.of(SYNC_CALL, 2, "token", "target", "jackson", "style", "fetch")),
                arguments("a URL built on a base URL is named by the base, not by its path (saas-starter-kit delete-team.js)",
                        "delete-team.js", """
                        async function deleteSso(query) {
                          const ssoUrl = `${process.env.JACKSON_URL}/api/v1/sso`;
                          const response = await fetch(`${ssoUrl}?${query}`, { method: 'DELETE' });
                        }
                        """, Expected.of(SYNC_CALL, 3, "deleteSso", "target", "jackson", "style", "fetch")),
                arguments("a field built on a configured base URL (saas-starter-kit lib/jackson/dsync/hosted.ts)",
                        "lib/jackson/dsync/hosted.ts", """
                        export class JacksonHosted {
                          private dsyncUrl = `${env.jackson.url}/api/v1/dsync`;
                          async createConnection(name: string) {
                            const response = await fetch(this.dsyncUrl, { method: 'POST', body: JSON.stringify({ name }) });
                          }
                        }
                        """, Expected.of(SYNC_CALL, 4, "JacksonHosted.createConnection", "target", "jackson", "style", "fetch")),
                arguments("axios to a service host", "web/src/recommend.js", """
                        export const recommend = (id) => axios.get("http://recommendations:8080/products/" + id);
                        """, Expected.of(SYNC_CALL, 1, "recommend", "target", "recommendations", "style", "axios")),
                arguments("Node's request package to a host from the environment (robot-shop cart)", "cart/server.js", """
                        const request = require('request');
                        var catalogueHost = process.env.CATALOGUE_HOST || 'catalogue';
                        function getProduct(sku) {
                            request('http://' + catalogueHost + ':8080/product/' + sku, (err, res, body) => {});
                        }
                        """, Expected.of(SYNC_CALL, 4, "getProduct", "target", "catalogue", "style", "request")),
                arguments("a grpc-js client of a service (opentelemetry-demo frontend)", "src/frontend/gateways/rpc/Cart.gateway.ts", """
                        import { ChannelCredentials } from '@grpc/grpc-js';
                        const { CART_ADDR = '' } = process.env;
                        const client = new CartServiceClient(CART_ADDR, ChannelCredentials.createInsecure());
                        """, Expected.of(SYNC_CALL, 3, "client", "target", "cart-service", "style", "grpc")),
                arguments("a host read from an environment variable into a short name (robot-shop payment)", "payment/payment.py", """
                        USER = os.getenv('USER_HOST', 'user')

                        def validate(id):
                            return requests.get('http://{user}:8080/check/{id}'.format(user=USER, id=id))
                        """, Expected.of(SYNC_CALL, 4, "validate", "target", "user", "style", "requests")),
                arguments("a base URL kept in a field of the client", "src/main/java/shop/gateway/VisitsClient.java", """
                        class VisitsClient {
                            private String hostname = "http://visits-service/";
                            Flux<Visit> visits(String petId) {
                                return webClient.get().uri(hostname + "pets/visits?petId={petId}", petId).retrieve().bodyToFlux(Visit.class);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 4, "VisitsClient.visits", "target", "visits-service", "style", "webclient")),
                arguments("a WebClient field named client, given a base URL by a getter", "src/main/java/ftgo/OrderServiceProxy.java", """
                        class OrderServiceProxy {
                          private WebClient client;
                          Mono<ClientResponse> findOrderById(String orderId) {
                            return client
                                    .get()
                                    .uri(orderDestinations.getOrderServiceUrl() + "/orders/{orderId}", orderId)
                                    .exchange();
                          }
                        }
                        """, Expected.of(SYNC_CALL, 6, "OrderServiceProxy.findOrderById", "target", "order-service",
                        "style", "webclient")),
                arguments("a Go gRPC dial", "src/frontend/main.go", """
                        package main

                        func connect(ctx context.Context) (*grpc.ClientConn, error) {
                        	return grpc.DialContext(ctx, "productcatalogservice:3550", grpc.WithInsecure())
                        }
                        """, Expected.of(SYNC_CALL, 4, "connect", "target", "productcatalogservice", "style", "grpc")),
                arguments("a generated Go gRPC client named with a word too vague for a URL (go-micro-services frontend)",
                        "internal/services/frontend/frontend.go", """
                        package frontend

                        import search "github.com/harlow/go-micro-services/internal/services/search/proto"

                        func New(searchconn *grpc.ClientConn) *Frontend {
                        	return &Frontend{searchClient: search.NewSearchClient(searchconn)}
                        }
                        """, Expected.of(SYNC_CALL, 6, "New", "target", "search", "protocol", "grpc", "style", "grpc")),
                arguments("a call of a shared helper building a service's client (wild-workouts trainings)",
                        "internal/trainings/service/service.go", """
                        package service

                        import grpcClient "github.com/ThreeDotsLabs/wild-workouts-go-ddd-example/internal/common/client"

                        func NewApplication(ctx context.Context) (app.Application, func()) {
                        	trainerClient, closeTrainerClient, err := grpcClient.NewTrainerClient()
                        	return newApplication(ctx, trainerClient)
                        }
                        """, Expected.of(SYNC_CALL, 6, "NewApplication", "target", "trainer", "protocol", "grpc")),
                arguments("a go-kratos provider dialling its service by its registered name (beer-shop's shop interface)",
                        "app/shop/interface/internal/data/data.go", """
                        package data

                        import "github.com/go-kratos/kratos/v2/transport/grpc"

                        func NewUserServiceClient(ac *conf.Auth, r registry.Discovery) userv1.UserClient {
                        	conn, err := grpc.DialInsecure(
                        		context.Background(),
                        		grpc.WithEndpoint("discovery:///beer.user.service"),
                        		grpc.WithDiscovery(r),
                        		grpc.WithMiddleware(jwt.Client(func(token *jwt2.Token) (interface{}, error) {
                        			return []byte(ac.ServiceKey), nil
                        		})),
                        	)
                        	if err != nil {
                        		panic(err)
                        	}
                        	return userv1.NewUserClient(conn)
                        }
                        """, Expected.of(SYNC_CALL, 6, "NewUserServiceClient", "target", "user", "protocol", "grpc",
                        "style", "grpc")),
                arguments("a go-micro registry name", "cmd/web/main.go", """
                        package main

                        import "google.golang.org/grpc"

                        func orders() {
                        	conn, _ := grpc.Dial("discovery:///go.micro.srv.orders")
                        	defer conn.Close()
                        }
                        """, Expected.of(SYNC_CALL, 6, "orders", "target", "orders", "protocol", "grpc")),
                arguments("a typed client's base address named base…Uri (bitwarden's BaseIdentityClientService)",
                        "src/Core/Services/Implementations/BaseIdentityClientService.cs", """
                        public abstract class BaseIdentityClientService
                        {
                            protected BaseIdentityClientService(string baseIdentityServerUri)
                            {
                                IdentityClient.BaseAddress = new Uri(baseIdentityServerUri);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "BaseIdentityClientService.BaseIdentityClientService", "target",
                        "identity-server", "style", "httpclient")),
                arguments("a request to a base address named with svc (opentelemetry-demo checkout)", "src/checkout/main.go", """
                        package main

                        func (cs *checkout) quoteShipping(ctx context.Context) (*http.Response, error) {
                        	req, err := http.NewRequestWithContext(ctx, "POST", cs.shippingSvcAddr+"/get-quote", nil)
                        	return http.DefaultClient.Do(req)
                        }
                        """, Expected.of(SYNC_CALL, 4, "checkout.quoteShipping", "target", "shipping-service")),
                arguments("a helper made for a service's base URL (robot-shop shipping's CartHelper)",
                        "shipping/src/main/java/com/instana/robotshop/shipping/Controller.java", """
                        @RestController
                        public class Controller {
                            private String CART_URL = String.format("http://%s/shipping/", getenv("CART_ENDPOINT", "cart"));

                            @PostMapping(path = "/confirm/{id}")
                            public String confirm(@PathVariable String id, @RequestBody String body) {
                                CartHelper helper = new CartHelper(CART_URL);
                                return helper.addToCart(id, body);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 7, "Controller.confirm", "target", "cart", "protocol", "http")),
                arguments("a TypeScript client made for a service's base URL", "src/checkout/orders.ts", """
                        export const orders = new OrdersClient(ordersServiceUrl, { timeout: 2000 });
                        """, Expected.of(SYNC_CALL, 1, "orders", "target", "orders-service", "protocol", "http")),
                arguments("a go-zero RPC client made from the configuration named for its service (go-zero-looklook)",
                        "app/order/cmd/api/internal/svc/serviceContext.go", """
                        package svc

                        func NewServiceContext(c config.Config) *ServiceContext {
                        	return &ServiceContext{
                        		Config:     c,
                        		PaymentRpc: payment.NewPayment(zrpc.MustNewClient(c.PaymentRpcConf)),
                        	}
                        }
                        """, Expected.of(SYNC_CALL, 6, "NewServiceContext", "target", "payment-rpc", "protocol", "grpc")),
                arguments("a Go gRPC dial to the address a variable named for the service holds", "cmd/orders/main.go", """
                        package main

                        func main() {
                        	conn, err := grpc.Dial(os.Getenv("TRAINER_GRPC_ADDR"), grpc.WithInsecure())
                        }
                        """, Expected.of(SYNC_CALL, 4, "main", "target", "trainer", "protocol", "grpc")),
                arguments("a generated Go client built in a method of a client type is the call (its type is no helper)",
                        "internal/orders/adapters/stock.go", """
                        package adapters

                        import "google.golang.org/grpc"

                        func (c *StockClient) connect(conn *grpc.ClientConn) {
                        	c.client = stock.NewStockServiceClient(conn)
                        }
                        """, Expected.of(SYNC_CALL, 6, "StockClient.connect", "target", "stock-service", "protocol", "grpc")),
                arguments("a Go HTTP request to a named base", "internal/orders/client.go", """
                        package orders

                        func (c *Client) Stock(id string) (*http.Response, error) {
                        	return http.Get(c.inventoryURL + "/items/" + id)
                        }
                        """, Expected.of(SYNC_CALL, 4, "Client.Stock", "target", "inventory", "style", "httpclient")),
                arguments("a Go request of a client package named for its service (ardanlabs app/sdk/authclient/http)",
                        "app/sdk/authclient/http/authclient.go", """
                        package http

                        func (cln *Client) do(ctx context.Context, method string, endpoint string, body any) error {
                        	req, err := http.NewRequestWithContext(ctx, method, endpoint, &b)
                        	return err
                        }
                        """, Expected.of(SYNC_CALL, 4, "Client.do", "target", "auth", "style", "httpclient")),
                arguments("a Go request of a client type named for its service", "internal/web/clients.go", """
                        package web

                        func (c *OrdersClient) send(ctx context.Context, url string) error {
                        	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, nil)
                        	return err
                        }
                        """, Expected.of(SYNC_CALL, 4, "OrdersClient.send", "target", "orders", "style", "httpclient")),
                arguments("a C# typed client base address", "src/WebApp/Extensions.cs", """
                        public static class Extensions
                        {
                            public static void AddClients(IServiceCollection services)
                            {
                                services.AddHttpClient<BasketService>(o => o.BaseAddress = new("http://basket-api"));
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "Extensions.AddClients", "target", "basket-api", "style", "httpclient")),
                arguments("a request with a callback names only the service it calls (sock shop front-end api/orders)",
                        "api/orders/index.js", """
                        var request = require("request");
                        function customer(custId, callback) {
                          request(endpoints.customersUrl + "/" + custId, function (error, response, body) {
                            var cardLink = JSON.parse(body)._links.cards.href;
                            var order = { "items": endpoints.cartsUrl + "/" + custId + "/items" };
                            callback(null, order, cardLink);
                          });
                        }
                        """, Expected.of(SYNC_CALL, 3, "customer", "target", "customers", "style", "request")),
                arguments("a Dapr invoke client of an app (eShopOnDapr Web.Shopping.HttpAggregator ProgramExtensions.cs)",
                        "src/ApiGateways/Aggregators/Web.Shopping.HttpAggregator/ProgramExtensions.cs", """
                        using Dapr.Client;
                        public static class ProgramExtensions
                        {
                            public static void AddCustomApplicationServices(this WebApplicationBuilder builder)
                            {
                                builder.Services.AddSingleton<IBasketService, BasketService>(
                                    _ => new BasketService(DaprClient.CreateInvokeHttpClient("basket-api")));
                            }
                        }
                        """, Expected.of(SYNC_CALL, 7, "ProgramExtensions.AddCustomApplicationServices", "target", "basket-api",
                        "style", "dapr")),
                arguments("a Dapr method invocation in Python", "checkout/app.py", """
                        from dapr.clients import DaprClient
                        def checkout(order):
                            with DaprClient() as d:
                                return d.invoke_method("order-processor", "orders", data=order, http_verb="POST")
                        """, Expected.of(SYNC_CALL, 4, "checkout", "target", "order-processor", "style", "dapr")),
                arguments("a C# gRPC client factory registration (eShopOnContainers Mobile.Bff.Shopping Startup.cs)",
                        "src/ApiGateways/Mobile.Bff.Shopping/aggregator/Startup.cs", """
                        public static class ServiceCollectionExtensions
                        {
                            public static IServiceCollection AddGrpcServices(this IServiceCollection services)
                            {
                                services.AddGrpcClient<OrderingGrpc.OrderingGrpcClient>((services, options) =>
                                {
                                    options.Address = new Uri(services.GetRequiredService<IOptions<UrlsConfig>>().Value.GrpcOrdering);
                                });
                                return services;
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "ServiceCollectionExtensions.AddGrpcServices", "target", "ordering",
                        "protocol", "grpc")),
                arguments("a grpc-gateway handler proxying to a service (go-coffeeshop cmd/proxy/main.go)", "cmd/proxy/main.go", """
                        package main

                        func newGateway(ctx context.Context, cfg *config.Config, opts []gwruntime.ServeMuxOption) (http.Handler, error) {
                        	productEndpoint := fmt.Sprintf("%s:%d", cfg.ProductHost, cfg.ProductPort)
                        	mux := gwruntime.NewServeMux(opts...)
                        	err := gen.RegisterProductServiceHandlerFromEndpoint(ctx, mux, productEndpoint, dialOpts)
                        	return mux, err
                        }
                        """, Expected.of(SYNC_CALL, 6, "newGateway", "target", "product-service", "style", "grpc")),
                arguments("Dapr service invocation in a file that names no URL or host (coolstore ProductCatalogGateway)",
                        "src/dotnet/shopping-cart/Infrastructure/Gateways/ProductCatalogGateway.cs", """
                        public class ProductCatalogGateway : IProductCatalogGateway
                        {
                            private readonly DaprClient _daprClient;

                            public async Task<ProductDto?> GetProductByIdAsync(Guid id, CancellationToken cancellationToken = default)
                            {
                                return await _daprClient.InvokeMethodAsync<ProductByIdRequest, ProductDto>(
                                    "productcatalogapp", "get-product-by-id", new ProductByIdRequest { Id = id }, cancellationToken);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 7, "ProductCatalogGateway.GetProductByIdAsync", "target", "productcatalogapp",
                        "style", "dapr")),
                arguments("a Refit client whose base address comes from configuration (pitstop WebApp RESTClients)",
                        "src/WebApp/RESTClients/CustomerManagementAPI.cs", """
                        public class CustomerManagementAPI : ICustomerManagementAPI
                        {
                            public CustomerManagementAPI(IConfiguration config, HttpClient httpClient)
                            {
                                string apiHostAndPort = config.GetSection("APIServiceLocations").GetValue<string>("CustomerManagementAPI");
                                httpClient.BaseAddress = new Uri($"http://{apiHostAndPort}/api");
                                _restClient = RestService.For<ICustomerManagementAPI>(httpClient);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 7, "CustomerManagementAPI.CustomerManagementAPI", "target",
                        "customer-management-api", "style", "refit")),
                arguments("a Refit client given the URL of a gateway calls the gateway", "src/Web/Clients/Catalog.cs", """
                        public static class Catalog
                        {
                            public static ICatalogService Create() => RestService.For<ICatalogService>("http://gateway-api:8080");
                        }
                        """, Expected.of(SYNC_CALL, 3, "Catalog", "target", "gateway-api", "style", "refit")),
                arguments("TeaStore's own client-side load balancer given a constant of its service enum",
                        "services/tools.descartes.teastore.webui/src/main/java/tools/descartes/teastore/webui/servlet/CategoryServlet.java",
                        """
                        public class CategoryServlet extends AbstractUIServlet {
                            protected void handleGETRequest(HttpServletRequest request) {
                                Category category = LoadBalancedCRUDOperations.getEntity(Service.PERSISTENCE, "categories",
                                    Category.class, categoryID);
                                List<Product> products = LoadBalancedCRUDOperations.getEntities(Service.PERSISTENCE,
                                    "products", Product.class, -1, -1);
                            }
                        }
                        """, Expected.of(SYNC_CALL, 3, "CategoryServlet.handleGETRequest", "target", "persistence",
                        "protocol", "http", "style", "loadbalancer")),
                arguments("a Spring Cloud Gateway route built in code to a service by its discovery name",
                        "gateway/src/main/java/com/acme/gateway/Routes.java", """
                        class Routes {
                            @Bean
                            RouteLocator routes(RouteLocatorBuilder builder) {
                                return builder.routes()
                                        .route("orders", r -> r.path("/api/orders/**").uri("lb://orders-service"))
                                        .build();
                            }
                        }
                        """, Expected.of(SYNC_CALL, 5, "Routes.routes", "target", "orders-service", "protocol", "http",
                        "style", "gateway-route")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsASynchronousCallToAnotherService(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).filteredOn(f -> !f.isScanInternal()).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a React hook's request, made by the user's browser (redash's viz-lib useLoadGeoJson)",
                        "viz-lib/src/visualizations/choropleth/hooks/useLoadGeoJson.ts", """
                        import { useState, useEffect } from "react";
                        import axios from "axios";
                        export default function useLoadGeoJson(mapType) {
                          const [geoJson, setGeoJson] = useState(null);
                          useEffect(() => {
                            const mapUrl = get(visualizationsSettings, `choroplethAvailableMaps.${mapType}.url`, undefined);
                            const promise = cache.get(mapUrl, () => axios.get(mapUrl).catch(() => null));
                          }, [mapType]);
                          return [geoJson];
                        }
                        """),
                arguments("the cloud's metadata server inside each machine's network (redash's BigQuery on GCE)",
                        "redash/query_runner/big_query_gce.py", """
                        import requests
                        def _get_project_id(self):
                            return requests.get("http://metadata.google.internal/computeMetadata/v1/project/project-id",
                                                headers={"Metadata-Flavor": "Google"}).content
                        """),
                arguments("a cloud vendor's object storage client given its endpoint (macrozheng/mall's OssConfig)",
                        "mall-admin/src/main/java/com/macro/mall/config/OssConfig.java", """
                        @Configuration
                        public class OssConfig {
                            @Value("${aliyun.oss.endpoint}")
                            private String ALIYUN_OSS_ENDPOINT;
                            @Bean
                            public OSSClient ossClient(){
                                return new OSSClient(ALIYUN_OSS_ENDPOINT,ALIYUN_OSS_ACCESSKEYID,ALIYUN_OSS_ACCESSKEYSECRET);
                            }
                        }
                        """),
                arguments("a payment platform's gateway", "mall-portal/src/main/java/com/macro/mall/portal/config/AlipayConfig.java", """
                        public class AlipayClientConfig {
                            public AlipayClient alipayClient(AlipayProperties config) {
                                return new DefaultAlipayClient(config.getGatewayUrl(), config.getAppId(), config.getAppPrivateKey());
                            }
                        }
                        """),
                arguments("a Micronaut client whose address is left to configuration, or on a public host",
                        "dashboard-service/src/main/java/pl/altkom/asc/lab/micronaut/poc/dashboard/ElasticHealthCheck.java", """
                        import io.micronaut.http.client.annotation.Client;

                        @Client("${elastichealth.endpoint}")
                        interface ElasticHealthCheck { }

                        @Client("https://api.github.com")
                        interface GithubClient { }
                        """),
                arguments("an annotation named Client outside Micronaut", "src/main/java/shop/Clients.java", """
                        import shop.annotations.Client;

                        @Client("orders-service")
                        class OrdersView { }
                        """),
                arguments("a link the data holds is no service's address (dotnet-podcasts' ShowClient checks a show's feed link)",
                        "src/Services/Podcasts/Podcast.Infrastructure/Http/ShowClient.cs", """
                        public class ShowClient
                        {
                            private readonly HttpClient _httpClient;
                            public ShowClient(HttpClient httpClient) { _httpClient = httpClient; }
                            public async Task<bool> CheckLink(string showLink)
                            {
                                var response = await _httpClient.GetAsync(showLink, HttpCompletionOption.ResponseHeadersRead);
                                return response.IsSuccessStatusCode;
                            }
                            public async Task<string> Follow(string cardHref) => await _httpClient.GetStringAsync(cardHref);
                        }
                        """),
                arguments("an instance lookup only finds the address the call is made with (spring-petclinic's genai service)",
                        "src/main/java/shop/genai/AIDataProvider.java", """
                        class AIDataProvider {
                            private URI customersUri() {
                                return discoveryClient.getInstances("customers-service").get(0).getUri();
                            }
                            private URI storesUri() {
                                return loadBalancerClient.choose("stores-service").getUri();
                            }
                        }
                        """),
                arguments("a load balancer given a variable, one set up for services, and a cloud load balancer named by its resource",
                        "src/main/java/shop/infra/Balancers.java", """
                        class Balancers {
                            Response forward(Service targetService, String uri) {
                                return ServiceLoadBalancer.loadBalanceRESTOperation(targetService, uri, String.class, op);
                            }
                            void describe() {
                                elbLoadBalancerClient.describeLoadBalancers("arn:aws:elasticloadbalancing:eu-west-1");
                                loadBalancer.choose(request);
                            }
                            void start() {
                                ServiceLoadBalancer.preInitializeServiceLoadBalancers(Service.AUTH, Service.PERSISTENCE);
                            }
                        }
                        """),
                arguments("a gateway route forwarding to the gateway itself or to a public site",
                        "gateway/src/main/java/com/acme/gateway/Routes.java", """
                        class Routes {
                            RouteLocator routes(RouteLocatorBuilder builder) {
                                return builder.routes()
                                        .route("fallback", r -> r.path("/fallback").uri("forward:/fallback"))
                                        .route("docs", r -> r.path("/docs/**").uri("https://docs.example.com"))
                                        .build();
                            }
                        }
                        """),
                arguments("an InvokeMethod of something that is not Dapr", "src/Plugins/Runner.cs", """
                        public class Runner
                        {
                            public object Run(MethodInfo m) { return m.InvokeMethod("orders", args); }
                        }
                        """),
                arguments("public APIs and vendors", "src/main/java/shop/payments/Stripe.java", """
                        class Stripe {
                            void charge() {
                                restTemplate.postForObject("https://api.stripe.com/v1/charges", body, Charge.class);
                                restTemplate.postForObject(stripeApiUrl + "/refunds", body, Refund.class);
                            }
                        }
                        """),
                arguments("a Feign client given the URL of an external API in configuration (piggymetrics ExchangeRatesClient)",
                        "statistics-service/src/main/java/com/piggymetrics/statistics/client/ExchangeRatesClient.java", """
                        @FeignClient(url = "${rates.url}", name = "rates-client", fallback = ExchangeRatesClientFallback.class)
                        public interface ExchangeRatesClient {
                            @RequestMapping(method = RequestMethod.GET, value = "/latest")
                            ExchangeRatesContainer getRates(@RequestParam("base") Currency base);
                        }
                        """),
                arguments("options of a fetch to a configured URL: keys name parameters (outline oidcDiscovery, SlackProcessor)",
                        "plugins/oidc/server/oidcDiscovery.ts", """
                        export async function discover(wellKnownUrl: string) {
                          const response = await fetch(wellKnownUrl, {
                            method: "GET",
                            timeout: 10000,
                            allowPrivateIPAddress: true,
                          });
                          await fetch(integration.settings.url, {
                            body: JSON.stringify({ attachments: [{ title: collection.name, title_link: env.URL }] }),
                          });
                        }
                        """),
                arguments("OAuth token endpoints of an integration's provider (outline plugins figma, linear, gitlab)",
                        "plugins/linear/server/linear.ts", """
                        export class Linear {
                          static async revoke(token: string) {
                            await fetch(LinearUtils.revokeUrl, { method: "POST", body: token });
                            const res = await fetch(FigmaUtils.refreshUrl, { method: "POST" });
                            return fetch(`${GitLabUtils.getOauthUrl(customUrl)}/token`, { method: "POST" });
                          }
                        }
                        """),
                arguments("a wrapper declared with the name fetch and typed options (outline server/utils/fetch.ts)",
                        "server/utils/fetch.ts", """
                        export default async function fetch(
                          url: string,
                          init?: RequestInit & {
                            allowPrivateIPAddress?: boolean;
                            timeout?: number;
                          }
                        ): Promise<Response> {
                          return nodeFetch(url, init);
                        }
                        """),
                arguments("loopback, IPs and relative paths", "web/src/api.ts", """
                        const a = fetch("http://localhost:8080/orders");
                        const b = fetch("http://10.0.0.12/orders");
                        const c = fetch("/api/orders");
                        const d = axios.get(baseUrl + "/orders");
                        """),
                arguments("the app's own API route built from a template literal (saas-starter-kit LinkToPortal.tsx)",
                        "components/billing/LinkToPortal.tsx", """
                        const LinkToPortal = ({ team }: LinkToPortalProps) => {
                          const openStripePortal = async () => {
                            const response = await fetch(
                              `/api/teams/${team.slug}/payments/create-portal-link`,
                              {
                                method: 'POST',
                                headers: defaultHeaders,
                                credentials: 'same-origin',
                              }
                            );
                            const result = (await response.json()) as ApiResponse<{ url: string }>;
                          };
                        };
                        """),
                arguments("a same-origin route whose path interpolates a name like a base URL", "web/src/orders.ts", """
                        export const order = (id: string) => fetch(`/api/${ordersUrl}/${id}`);
                        """),
                arguments("a same-origin path named like a service (go-coffeeshop web script.js)", "cmd/web/app/js/script.js", """
                        async function loadApp() {
                          const response = await fetch("/reverse-proxy-url");
                          return response.json();
                        }
                        """),
                arguments("the generated grpc-gateway registration itself", "proto/gen/product_gateway.go", """
                        package gen

                        func RegisterProductServiceHandlerFromEndpoint(ctx context.Context, mux *runtime.ServeMux, endpoint string) (err error) {
                        	return nil
                        }
                        """),
                arguments("a client of the Temporal server's API (samples-go grpc-proxy)", "grpc-proxy/proxy-server/main.go", """
                        package main

                        import (
                        	"go.temporal.io/api/workflowservice/v1"
                        	"google.golang.org/grpc"
                        )

                        func main() {
                        	grpcClient, err := grpc.NewClient(upstreamFlag, grpc.WithTransportCredentials(insecure.NewCredentials()))
                        	workflowClient := workflowservice.NewWorkflowServiceClient(grpcClient)
                        }
                        """),
                arguments("gRPC's own health service, which every server serves", "internal/probe/probe.go", """
                        package probe

                        import healthpb "google.golang.org/grpc/health/grpc_health_v1"

                        func check(conn *grpc.ClientConn) healthpb.HealthClient {
                        	return healthpb.NewHealthClient(conn)
                        }
                        """),
                arguments("OpenID discovery at an identity provider's URL (samples-go codec-server oidc.go)",
                        "codec-server/codec-server/oidc.go", """
                        package main

                        func discover(providerURL string) (*http.Response, error) {
                        	return http.Get(strings.TrimSuffix(providerURL, "/") + "/.well-known/openid-configuration")
                        }
                        """),
                arguments("a mail provider's request, its body naming the sender's address (CTFd's mailgun)",
                        "CTFd/utils/email/providers/mailgun.py", """
                        def sendmail(addr, text, subject):
                            mailfrom_addr = get_config("mailfrom_addr")
                            r = requests.post(
                                mailgun_base_url + "/messages",
                                auth=("api", mailgun_api_key),
                                data={"from": mailfrom_addr, "to": [addr], "subject": subject, "text": text},
                                timeout=1.0,
                            )
                        """),
                arguments("infrastructure is no service", "app/cache.py", """
                        def ping():
                            return requests.get("http://redis:6379/")
                        """),
                arguments("a URL in a comment or a log message", "src/main/java/shop/A.java", """
                        class A {
                            // calls http://orders-service/orders
                            void f() { log.info("calling http://orders-service/orders"); }
                        }
                        """),
                arguments("an asynchronous gRPC stub", "src/main/java/shop/Async.java", """
                        class Async {
                            Stub s(ManagedChannel channel) { return OrdersGrpc.newStub(channel); }
                        }
                        """),
                arguments("a service call in a test", "src/test/java/shop/ClientTest.java", """
                        class ClientTest { void t() { restTemplate.getForObject("http://orders-service/orders", String.class); } }
                        """),
                arguments("URIs of browser redirects and sign-in endpoints", "src/ClientApp/Browser.cs", """
                        public class Browser
                        {
                            public async Task Invoke(Options options)
                            {
                                await WebAuthenticator.AuthenticateAsync(new Uri(options.StartUrl), new Uri(options.EndUrl));
                            }
                        }
                        """),
                arguments("clients named for the transport they speak name no service (go-kit's addcli)",
                        "addsvc/cmd/addcli/addcli.go", """
                        package main

                        func main() {
                        	svc, err = addtransport.NewJSONRPCClient(*jsonRPCAddr, otTracer, log.NewNopLogger())
                        	svc = addtransport.NewThriftClient(client)
                        }
                        """),
                arguments("a Go method's receiver holding the host it was given names no service (ardanlabs' metrics collector)",
                        "api/services/metrics/collector/expvar.go", """
                        package collector

                        func (exp *Expvar) Collect() (map[string]any, error) {
                        	req, err := http.NewRequest("GET", exp.host, nil)
                        	return nil, err
                        }
                        """),
                arguments("a Go client of a public API, named for it, requests what its URL literal says",
                        "internal/github/client.go", """
                        package github

                        func (c *GithubClient) repos(ctx context.Context) error {
                        	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.github.com/user/repos", nil)
                        	return err
                        }

                        func (c *GithubClient) user(ctx context.Context) error {
                        	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.baseURL+"/user", nil)
                        	return err
                        }
                        """),
                arguments("a shared helper declaring a client and dialing an address named for gRPC (wild-workouts common)",
                        "internal/common/client/grpc.go", """
                        package client

                        import "google.golang.org/grpc"

                        func NewTrainerClient() (client trainer.TrainerServiceClient, err error) {
                        	grpcAddr := os.Getenv("TRAINER_GRPC_ADDR")
                        	conn, err := grpc.Dial(grpcAddr, opts...)
                        	return client, err
                        }
                        """),
                arguments("a shared helper building the generated client it returns: its callers call (wild-workouts common)",
                        "internal/common/client/grpc.go", """
                        package client

                        import "google.golang.org/grpc"

                        func NewTrainerClient() (client trainer.TrainerServiceClient, close func() error, err error) {
                        	conn, err := grpc.Dial(os.Getenv("TRAINER_GRPC_ADDR"), opts...)
                        	if err != nil {
                        		return nil, func() error { return nil }, err
                        	}
                        	return trainer.NewTrainerServiceClient(conn), conn.Close, nil
                        }
                        """),
                arguments("a registry name of infrastructure or of no service", "internal/data/data.go", """
                        package data

                        import "github.com/go-kratos/kratos/v2/transport/grpc"

                        func NewClients() {
                        	a, _ := grpc.DialInsecure(ctx, grpc.WithEndpoint("discovery:///beer.redis.service"))
                        	b, _ := grpc.DialInsecure(ctx, grpc.WithEndpoint("discovery:///service"))
                        }
                        """),
                arguments("a SAML metadata document fetched by its URL (bitwarden's seeder)", "util/Seeder/Steps/CreateSsoConfigStep.cs", """
                        public class CreateSsoConfigStep
                        {
                            public async Task Run(HttpClient client, string metadataUrl)
                            {
                                var metadataXml = await client.GetStringAsync(metadataUrl);
                            }
                        }
                        """),
                arguments("an OAuth token introspection endpoint (ever-gauzy's oauth-validator)",
                        "packages/auth/src/lib/mcp/server/oauth-validator.ts", """
                        export class OAuthValidator {
                            async introspect(token: string) {
                                const response = await fetch(this.config.introspection.endpoint, { method: 'POST', body: token });
                                return response.json();
                            }
                        }
                        """),
                arguments("a go-plugin host's client of a plugin process (botkube's executor adapter)",
                        "pkg/api/executor/grpc_adapter.go", """
                        package executor

                        import (
                        	"github.com/hashicorp/go-plugin"
                        	"google.golang.org/grpc"
                        )

                        func (p *Plugin) GRPCClient(_ context.Context, _ *plugin.GRPCBroker, c *grpc.ClientConn) (interface{}, error) {
                        	return &grpcClient{client: NewExecutorClient(c)}, nil
                        }
                        """),
                arguments("a plugin index's reference and a plugin repository's URL (botkube's plugin manager)",
                        "pkg/plugin/manager.go", """
                        package plugin

                        func (m *Manager) fetch(ctx context.Context, repo Repository, s Source) error {
                        	req, err := http.NewRequestWithContext(ctx, http.MethodGet, repo.URL, http.NoBody)
                        	ref, err := http.NewRequestWithContext(ctx, http.MethodGet, s.RefURL, http.NoBody)
                        	return err
                        }
                        """),
                arguments("clients made for a base URL named for nothing, for infrastructure or for a vendor",
                        "src/main/java/acme/Clients.java", """
                        class Clients {
                            CartHelper cart = new CartHelper(baseUrl);
                            RedisClient redis = new RedisClient(REDIS_URL);
                            StripeClient stripe = new StripeClient(STRIPE_API_URL);
                            Uri orders = new Uri(TIMEOUT);
                        }
                        """),
                arguments("goctl's generated client of a service, called by whoever makes it (go-zero-looklook)",
                        "app/payment/cmd/rpc/payment/payment.go", """
                        // Code generated by goctl. DO NOT EDIT!
                        // Source: payment.proto

                        package payment

                        import "google.golang.org/grpc"

                        func (m *defaultPayment) CreatePayment(ctx context.Context, in *CreatePaymentReq) (*CreatePaymentResp, error) {
                        	client := pb.NewPaymentClient(m.cli.Conn())
                        	return client.CreatePayment(ctx, in)
                        }
                        """),
                arguments("a go-zero RPC client whose configuration names no service", "internal/svc/serviceContext.go", """
                        package svc

                        func NewServiceContext(c config.Config) *ServiceContext {
                        	return &ServiceContext{Rpc: zrpc.MustNewClient(c.RpcConf)}
                        }
                        """),
                arguments("problem type URIs built on a public base URL constant (jhipster-sample-app's ErrorConstants)",
                        "src/main/java/io/github/jhipster/sample/web/rest/errors/ErrorConstants.java", """
                        public final class ErrorConstants {
                            public static final String PROBLEM_BASE_URL = "https://www.jhipster.tech/problem";
                            public static final URI DEFAULT_TYPE = URI.create(PROBLEM_BASE_URL + "/problem-with-message");
                        }
                        """),
                arguments("a map lookup named like a URL", "app/settings_loader.py", """
                        def url():
                            return os.environ.get("ORDERS_URL")
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatIsNoInternalCall(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).filteredOn(f -> !f.kind().startsWith("scan.")).isEmpty();
    }
}
