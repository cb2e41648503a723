package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.SharedStateDetector.SHARED_STATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A static registry .NET fills while registering services is the same in every replica; one filled while serving is not. */
class SharedStateStartupRegistrationTest {

    private final SharedStateDetector detector = new SharedStateDetector();

    static Stream<Arguments> registries() {
        return Stream.of(
                arguments("handlers registered with the service collection (Practical.CleanArchitecture's MessageBus)", """
                        public class MessageBus
                        {
                            private static Dictionary<string, List<Type>> _outboxMessageHandlers = new();
                            internal static void AddOutboxMessagePublishers(Assembly assembly, IServiceCollection services)
                            {
                                foreach (var item in assembly.GetTypes())
                                {
                                    _outboxMessageHandlers[item.Name] = new List<Type>();
                                }
                            }
                        }
                        """, 0),
                arguments("an extension registering with the application's builder", """
                        public static class Handlers
                        {
                            private static readonly List<Type> Registered = new();
                            public static WebApplicationBuilder AddHandlers(this WebApplicationBuilder builder)
                            {
                                Registered.Add(typeof(OrderPlacedHandler));
                                return builder;
                            }
                        }
                        """, 0),
                arguments("the same registry filled while a message is handled", """
                        public class MessageBus
                        {
                            private static Dictionary<string, List<Type>> _outboxMessageHandlers = new();
                            public async Task DispatchAsync(OutboxMessage outbox, IServiceCollection services)
                            {
                                await Task.Yield();
                            }
                            public void Handle(OutboxMessage outbox)
                            {
                                _outboxMessageHandlers[outbox.EventType] = new List<Type>();
                            }
                        }
                        """, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registries")
    void reportsARegistryOnlyWhereRequestsFillIt(String description, String code, int shared) {
        assertThat(detector.detect(new SourceFile("src/Common/Messaging/MessageBus.cs", code)))
                .filteredOn(f -> f.kind().equals(SHARED_STATE)).hasSize(shared);
    }
}
