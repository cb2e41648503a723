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

class TuningDetectorTest {

    private final TuningDetector detector = new TuningDetector(new SnakeYamlParser());

    static Stream<Arguments> hardcoded() {
        return Stream.of(
                arguments("a default put in place of a missing setting is an amount of its own (fullstackhero's outbox)",
                        "src/BuildingBlocks/Eventing/Outbox/OutboxDispatcher.cs", """
                        public sealed class OutboxDispatcher
                        {
                            public async Task DispatchAsync(CancellationToken ct = default)
                            {
                                var batchSize = _options.OutboxBatchSize;
                                if (batchSize <= 0) batchSize = 100;
                            }
                        }
                        """, Expected.of(HARDCODED, 6, "OutboxDispatcher.DispatchAsync", "name", "batchSize", "value", "100")),
                arguments("a custom hook beside a loader the server runs keeps its tuning", "app/routes/orders.ts", """
                        import { useDatabase } from '~/server/db';
                        export async function loader() { return useOrders(); }
                        export function useOrders() {
                          const pageSize = 25;
                          return useDatabase().orders.findMany({ take: pageSize });
                        }
                        """, Expected.of(HARDCODED, 4, "useOrders", "name", "pageSize", "parameter", "page")),
                arguments("a server rendering pages in a headless browser reads their document in a callback, its wait is its own",
                        "src/render/renderer.ts", """
                        import puppeteer from 'puppeteer';
                        const RENDER_TIMEOUT = 5000;
                        export async function title(page: Page) { return page.evaluate(() => document.querySelector('h1')); }
                        """, Expected.of(HARDCODED, 2, "RENDER_TIMEOUT", "parameter", "timeout", "value", "5000")),
                arguments("a server sending an inline script in a string runs no browser code itself", "src/pages/embed.ts", """
                        const RENDER_TIMEOUT = 5000;
                        export function embed(): string { return "<script>document.getElementById('app')</script>"; }
                        """, Expected.of(HARDCODED, 1, "RENDER_TIMEOUT", "parameter", "timeout", "value", "5000")),
                arguments("a Node service's timeout, which runs on the server", "src/services/orders.service.ts", """
                        import { Injectable } from '@nestjs/common';
                        @Injectable()
                        export class OrdersService {
                          timeout = 5000;
                        }
                        """, Expected.of(HARDCODED, 4, "OrdersService.timeout", "parameter", "timeout", "value", "5000")),
                arguments("a batch size constant in a service", "src/main/java/shop/OrderExporter.java", """
                        public class OrderExporter {
                            private static final int BATCH_SIZE = 500;
                        }
                        """, Expected.of(HARDCODED, 2, "OrderExporter.BATCH_SIZE", "parameter", "batch", "value", "500",
                        "unit", "count")),
                arguments("how long to wait for a thread pool, a time and not a size (TeaStore's SetupController)",
                        "services/image/src/main/java/tools/descartes/teastore/image/setup/ImageCreator.java", """
                        public class ImageCreator {
                            public static final long CREATION_THREAD_POOL_WAIT = 500;
                        }
                        """, Expected.of(HARDCODED, 2, "ImageCreator.CREATION_THREAD_POOL_WAIT", "parameter", "timeout",
                        "value", "500")),
                arguments("a queue of waiters is no time", "src/main/java/shop/Workers.java", """
                        public class Workers {
                            private static final int WAIT_QUEUE_CAPACITY = 64;
                        }
                        """, Expected.of(HARDCODED, 2, "Workers.WAIT_QUEUE_CAPACITY", "parameter", "queue", "value", "64")),
                arguments("an expression-bodied C# property", "src/Shop/Clients/InventoryOptions.cs", """
                        public class InventoryOptions
                        {
                            public int MaxRetries => 5;
                        }
                        """, Expected.of(HARDCODED, 3, "InventoryOptions", "parameter", "retry", "value", "5")),
                arguments("the default of a record that is no request", "src/Shop/Exports/ExportOptions.cs", """
                        public record ExportOptions(int BatchSize = 500);
                        """, Expected.of(HARDCODED, 1, "ExportOptions", "parameter", "batch", "value", "500")),
                arguments("the default of an attributed parameter of a record that is no request", "src/Shop/Exports/ExportJob.cs", """
                        public record ExportJob(
                            [property: DefaultValue(500)]
                            int BatchSize = 500);
                        """, Expected.of(HARDCODED, 3, "ExportJob", "parameter", "batch", "value", "500")),
                arguments("a connect timeout setter in milliseconds", "src/main/java/shop/InventoryClient.java", """
                        class InventoryClient {
                            RestTemplate create() {
                                SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
                                factory.setConnectTimeout(5000);
                                return new RestTemplate(factory);
                            }
                        }
                        """, Expected.of(HARDCODED, 4, "InventoryClient.create", "parameter", "timeout", "value", "5000",
                        "unit", "ms")),
                arguments("a Duration given to a client timeout", "src/main/java/shop/PaymentGateway.java", """
                        class PaymentGateway {
                            private final HttpClient client = HttpClient.newBuilder()
                                    .connectTimeout(Duration.ofSeconds(30))
                                    .build();
                        }
                        """, Expected.of(HARDCODED, 3, "PaymentGateway.client", "parameter", "timeout", "value", "30",
                        "unit", "seconds")),
                arguments("@Retryable max attempts", "src/main/java/shop/PaymentService.java", """
                        class PaymentService {
                            @Retryable(maxAttempts = 5)
                            public void charge(Order order) { }
                        }
                        """, Expected.of(HARDCODED, 2, "PaymentService.charge", "parameter", "retry", "value", "5")),
                arguments("a Kotlin page size property", "src/main/kotlin/shop/CatalogService.kt", """
                        class CatalogService {
                            private val pageSize = 50
                        }
                        """, Expected.of(HARDCODED, 2, "CatalogService.pageSize", "parameter", "page", "value", "50")),
                arguments("a requests timeout keyword in seconds", "reports/client.py", """
                        def fetch_report(url):
                            return requests.get(url, timeout=5)
                        """, Expected.of(HARDCODED, 2, "fetch_report", "parameter", "timeout", "value", "5",
                        "unit", "seconds")),
                arguments("a Python retry loop", "reports/client.py", """
                        def fetch_with_retry(url):
                            for attempt in range(3):
                                try:
                                    return requests.get(url)
                                except RequestException:
                                    time.sleep(2)
                        """, Expected.of(HARDCODED, 2, "fetch_with_retry", "parameter", "retry", "value", "3")),
                arguments("a Go client timeout in a struct literal", "internal/inventory/client.go", """
                        package inventory

                        func NewClient() *http.Client {
                        	return &http.Client{Timeout: 10 * time.Second}
                        }
                        """, Expected.of(HARDCODED, 4, "NewClient", "parameter", "timeout", "value", "10", "unit", "seconds")),
                arguments("a Go context deadline", "internal/orders/service.go", """
                        package orders

                        func (s *Service) Place(ctx context.Context, o Order) error {
                        	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
                        	defer cancel()
                        	return s.repo.Save(ctx, o)
                        }
                        """, Expected.of(HARDCODED, 4, "Service.Place", "parameter", "timeout", "value", "5", "unit", "seconds")),
                arguments("an axios timeout option", "web/src/api.ts", """
                        export const api = axios.create({ baseURL: "/api", timeout: 5000 });
                        """, Expected.of(HARDCODED, 1, "api", "parameter", "timeout", "value", "5000", "unit", "ms")),
                arguments("a C# page size constant", "Shop/Catalog/CatalogQueries.cs", """
                        public class CatalogQueries
                        {
                            private const int PageSize = 20;
                        }
                        """, Expected.of(HARDCODED, 3, "CatalogQueries.PageSize", "parameter", "page", "value", "20")),
                arguments("a fixed thread pool", "src/main/java/shop/Mailer.java", """
                        class Mailer {
                            private final ExecutorService executor = Executors.newFixedThreadPool(8);
                        }
                        """, Expected.of(HARDCODED, 2, "Mailer.executor", "parameter", "pool", "value", "8")),
                arguments("a bounded queue", "src/main/java/shop/Events.java", """
                        class Events {
                            private final BlockingQueue<Event> pending = new ArrayBlockingQueue<>(1000);
                        }
                        """, Expected.of(HARDCODED, 2, "Events.pending", "parameter", "queue", "value", "1000")),
                arguments("a retry bound in a Java loop", "src/main/java/shop/Sender.java", """
                        class Sender {
                            void send(Message m) {
                                for (int attempt = 1; ; attempt++) {
                                    if (attempt >= 3) { throw new IllegalStateException(); }
                                }
                            }
                        }
                        """, Expected.of(HARDCODED, 4, "Sender.send", "parameter", "retry", "value", "3")),
                arguments("a constant in a configuration class is marked", "src/main/java/shop/KafkaConfig.java", """
                        public class KafkaConfig {
                            static final int MAX_POLL_RECORDS = 500;
                        }
                        """, Expected.of(HARDCODED, 2, "KafkaConfig.MAX_POLL_RECORDS", "parameter", "batch",
                        "holder", "config-class")),
                arguments("an environment default in JavaScript is configured tuning", "web/src/jobs.js", """
                        const batchSize = Number(process.env.BATCH_SIZE || 100);
                        """, Expected.of(CONFIGURED, 1, "batchSize", "parameter", "batch", "value", "100",
                        "overriddenBy", "environment")),
                arguments("an environment default in Python (saleor settings.py) is configured tuning", "jobs/settings_loader.py", """
                        POOL_SIZE = int(os.getenv("POOL_SIZE", "10"))
                        """, Expected.of(CONFIGURED, 1, "POOL_SIZE", "parameter", "pool", "value", "10",
                        "overriddenBy", "environment")),
                arguments("a placeholder default in @Value is configured tuning", "src/main/java/shop/CatalogController.java", """
                        class CatalogController {
                            @Value("${catalog.page-size:20}")
                            private int pageSize;
                        }
                        """, Expected.of(CONFIGURED, 2, "CatalogController.pageSize", "parameter", "page", "value", "20",
                        "overriddenBy", "placeholder")),
                arguments("a Kafka producer property", "src/main/java/shop/Publisher.java", """
                        class Publisher {
                            Properties props() {
                                Properties props = new Properties();
                                props.put(ProducerConfig.BATCH_SIZE_CONFIG, 16384);
                                return props;
                            }
                        }
                        """, Expected.of(HARDCODED, 4, "Publisher.props", "parameter", "batch", "value", "16384")),
                arguments("a SQLAlchemy pool size keyword", "app/db.py", """
                        engine = create_engine(DATABASE_URL, pool_size=10)
                        """, Expected.of(HARDCODED, 1, "engine", "parameter", "pool", "value", "10")),
                arguments("a Kotlin duration", "src/main/kotlin/shop/Client.kt", """
                        class Client {
                            val requestTimeout = 30.seconds
                        }
                        """, Expected.of(HARDCODED, 2, "Client.requestTimeout", "value", "30", "unit", "seconds")),
                arguments("urllib3 Retry total", "app/http.py", """
                        def session():
                            adapter = HTTPAdapter(max_retries=Retry(total=5))
                            return adapter
                        """, Expected.of(HARDCODED, 2, "session", "parameter", "retry", "value", "5")),
                arguments("a Polly retry policy", "Shop/Http/Policies.cs", """
                        public static class Policies
                        {
                            public static IAsyncPolicy<HttpResponseMessage> Retry()
                            {
                                return HttpPolicyExtensions.HandleTransientHttpError()
                                    .WaitAndRetryAsync(3, n => TimeSpan.FromSeconds(n));
                            }
                        }
                        """, Expected.of(HARDCODED, 6, "Policies.Retry", "parameter", "retry", "value", "3")),
                arguments("a local that the function reads", "src/main/java/shop/Exporter.java", """
                        class Exporter {
                            void export() {
                                int batchSize = 500;
                                repository.findAll().buffer(batchSize).forEach(this::write);
                            }
                        }
                        """, Expected.of(HARDCODED, 3, "Exporter.export", "parameter", "batch", "value", "500")),
                arguments("a keyword argument on its own line", "app/jobs.py", """
                        def run():
                            client.fetch(
                                timeout=30,
                            )
                        """, Expected.of(HARDCODED, 3, "run", "parameter", "timeout", "value", "30")),
                arguments("a worker pool next to Temporal is still tuning", "bedrock/basic/run_worker.py", """
                        from temporalio.worker import Worker

                        async def main():
                            with concurrent.futures.ThreadPoolExecutor(max_workers=100) as activity_executor:
                                await Worker(client, activity_executor=activity_executor).run()
                        """, Expected.of(HARDCODED, 4, "main", "parameter", "pool", "value", "100")),
                arguments("a page request size", "src/main/java/shop/OrderQueries.java", """
                        class OrderQueries {
                            Page<Order> recent() { return repository.findAll(PageRequest.of(0, 25)); }
                        }
                        """, Expected.of(HARDCODED, 2, "OrderQueries.recent", "parameter", "page", "value", "25")),
                arguments("the default a configuration type gives a field its user left unset (watermill's router)",
                        "message/router.go", """
                        package message

                        func (c *RouterConfig) setDefaults() {
                        	if c.CloseTimeout == 0 {
                        		c.CloseTimeout = time.Second * 30
                        	}
                        }
                        """, Expected.of(CONFIGURED, 5, "RouterConfig.setDefaults", "parameter", "timeout",
                        "overriddenBy", "configuration")),
                arguments("a field of no configuration type set when unset stays hard-coded", "orders/worker.go", """
                        package orders

                        func (w *Worker) start() {
                        	if w.Timeout == 0 {
                        		w.Timeout = time.Second * 30
                        	}
                        }
                        """, Expected.of(HARDCODED, 5, "Worker.start", "parameter", "timeout")),
                arguments("a retry limit built at zero stays tuning: no retries", "src/outbox/outbox.publisher.ts", """
                        export class OutboxPublisher {
                          readonly retries = new MaxRetryCount(0);
                        }
                        """, Expected.of(HARDCODED, 2, "OutboxPublisher.retries", "parameter", "retry", "value", "0")),
                arguments("a retry count of zero that nothing adds to stays tuning (no retries is a choice; a size of zero is a"
                        + " sentinel: TuningSentinelsTest)", "src/main/java/shop/Workers.java", """
                        class Workers {
                            void start() {
                                int maxRetries = 0;
                                client.setMaxRetries(maxRetries + extra);
                                other += maxRetries;
                            }
                        }
                        """, Expected.of(HARDCODED, 3, "Workers.start", "name", "maxRetries", "parameter", "retry")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hardcoded")
    void reportsTuningWrittenIntoCode(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> configured() {
        return Stream.of(
                arguments("a Hikari pool size", "src/main/resources/application.yml", """
                        spring:
                          datasource:
                            hikari:
                              maximum-pool-size: 20
                        """, Expected.of(CONFIGURED, 4, "spring.datasource.hikari.maximum-pool-size", "parameter", "pool",
                        "value", "20")),
                arguments("a Hibernate batch size", "src/main/resources/application.properties", """
                        spring.jpa.properties.hibernate.jdbc.batch_size=50
                        """, Expected.of(CONFIGURED, 1, "spring.jpa.properties.hibernate.jdbc.batch_size", "parameter", "batch")),
                arguments("a request timeout with a unit", "src/main/resources/application.yaml", """
                        spring:
                          mvc:
                            async:
                              request-timeout: 30s
                        """, Expected.of(CONFIGURED, 4, "spring.mvc.async.request-timeout", "parameter", "timeout",
                        "value", "30", "unit", "seconds")),
                arguments("a timeout in milliseconds (mall-swarm application.yml)", "src/main/resources/application.yml", """
                        spring:
                          data:
                            redis:
                              timeout: 3000ms # connection timeout
                        """, Expected.of(CONFIGURED, 4, "spring.data.redis.timeout", "parameter", "timeout",
                        "value", "3000", "unit", "ms")),
                arguments("a timeout in minutes (loopers application.yml)", "src/main/resources/application.yml", """
                        server:
                          tomcat:
                            connection-timeout: 1m
                        """, Expected.of(CONFIGURED, 3, "server.tomcat.connection-timeout", "parameter", "timeout",
                        "value", "1", "unit", "minutes")),
                arguments("a timeout in days", "src/main/resources/application.yml", """
                        session:
                          timeout: 10d
                        """, Expected.of(CONFIGURED, 2, "session.timeout", "value", "10", "unit", "days")),
                arguments("a pool size in a dotenv file", ".env", """
                        DB_POOL_SIZE=20
                        """, Expected.of(CONFIGURED, 1, "DB_POOL_SIZE", "parameter", "pool", "value", "20")),
                arguments("a command timeout in appsettings", "Api/appsettings.json", """
                        { "Database": { "CommandTimeout": 30 } }
                        """, Expected.of(CONFIGURED, 1, "Database.CommandTimeout", "parameter", "timeout", "value", "30")),
                arguments("a placeholder with a default", "src/main/resources/application.properties", """
                        app.orders.page-size=${PAGE_SIZE:25}
                        """, Expected.of(CONFIGURED, 1, "app.orders.page-size", "parameter", "page", "value", "25",
                        "overridable", "true")),
                arguments("resilience4j retry attempts", "src/main/resources/application.yml", """
                        resilience4j:
                          retry:
                            instances:
                              payments:
                                max-attempts: 3
                        """, Expected.of(CONFIGURED, 5, "resilience4j.retry.instances.payments.max-attempts",
                        "parameter", "retry", "value", "3")),
                arguments("an ISO duration", "src/main/resources/application.yml", """
                        feign:
                          read-timeout: PT5S
                        """, Expected.of(CONFIGURED, 2, "feign.read-timeout", "value", "5", "unit", "seconds")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("configured")
    void reportsTuningSetInConfiguration(String description, String path, String content, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
        assertThat(findings.get(0).source()).isEqualTo(Finding.CONFIGURATION);
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("an enum's member named for a timeout is a code (bitwarden's PolicyType)",
                        "src/Core/AdminConsole/Enums/PolicyType.cs", """
                        public enum PolicyType : byte
                        {
                            TwoFactorAuthentication = 0,
                            MaximumVaultTimeout = 9,
                            DisablePersonalVaultExport = 10,
                        }
                        """),
                arguments("a Kotlin enum's timeout member with a value", "src/main/kotlin/shop/Limits.kt", """
                        enum class Limit(val value: Int) {
                            BATCH_SIZE(500),
                        }
                        """),
                arguments("a request's page size clamped to its bounds (kratos' schema.List)", "schema/schema.go", """
                        package schema
                        func (s Schemas) List(page, perPage int) Schemas {
                        \tif perPage < 1 {
                        \t\tperPage = 1
                        \t}
                        \treturn s
                        }
                        """),
                arguments("a Python page size clamped to its maximum", "app/api/pagination.py", """
                        def paginate(query, page_size):
                            if page_size > 100:
                                page_size = 100
                            return query.limit(page_size)
                        """),
                arguments("another object's attempt count compared with a number: a business rule (bitwarden's dunning)",
                        "src/Billing/Services/PaymentFailedHandler.cs", """
                        public class PaymentFailedHandler
                        {
                            public async Task HandleAsync(Invoice invoice)
                            {
                                if (invoice.AttemptCount < 4)
                                {
                                    await _mailer.SendPaymentFailedAsync(invoice);
                                }
                            }
                        }
                        """),
                arguments("a Go counter of attempts declared in a var block, starting at zero (kratos' web hook)",
                        "selfservice/hook/web_hook.go", """
                        package hook
                        func Instrument(httpClient *retryablehttp.Client) {
                        \tvar (
                        \t\tattempt   = 0
                        \t\trequestID uuid.UUID
                        \t)
                        \thttpClient.RequestLogHook = func(_ retryablehttp.Logger, req *http.Request, retryNumber int) {
                        \t\tattempt = retryNumber + 1
                        \t}
                        }
                        """),
                arguments("an Angular service's alert timeout runs in the user's browser (jhipster-sample-app)",
                        "src/main/webapp/app/core/util/alert.service.ts", """
                        import { Injectable } from '@angular/core';
                        @Injectable({ providedIn: 'root' })
                        export class AlertService {
                          timeout = 5000;
                        }
                        """),
                arguments("a Vue admin's request timeout runs in the user's browser (litemall-admin's utils/request.js)",
                        "litemall-admin/src/utils/request.js", """
                        import axios from 'axios'
                        import { Message, MessageBox } from 'element-ui'

                        const service = axios.create({
                          baseURL: process.env.VUE_APP_BASE_API,
                          timeout: 5000
                        })
                        """),
                arguments("a widget that builds the page's iframe waits in the user's browser (remark42's create-iframe.ts)",
                        "frontend/apps/remark42/app/utils/create-iframe.ts", """
                        import { BASE_URL } from 'common/constants.config';
                        const REVEAL_TIMEOUT = 5000;
                        export function createIframe(params: Params) {
                          const iframe = document.createElement('iframe');
                          return iframe;
                        }
                        """),
                arguments("a React client component's page size", "web/src/components/OrderList.tsx", """
                        import { useState } from "react";
                        const PAGE_SIZE = 20;
                        export function OrderList() { const [page, setPage] = useState(0); return null; }
                        """),
                arguments("a script served to browsers as it is", "src/main/resources/static/js/poll.js", """
                        var retries = 3;
                        var timeout = 5000;
                        """),
                arguments("a custom React hook calling hooks, in a plain TypeScript module (umami's useReplaysQuery)",
                        "src/components/hooks/queries/useReplaysQuery.ts", """
                        import { useApi } from '../useApi';
                        import { usePagedQuery } from '../usePagedQuery';

                        export function useReplaysQuery(websiteId: string) {
                          const { get } = useApi();
                          return usePagedQuery({ queryFn: (params) => get(`/websites/${websiteId}/replays`, { pageSize: 20, ...params }) });
                        }
                        """),
                arguments("a Java web application's client, under its web root (jhipster-sample-app)",
                        "src/main/webapp/app/config/pagination.constants.ts", """
                        export const TOTAL_COUNT_RESPONSE_HEADER = 'X-Total-Count';
                        export const ITEMS_PER_PAGE = 20;
                        """),
                arguments("a sum of the thread counts each task type is given (conductor's TaskPollExecutor)",
                        "client/src/main/java/com/netflix/conductor/client/automator/TaskPollExecutor.java", """
                        class TaskPollExecutor {
                            TaskPollExecutor(Map<String, Integer> taskThreadCount) {
                                int totalThreadCount = 0;
                                for (Map.Entry<String, Integer> entry : taskThreadCount.entrySet()) {
                                    totalThreadCount += entry.getValue();
                                }
                                this.executorService = Executors.newFixedThreadPool(totalThreadCount);
                            }
                        }
                        """),
                arguments("loop counters and array sizes", "src/main/java/shop/Loops.java", """
                        class Loops {
                            void run() {
                                for (int i = 0; i < 100; i++) { }
                                byte[] buffer = new byte[1024];
                                List<String> names = new ArrayList<>(16);
                            }
                        }
                        """),
                arguments("Python range without a retry name", "app/loops.py", """
                        for i in range(10):
                            print(i)
                        """),
                arguments("a tuning constant in a test", "src/test/java/shop/ExporterTest.java", """
                        class ExporterTest { static final int BATCH_SIZE = 10; }
                        """),
                arguments("JavaScript timers", "web/src/poll.js", """
                        setTimeout(() => poll(), 1000);
                        setInterval(refresh, 5000);
                        """),
                arguments("timers on window and AngularJS's $timeout (robot-shop web, piggymetrics gateway)",
                        "web/static/js/controller.js", """
                        function added() {
                            $timeout(clearMessage, 3000);
                            $interval(refresh, 10000);
                            a = window.setTimeout(function() { f *= 2 }, 30);
                        }
                        """),
                arguments("HTTP status codes named like timeouts", "src/main/java/shop/Status.java", """
                        enum Status {
                            REQUEST_TIMEOUT(408, "Request Timeout"),
                            GATEWAY_TIMEOUT(504, "Gateway Timeout");
                            static final int GATEWAY_TIMEOUT_CODE = 504;
                        }
                        """),
                arguments("names that are not tuning", "src/main/java/shop/Limits.java", """
                        class Limits {
                            static final int MAX_NAME_LENGTH = 50;
                            static final long retryDelay = 1000;
                            static final int TIMEOUT_EXIT_CODE = 124;
                            static final int bufferSize = 8192;
                            static final int pageNumber = 1;
                            static final String TIMEOUT_MESSAGE = "Request timed out";
                        }
                        """),
                arguments("the number of the batch a loop is at (outline UpdateDocumentsPopularityScoreTask.ts)",
                        "server/queues/tasks/UpdateDocumentsPopularityScoreTask.ts", """
                        export default class UpdateDocumentsPopularityScoreTask {
                          public async perform() {
                            let batchNumber = 0;
                            const chunkNumber = 1;
                          }
                        }
                        """),
                arguments("the attempt a Polly delay lambda is given (coolstore N8T.Infrastructure.EfCore Extensions.cs)",
                        "src/dotnet/building-blocks/N8T.Infrastructure.EfCore/Extensions.cs", """
                        public static class Extensions
                        {
                            static AsyncRetryPolicy CreatePolicy(int retries, ILogger logger)
                            {
                                return Policy.Handle<Exception>().WaitAndRetryAsync(
                                    retries,
                                    retry => TimeSpan.FromSeconds(15),
                                    (exception, timeSpan, retry, ctx) => logger.LogWarning(exception, "retry"));
                            }
                        }
                        """),
                arguments("the defaults of a request's and a query's own record (aspnetrun Catalog GetProducts)",
                        "src/Services/Catalog/Catalog.API/Products/GetProducts/GetProductsHandler.cs", """
                        public record GetProductsRequest(int? PageNumber = 1, int? PageSize = 10);
                        public record GetProductsQuery(int? PageNumber = 1, int? PageSize = 10) : IQuery<GetProductsResult>;
                        public record PaginationRequest(int PageIndex = 0, int PageSize = 10);
                        """),
                arguments("the default of a request record's attributed parameter (eShop Catalog PaginationRequest)",
                        "src/Catalog.API/Model/PaginationRequest.cs", """
                        public record PaginationRequest(
                            [property: Description("Number of items to return in a single page of results")]
                            [property: DefaultValue(10)]
                            int PageSize = 10,

                            [property: DefaultValue(0)]
                            int PageIndex = 0
                        );
                        """),
                arguments("a commented-out constant", "src/main/java/shop/A.java", """
                        class A {
                            // static final int BATCH_SIZE = 500;
                            /* timeout = 30 */
                        }
                        """),
                arguments("values that come from configuration", "src/main/java/shop/Jobs.java", """
                        class Jobs {
                            void run() {
                                int batchSize = properties.getBatchSize();
                                client.setConnectTimeout(settings.connectTimeout());
                                Duration timeout = Duration.ofSeconds(timeoutSeconds);
                            }
                        }
                        """),
                arguments("validation bounds and ternaries", "src/main/java/shop/Query.java", """
                        class Query {
                            @Max(100) private int pageSize;
                            @Size(max = 50) private String name;
                            int effective(boolean fast) { return fast ? timeout : fallback; }
                        }
                        """),
                arguments("the first page's index is no page size", "src/main/java/bank/TransactionCache.java", """
                        class TransactionCache {
                            Page<Transaction> load() { return repository.findAll(PageRequest.of(0, historyLimit)); }
                        }
                        """),
                arguments("a typed retry parameter starting at zero counts attempts", "src/Infrastructure/Data/CatalogContextSeed.cs", """
                        public class CatalogContextSeed
                        {
                            public static async Task SeedAsync(CatalogContext catalogContext, ILogger logger,
                                int retry = 0)
                            {
                                var retryForAvailability = retry;
                            }
                        }
                        """),
                arguments("a retry counter built at zero is no limit (nestjs-microservices-template's OutboxRetryCount.zero)",
                        "backend/libs/common/src/outbox/domain/value-objects/outbox-retry-count.vo.ts", """
                        export class OutboxRetryCount extends ValueObject<number> {
                          static zero(): OutboxRetryCount {
                            return new OutboxRetryCount(0);
                          }
                        }
                        """),
                arguments("sleeping is not a timeout", "src/main/java/shop/Poller.java", """
                        class Poller {
                            void pause() throws InterruptedException { TimeUnit.MILLISECONDS.sleep(1000); }
                        }
                        """),
                arguments("sleeping in Go is not a timeout", "internal/poller/poller.go", """
                        package poller

                        func pause() { time.Sleep(1000 * time.Millisecond) }
                        """),
                arguments("a batch size in a Django data migration runs once", "saleor/order/migrations/0204_set_order_lines_count.py", """
                        BATCH_SIZE = 500

                        def set_lines_count(apps, schema_editor):
                            for ids in batched(Order.objects.values_list("pk", flat=True), BATCH_SIZE):
                                update(ids)
                        """),
                arguments("a Rails migration", "db/migrate/20240101000000_backfill_totals.rb", """
                        class BackfillTotals < ActiveRecord::Migration[7.1]
                          def up
                            Order.in_batches(of: 1000) { |batch| batch.update_all(total: 0) }
                            BATCH_SIZE = 1000
                          end
                        end
                        """),
                arguments("a local that nothing reads again (microservices-demo AdService.initStats)",
                        "src/adservice/src/main/java/hipstershop/AdService.java", """
                        class AdService {
                          private static void initStats() {
                            long sleepTime = 10; /* seconds */
                            int maxAttempts = 5;

                            // TODO(arbrown) Implement OpenTelemetry stats
                          }
                        }
                        """),
                arguments("the default of a query parameter the caller sets (eShopOnContainers CatalogController)",
                        "src/Services/Catalog/Catalog.API/Controllers/CatalogController.cs", """
                        public class CatalogController : ControllerBase
                        {
                            public async Task<IActionResult> ItemsAsync([FromQuery] int pageSize = 10, [FromQuery] int pageIndex = 0)
                            {
                                return Ok(await Items(pageSize, pageIndex));
                            }
                        }
                        """),
                arguments("Temporal activity options in a workflow definition (temporalio/samples-python)",
                        "hello/hello_activity.py", """
                        from temporalio import workflow
                        from temporalio.common import RetryPolicy

                        @workflow.defn
                        class GreetingWorkflow:
                            @workflow.run
                            async def run(self, name: str) -> str:
                                return await workflow.execute_activity(
                                    compose_greeting,
                                    start_to_close_timeout=timedelta(seconds=10),
                                    retry_policy=RetryPolicy(maximum_attempts=3),
                                )
                        """),
                arguments("Temporal activity options in Go", "activity_worker/go_workflow/main.go", """
                        package main

                        import "go.temporal.io/sdk/workflow"

                        func GreetingWorkflow(ctx workflow.Context, name string) (string, error) {
                        	ctx = workflow.WithActivityOptions(ctx, workflow.ActivityOptions{
                        		ScheduleToCloseTimeout: 5 * time.Second,
                        		RetryPolicy:            &temporal.RetryPolicy{MaximumAttempts: 1},
                        	})
                        	return "", nil
                        }
                        """),
                arguments("a build tool wrapper setting", "gradle/wrapper/gradle-wrapper.properties", """
                        networkTimeout=10000
                        """),
                arguments("a retry bound of a lockout rule", "app/throttling.py", """
                        def blocked(ip_attempts_count):
                            return ip_attempts_count >= 100
                        """),
                arguments("configuration keys that are not tuning", "src/main/resources/application.yml", """
                        server:
                          port: 8080
                        logging:
                          level:
                            root: INFO
                        app:
                          retry-topic: orders-retry
                          retry:
                            enabled: true
                          timeout: ${TIMEOUT}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatIsNoTuning(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
