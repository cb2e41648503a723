package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A stub of a gRPC service the calling component serves itself is no call to another service; one of a service a single
 * other component serves is a call to that component.
 */
class GrpcServicesTest {

    private static final String JAVA_CLIENT = """
            package com.netflix.conductor.client.grpc;
            public class EventClient {
                public EventClient(ManagedChannel channel) {
                    this.stub = EventServiceGrpc.newBlockingStub(channel);
                }
            }
            """;
    private static final String JAVA_SERVER = """
            package com.netflix.conductor.grpc.server.service;
            public class EventServiceImpl extends EventServiceGrpc.EventServiceImplBase {
                public void addEventHandler(AddEventHandlerRequest req, StreamObserver<AddEventHandlerResponse> response) { }
            }
            """;
    private static final String GO_CHECKOUT = """
            package main
            import pb "github.com/shop/checkout/genproto"
            type checkoutService struct { pb.UnimplementedCheckoutServiceServer }
            func main() { pb.RegisterCheckoutServiceServer(srv, &checkoutService{}) }
            func (cs *checkoutService) cart(ctx context.Context, conn *grpc.ClientConn) {
                pb.NewCartServiceClient(conn).GetCart(ctx, &pb.GetCartRequest{})
            }
            """;
    private static final String GO_GENERATED = """
            package genproto
            import grpc "google.golang.org/grpc"
            type UnimplementedCartServiceServer struct {}
            func RegisterCartServiceServer(s grpc.ServiceRegistrar, srv CartServiceServer) { s.RegisterService(&desc, srv) }
            """;

    /** Path, text pairs of the repository's files (a component is a path's first folder), then the calls kept. */
    static Stream<Arguments> repositories() {
        return Stream.of(
                arguments("conductor: the published client of the services the same component serves", List.of(
                        "conductor/grpc-client/EventClient.java", JAVA_CLIENT,
                        "conductor/grpc-server/EventServiceImpl.java", JAVA_SERVER), List.of()),
                arguments("a client of a service a sibling component serves is a call", List.of(
                        "orders/EventClient.java", JAVA_CLIENT,
                        "events/EventServiceImpl.java", JAVA_SERVER), List.of("orders -> events")),
                arguments("a service two sibling components serve is called by its name: which copy is not known", List.of(
                        "orders/EventClient.java", JAVA_CLIENT,
                        "events/EventServiceImpl.java", JAVA_SERVER,
                        "events-copy/EventServiceImpl.java", JAVA_SERVER), List.of("orders -> event-service")),
                arguments("a client of a service nobody here serves is a call", List.of(
                        "orders/EventClient.java", JAVA_CLIENT), List.of("orders -> event-service")),
                arguments("Kotlin's coroutine base serves the service", List.of(
                        "conductor/EventClient.java", JAVA_CLIENT,
                        "conductor/EventService.kt", "class EventService : EventServiceGrpcKt.EventServiceCoroutineImplBase() {}\n"),
                        List.of()),
                arguments("a Go service serving checkout calls cart, which it does not serve", List.of(
                        "checkout/main.go", GO_CHECKOUT), List.of("checkout -> cart-service")),
                arguments("the generated package declaring every service's server serves none of them", List.of(
                        "checkout/main.go", GO_CHECKOUT,
                        "checkout/genproto/demo_grpc.go", GO_GENERATED), List.of("checkout -> cart-service")),
                arguments("a Python servicer of cart serves cart", List.of(
                        "cart/client.py", "import demo_pb2_grpc\nstub = demo_pb2_grpc.CartServiceStub(channel)\n",
                        "cart/server.py", "import demo_pb2_grpc\nclass Cart(demo_pb2_grpc.CartServiceServicer):\n    pass\n"),
                        List.of()),
                arguments("a C# service deriving from the generated base serves it", List.of(
                        "basket/Client.cs", "using Grpc.Net.Client;\nclass C { void M(GrpcChannel channel) { var c = new Basket.BasketClient(channel); } }\n",
                        "basket/BasketService.cs", "using Grpc.Core;\npublic class BasketService : Basket.BasketBase { }\n"),
                        List.of()),
                arguments("a C# service serving basket still calls catalog", List.of(
                        "basket/Client.cs", "using Grpc.Net.Client;\nclass C { void M(GrpcChannel channel) { var c = new Catalog.CatalogClient(channel); } }\n",
                        "basket/BasketService.cs", "using Grpc.Core;\npublic class BasketService : Basket.BasketBase { }\n"),
                        List.of("basket -> catalog")),
                arguments("aspnetrun: basket's client factory of the proto service the discount component implements", List.of(
                        "basket/Program.cs", "builder.Services.AddGrpcClient<DiscountProtoService.DiscountProtoServiceClient>(o =>\n"
                                + "    o.Address = new Uri(builder.Configuration[\"GrpcSettings:DiscountUrl\"]!));\n",
                        "discount/Services/DiscountService.cs", "using Grpc.Core;\n"
                                + "public class DiscountService : DiscountProtoService.DiscountProtoServiceBase { }\n"),
                        List.of("basket -> discount")));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("repositories")
    void withoutServedKeepsEveryCallByTheServiceItNames(String description, List<String> files, List<String> expected) {
        List<Finding> findings = detected(files);

        List<Finding> calls = GrpcServices.withoutServed(findings);

        assertThat(calls).allSatisfy(call -> assertThat(call.kind()).isEqualTo(InternalServiceCallDetector.SYNC_CALL));
        assertThat(calls).extracting(call -> call.attribute("value")).allSatisfy(value -> assertThat(value)
                .endsWith(" grpc").doesNotStartWith("events ").doesNotStartWith("discount "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("repositories")
    void keepsOnlyCallsToServicesTheCallingComponentDoesNotServe(String description, List<String> files, List<String> expected) {
        List<Finding> findings = detected(files);

        Map<String, Set<String>> served = GrpcServices.byComponent(findings, GrpcServicesTest::component);
        List<Finding> calls = GrpcServices.resolve(findings, finding -> new Component(component(finding), component(finding)));

        assertThat(calls).allSatisfy(call -> assertThat(call.kind()).isEqualTo(InternalServiceCallDetector.SYNC_CALL));
        assertThat(calls).filteredOn(call -> !GrpcServices.isCallToServedService(call, component(call), served))
                .extracting(call -> component(call) + " -> " + call.attribute("target")).containsExactlyElementsOf(expected);
    }

    /** What the call detector finds in each file of path, text pairs. */
    private static List<Finding> detected(List<String> files) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) {
            findings.addAll(new InternalServiceCallDetector().detect(new SourceFile(files.get(i), files.get(i + 1))));
        }
        return findings;
    }

    private static String component(Finding finding) {
        return finding.path().substring(0, finding.path().indexOf('/'));
    }
}
