package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A negative size, count or duration in code is a sentinel (all, none, unlimited), not a tuning value; so is a size of zero
 * (no limit, or the library's default), while no retries or no timeout at all is a choice.
 */
class TuningSentinelsTest {

    private final TuningDetector detector = new TuningDetector(new SnakeYamlParser());

    static Stream<Arguments> values() {
        return Stream.of(
                arguments("a page of everything (mealie's PaginationQuery)", "mealie/services/parser_services/_base.py", """
                        def load(self):
                            query = PaginationQuery(page=1, per_page=-1)
                            return self.repos.foods.page_all(query)
                        """, 0),
                arguments("a TypeScript default of everything", "frontend/lib/api/base/base-clients.ts", """
                        export class BaseCRUDAPI {
                          async getAll(page = 1, perPage = -1) {
                            return await this.requests.get(this.baseRoute, { page, perPage });
                          }
                        }
                        """, 0),
                arguments("a positive page size beside it stays hard-coded", "mealie/services/parser_services/_base.py", """
                        def load(self):
                            query = PaginationQuery(page=1, per_page=50)
                            return self.repos.foods.page_all(query)
                        """, 1),
                arguments("a zero prefetch size is AMQP's no limit; the prefetch count is the batch (go-coffeeshop)",
                        "pkg/rabbitmq/consumer/consumer.go", """
                        package consumer

                        const (
                        	_prefetchCount  = 5
                        	_prefetchSize   = 0
                        	_prefetchGlobal = false
                        )
                        """, 1),
                arguments("a page length set later, starting at zero (netbox's NetBoxPagination)", "netbox/api/pagination.py", """
                        class NetBoxPagination(LimitOffsetPagination):
                            def __init__(self):
                                self.default_limit = get_config().PAGINATE_COUNT
                                self._page_length = 0
                        """, 0),
                arguments("a pool of zero core threads and a queue of none", "app/src/main/java/com/shop/Executors.java", """
                        public class Executors {
                            private static final int CORE_POOL_SIZE = 0;
                            private static final int QUEUE_CAPACITY = 0;
                        }
                        """, 0),
                arguments("no retries and no timeout stay choices", "app/src/main/java/com/shop/Client.java", """
                        public class Client {
                            private static final int MAX_RETRIES = 0;
                            private static final long READ_TIMEOUT_MS = 0L;
                        }
                        """, 2),
                arguments("a prefetch count given to the channel", "worker/src/main/java/shop/Consumer.java", """
                        public class Consumer {
                            private static final int PREFETCH_COUNT = 50;
                            void start(Channel channel) throws IOException {
                                channel.basicQos(PREFETCH_COUNT);
                            }
                        }
                        """, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("values")
    void reportsOnlyPositiveValuesAsHardCodedTuning(String description, String path, String code, int count) {
        assertThat(detector.detect(new SourceFile(path, code)))
                .filteredOn(finding -> finding.kind().equals(TuningDetector.HARDCODED)).hasSize(count);
    }
}
