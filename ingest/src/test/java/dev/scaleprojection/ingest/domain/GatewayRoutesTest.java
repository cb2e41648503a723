package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.InternalServiceCallDetector.SYNC_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A gateway's routes in its own configuration: its synchronous calls to the services it routes to. */
class GatewayRoutesTest {

    private final ConfiguredEndpointDetector detector = new ConfiguredEndpointDetector(new SnakeYamlParser());

    static Stream<Arguments> configurations() {
        return Stream.of(
                arguments("spring-petclinic's api-gateway: lb:// routes of Spring Cloud Gateway (server webflux)",
                        "spring-petclinic-api-gateway/src/main/resources/application.yml", """
                        spring:
                          cloud:
                            gateway:
                              server:
                                webflux:
                                  routes:
                                    - id: vets-service
                                      uri: lb://vets-service
                                      predicates:
                                        - Path=/api/vet/**
                                    - id: customers-service
                                      uri: lb://customers-service
                                      predicates:
                                        - Path=/api/customer/**
                        """, List.of("vets-service gateway-route@8", "customers-service gateway-route@12")),
                arguments("properties of Spring Cloud Gateway, to a service's URL on the service network",
                        "gateway/src/main/resources/application-k8s.properties", """
                        spring.cloud.gateway.routes[0].id=orders
                        spring.cloud.gateway.routes[0].uri=http://orders-service:8080
                        """, List.of("orders-service gateway-route@2")),
                arguments("routes to the URLs properties named for services hold (eventuate's api-gateway)",
                        "api-gateway-service/src/main/resources/application.yml", """
                        customer:
                          destinations:
                            customerServiceUrl: http://${DOCKER_HOST_IP:localhost}:8082
                        spring:
                          cloud:
                            gateway:
                              routes:
                                - id: get_order_history
                                  uri: ${orderhistory.destinations.orderHistoryServiceUrl}
                                - id: create_customer
                                  uri: ${customer.destinations.customerServiceUrl:http://localhost:8082}
                                - id: fallback
                                  uri: ${gateway.fallbackUrl}
                                - id: anything
                                  uri: ${upstream.url}
                        """, List.of("order-history-service gateway-route@9", "customer-service gateway-route@11")),
                arguments("Zuul routes by service id and by URL", "gateway/src/main/resources/bootstrap.yml", """
                        zuul:
                          routes:
                            account-service:
                              path: /accounts/**
                              serviceId: account-service
                            auth-service:
                              path: /uaa/**
                              url: http://auth-service:5000
                        """, List.of("account-service zuul-route@5", "auth-service zuul-route@8")),
                arguments("Ocelot's routes by discovery name (asc-lab's dotnetcore-microservices-poc AgentPortalApiGateway)",
                        "AgentPortalApiGateway/ocelot.json", """
                        {
                          "Routes": [
                            {
                              "DownstreamPathTemplate": "/api/Products/{everything}",
                              "ServiceName": "ProductService",
                              "UpstreamPathTemplate": "/api/Products/{everything}"
                            },
                            {
                              "DownstreamPathTemplate": "/api/Policy",
                              "ServiceName": "PolicyService"
                            }
                          ],
                          "GlobalConfiguration": { "ServiceDiscoveryProvider": { "Host": "eureka-server" } }
                        }
                        """, List.of("productservice ocelot-route@5", "policyservice ocelot-route@10")),
                arguments("Ocelot's older ReRoutes to downstream hosts, one on the machine itself",
                        "src/ApiGateways/Web.Bff/configuration.json", """
                        {
                          "ReRoutes": [
                            {
                              "DownstreamPathTemplate": "/api/{version}/{everything}",
                              "DownstreamHostAndPorts": [ { "Host": "catalog-api", "Port": 80 } ]
                            },
                            {
                              "DownstreamPathTemplate": "/{everything}",
                              "DownstreamHostAndPorts": [ { "Host": "localhost", "Port": 5001 } ]
                            }
                          ]
                        }
                        """, List.of("catalog-api ocelot-route@5")),
                arguments("a YARP reverse proxy's cluster destinations, Compose services named for their role (aspnetrun)",
                        "src/ApiGateways/YarpApiGateway/appsettings.json", """
                        {
                          "ReverseProxy": {
                            "Routes": { "catalog-route": { "ClusterId": "catalog-cluster", "Match": { "Path": "/catalog-service/{**catch-all}" } } },
                            "Clusters": {
                              "catalog-cluster": { "Destinations": { "destination1": { "Address": "http://catalog.api:8080" } } },
                              "basket-cluster": { "Destinations": { "destination1": { "Address": "http://basket-api:8080/" } } }
                            }
                          }
                        }
                        """, List.of("catalog yarp-route@5", "basket-api yarp-route@6")),
                arguments("a YARP destination on the developer's machine", "src/ApiGateways/YarpApiGateway/appsettings.Local.json", """
                        {
                          "ReverseProxy": {
                            "Clusters": { "catalog-cluster": { "Destinations": { "d1": { "Address": "http://localhost:6000/" } } } }
                          }
                        }
                        """, List.of()),
                arguments("a JSON file with a ServiceName that is no Ocelot configuration", "src/Web/appsettings.json", """
                        { "Routes": [ { "ServiceName": "PolicyService" } ] }
                        """, List.of()),
                arguments("routes to the gateway itself and to a public site", "gateway/src/main/resources/application.yml", """
                        spring:
                          cloud:
                            gateway:
                              routes:
                                - id: fallback
                                  uri: forward:/fallback
                                - id: docs
                                  uri: https://docs.example.com
                                - id: local
                                  uri: http://localhost:8081
                        """, List.of()),
                arguments("a config server's file for the gateway application configures that application, not the server",
                        "config/src/main/resources/shared/gateway.yml", """
                        zuul:
                          routes:
                            account-service:
                              serviceId: account-service
                        """, List.of()),
                arguments("a route's uri outside any gateway's routes", "orders/src/main/resources/application.yml", """
                        orders:
                          routes:
                            uri: lb://inventory-service
                        """, List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configurations")
    void reportsAGatewaysRoutesAsItsCallsToTheServices(String description, String path, String content, List<String> calls) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).filteredOn(finding -> finding.kind().equals(SYNC_CALL))
                .allSatisfy(call -> assertThat(call.attribute("protocol")).isEqualTo("http"))
                .extracting(call -> call.attribute("value") + "@" + call.startLine()).containsExactlyElementsOf(calls);
    }
}
