package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.InternalServiceCallDetector.SYNC_CALL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Go's generated gRPC clients, {@code pb.New…Client(conn)}, and NestJS's {@code ClientGrpc.getService(…)}, against
 * constructors and getters of other clients named alike.
 */
class GeneratedGrpcStubsTest {

    private final InternalServiceCallDetector detector = new InternalServiceCallDetector();

    static Stream<Arguments> calls() {
        return Stream.of(
                arguments("a stub of a proto package of the repository (Go-CQRS-Kafka-gRPC-Microservices' api gateway)",
                        "api_gateway_service/internal/server/server.go", """
                        package server

                        import (
                        \treaderService "github.com/acme/cqrs/reader_service/proto/product_reader"
                        )

                        func (s *server) Run() error {
                        \tconn, err := client.NewReaderServiceConn(ctx, s.cfg, s.im)
                        \trsClient := readerService.NewReaderServiceClient(conn)
                        \treturn nil
                        }
                        """, Expected.of(SYNC_CALL, 9, "server.Run", "target", "reader-service", "style", "grpc")),
                arguments("a stub of a pb package", "cmd/web/main.go", """
                        package main

                        import "github.com/acme/shop/pb/cart"

                        func main() {
                        \tc := cart.NewCartServiceClient(conn)
                        }
                        """, Expected.of(SYNC_CALL, 6, "main", "target", "cart-service", "style", "grpc")),
                arguments("NestJS's gRPC client of another application (nestjs-microservice-example's gateway)",
                        "apps/gateway-service/src/controllers/http/user.http.controller.ts", """
                        import type { ClientGrpc } from '@nestjs/microservices';

                        export class UserHttpController {
                          constructor(@Inject('IDENTITY_SERVICE') private readonly grpcClient: ClientGrpc) {}

                          onModuleInit() {
                            this.identityService = this.grpcClient.getService<IdentityGrpcService>(IDENTITY_SERVICE_NAME);
                          }
                        }
                        """, Expected.of(SYNC_CALL, 7, "UserHttpController.onModuleInit", "target", "identity-service",
                        "style", "grpc")),
                arguments("NestJS's gRPC client named by a literal", "src/orders/orders.service.ts", """
                        export class OrdersService {
                          constructor(@Inject('HERO_PACKAGE') private client: ClientGrpc) {}
                          onModuleInit() {
                            this.heroes = this.client.getService<HeroesService>('HeroesService');
                          }
                        }
                        """, Expected.of(SYNC_CALL, 4, "OrdersService.onModuleInit", "target", "heroes-service",
                        "style", "grpc")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calls")
    void reportsTheGeneratedClientOfAnotherService(String description, String path, String code, Expected expected) {
        assertThat(detector.detect(new SourceFile(path, code))).filteredOn(f -> !f.kind().startsWith("scan."))
                .singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("the project's own Redis client made beside its gRPC server", "reader_service/internal/server/server.go", """
                        package server

                        import (
                        \tredisClient "github.com/acme/cqrs/pkg/redis"
                        \t"google.golang.org/grpc"
                        )

                        func (s *server) Run() error {
                        \ts.redisClient = redisClient.NewUniversalRedisClient(s.cfg.Redis)
                        \tgrpcServer := grpc.NewServer()
                        \treturn nil
                        }
                        """),
                arguments("a Kafka client made in a file that uses gRPC", "internal/app/app.go", """
                        package app

                        import "github.com/acme/shop/proto/orders"

                        func run() {
                        \tk := broker.NewKafkaClient(cfg.Brokers)
                        \torders.RegisterOrdersServer(srv, handler)
                        }
                        """),
                arguments("a getService of a module reference, no gRPC client", "src/app.service.ts", """
                        export class AppService {
                          constructor(private readonly moduleRef: ModuleRef) {}
                          load() {
                            return this.moduleRef.getService(ORDERS_SERVICE_NAME);
                          }
                        }
                        """),
                arguments("an SMTP client in a file importing the standard library's textproto (kratos' courier)",
                        "courier/smtp_channel.go", """
                        package courier

                        import (
                        \t"net/textproto"
                        \t"github.com/ory/mail/v3"
                        )

                        func NewSMTPChannel(deps Dependencies, cfg *config.SMTPConfig) (*SMTPChannel, error) {
                        \tsmtpClient, err := NewSMTPClient(deps, cfg)
                        \treturn &SMTPChannel{smtpClient: smtpClient}, err
                        }
                        """),
                arguments("a client constructor in a file that uses no gRPC", "internal/app/app.go", """
                        package app

                        import "github.com/acme/shop/internal/orders"

                        func run() {
                        \tc := orders.NewOrdersClient(cfg)
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void reportsNoCallForAClientThatIsNoGeneratedStub(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).filteredOn(f -> !f.kind().startsWith("scan.")).isEmpty();
    }
}
