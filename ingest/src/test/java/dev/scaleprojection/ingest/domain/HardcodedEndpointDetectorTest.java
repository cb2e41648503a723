package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.HardcodedEndpointDetector.ENV_FALLBACK;
import static dev.scaleprojection.ingest.domain.HardcodedEndpointDetector.HARDCODED;
import static dev.scaleprojection.ingest.domain.HardcodedEndpointDetector.SERVICE_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class HardcodedEndpointDetectorTest {

    private final HardcodedEndpointDetector detector = new HardcodedEndpointDetector();

    static Stream<Arguments> endpoints() {
        return Stream.of(

                arguments("a JDBC URL in a Java constant", "orders/src/main/java/shop/OrderRepository.java", """
                        package shop;
                        public class OrderRepository {
                            private static final String DB_URL = "jdbc:postgresql://db.internal:5432/orders";
                        }
                        """, Expected.of(HARDCODED, 3, "OrderRepository.DB_URL", "technology", "postgresql",
                        "host", "db.internal", "port", "5432", "scheme", "jdbc:postgresql")),
                arguments("a Redis URL inside a method", "src/main/java/shop/Cache.java", """
                        class Cache {
                            Jedis open() {
                                return new Jedis(URI.create("redis://cache.internal:6379/0"));
                            }
                        }
                        """, Expected.of(HARDCODED, 3, "Cache.open", "technology", "redis")),
                arguments("localhost:5432 in a production service class", "src/main/java/shop/Db.java", """
                        class Db {
                            String address() { return "localhost:5432"; }
                        }
                        """, Expected.of(HARDCODED, 2, "Db.address", "technology", "postgresql", "network", "loopback")),
                arguments("a loopback API in a script the component serves to browsers", "gateway/src/main/resources/static/js/api.js", """
                        function load() {
                            $.getJSON("http://localhost:8080/accounts/current", render);
                        }
                        """, Expected.of(HARDCODED, 2, "load", "host", "localhost", "network", "loopback")),
                arguments("a public web API in a Node module outside the web assets", "gateway/src/rates.js", """
                        function load() {
                            $.getJSON("https://api.exchangeratesapi.io/latest?base=RUB", render);
                        }
                        """, Expected.of(HARDCODED, 2, "load", "host", "api.exchangeratesapi.io", "network", "public")),
                arguments("credentials are redacted in snippet and value", "src/main/java/shop/Db.java", """
                        class Db {
                            static final String URL = "jdbc:mysql://app:hunter2@10.0.0.12:3306/shop";
                        }
                        """, Expected.of(HARDCODED, 2, "Db.URL", "value", "jdbc:mysql://***:***@10.0.0.12:3306/shop")),
                arguments("a constant in a config class", "src/main/java/shop/PaymentConfig.java", """
                        public final class PaymentConfig {
                            public static final String GATEWAY = "https://payments.internal:9443/api";
                        }
                        """, Expected.of(HARDCODED, 2, "PaymentConfig.GATEWAY", "holder", "config-class")),
                arguments("a text block reports the line of the URL", "src/main/java/shop/Q.java", """
                        class Q {
                            String url = \"""
                                amqp://rabbit.internal:5672/orders
                                \""";
                        }
                        """, Expected.of(HARDCODED, 3, "Q.url", "technology", "rabbitmq")),
                arguments("a Kafka bootstrap list next to its key", "src/main/java/shop/Producer.java", """
                        class Producer {
                            void configure(Properties props) {
                                props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "kafka-1.prod:9999,kafka-2.prod:9999");
                            }
                        }
                        """, Expected.of(HARDCODED, 3, "Producer.configure", "technology", "kafka",
                        "host", "kafka-1.prod,kafka-2.prod")),
                arguments("getenv ternary fallback", "src/main/java/shop/Db.java", """
                        class Db {
                            String url = System.getenv("DB_URL") != null
                                    ? System.getenv("DB_URL")
                                    : "jdbc:postgresql://localhost:5432/orders";
                        }
                        """, Expected.of(ENV_FALLBACK, 4, "Db.url", "overriddenBy", "environment")),
                arguments("getenv().getOrDefault fallback", "src/main/java/shop/Db.java", """
                        class Db {
                            String url = System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://db:5432/orders");
                        }
                        """, Expected.of(ENV_FALLBACK, 2, "Db.url", "overriddenBy", "environment")),
                arguments("system property default", "src/main/java/shop/Db.java", """
                        class Db {
                            String url = System.getProperty("db.url", "jdbc:postgresql://db:5432/orders");
                        }
                        """, Expected.of(ENV_FALLBACK, 2, "Db.url", "overriddenBy", "system-property")),
                arguments("Spring @Value default", "src/main/java/shop/Client.java", """
                        class Client {
                            @Value("${inventory.url:http://inventory.internal:8080}")
                            private String inventoryUrl;
                        }
                        """, Expected.of(ENV_FALLBACK, 2, "Client.inventoryUrl", "overriddenBy", "placeholder",
                        "host", "inventory.internal")),
                arguments("a @ConfigurationProperties default is bound configuration", "src/main/java/shop/DbProperties.java", """
                        @ConfigurationProperties(prefix = "db")
                        public class DbProperties {
                            private String url = "jdbc:postgresql://db.internal:5432/orders";
                        }
                        """, Expected.of(ENV_FALLBACK, 3, "DbProperties.url", "overriddenBy", "configuration-binding",
                        "holder", "config-class")),
                arguments("Kotlin elvis fallback", "src/main/kotlin/shop/Cache.kt", """
                        class Cache {
                            val url = System.getenv("REDIS_URL") ?: "redis://redis.internal:6379"
                        }
                        """, Expected.of(ENV_FALLBACK, 2, "Cache.url", "overriddenBy", "environment")),
                arguments("Kotlin data class parameter default", "src/main/kotlin/shop/ShopProperties.kt", """
                        @ConfigurationProperties("shop")
                        data class ShopProperties(val inventory: String = "http://inventory.internal:8080")
                        """, Expected.of(ENV_FALLBACK, 2, "ShopProperties.inventory", "overriddenBy", "configuration-binding")),
                arguments("Kotlin function", "src/main/kotlin/shop/Repo.kt", """
                        class Repo(private val ds: DataSource) : Base(), Closeable {
                            fun connect(): Connection {
                                return DriverManager.getConnection("jdbc:postgresql://pg.internal:5432/shop")
                            }
                        }
                        """, Expected.of(HARDCODED, 3, "Repo.connect", "technology", "postgresql")),
                arguments("Python os.environ.get default", "reports/report.py", """
                        import os
                        DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://app:pw@reports-db:5432/reports")
                        """, Expected.of(ENV_FALLBACK, 2, "DATABASE_URL", "overriddenBy", "environment",
                        "value", "postgresql://***:***@reports-db:5432/reports")),
                arguments("Python dj_database_url default (saleor settings.py)", "saleor/settings.py", """
                        DATABASES = {
                            "default": dj_database_url.config(
                                env=dj_database_url.DEFAULT_ENV,
                                default="postgres://saleor:saleor@localhost:5432/saleor",
                                conn_max_age=DB_CONN_MAX_AGE,
                            ),
                        }
                        """, Expected.of(ENV_FALLBACK, 4, "DATABASES", "overriddenBy", "environment",
                        "technology", "postgresql")),
                arguments("Python decouple or Starlette config default (dispatch config.py)", "src/dispatch/config.py", """
                        config = Config(".env")
                        DISPATCH_UI_URL = config("DISPATCH_UI_URL", default="http://ui.internal:8080")
                        """, Expected.of(ENV_FALLBACK, 2, "DISPATCH_UI_URL", "overriddenBy", "environment")),
                arguments("a function named config given a URL is not an environment lookup", "reports/clients.py", """
                        def config(name, default=None):
                            return {"name": name, "url": default}
                        REPORTS = config("reports", default="http://reports.internal:8080")
                        """, Expected.of(HARDCODED, 3, "REPORTS", "host", "reports.internal")),
                arguments("a bare host defaulting an environment variable named for a host (cosmicpython config.py)",
                        "src/allocation/config.py", """
                        def get_redis_host_and_port():
                            host = os.environ.get("REDIS_HOST", "localhost")
                            port = 63791 if host == "localhost" else 6379
                            return dict(host=host, port=port)
                        """, Expected.of(ENV_FALLBACK, 2, "get_redis_host_and_port", "overriddenBy", "environment",
                        "host", "localhost", "technology", "redis")),
                arguments("a bare host given to a host's name when the environment has none (robot-shop's dispatch)",
                        "dispatch/main.go", """
                        func main() {
                        	amqpHost, ok := os.LookupEnv("AMQP_HOST")
                        	if !ok {
                        		amqpHost = "rabbitmq"
                        	}
                        	amqpUri = fmt.Sprintf("amqp://guest:guest@%s:5672/", amqpHost)
                        }
                        """, Expected.of(ENV_FALLBACK, 4, "main", "overriddenBy", "environment", "host", "rabbitmq",
                        "technology", "rabbitmq")),
                arguments("a bare host when an environment variable is empty", "store/db.go", """
                        func dbHost() string {
                        	host := os.Getenv("DB_HOST")
                        	if host == "" {
                        		host = "postgres"
                        	}
                        	return host
                        }
                        """, Expected.of(ENV_FALLBACK, 4, "dbHost", "overriddenBy", "environment", "host", "postgres")),
                arguments("a list default when an environment variable is unset (nestjs-microservices-template kafka-config.helper.ts)",
                        "backend/libs/kafka/src/kafka-config.helper.ts", """
                        export function createKafkaConfig(): KafkaConfig {
                          const kafkaConfig: KafkaConfig = {
                            clientId: process.env.KAFKA_SERVICE_ID,
                            brokers: process.env.KAFKA_BROKERS ? process.env.KAFKA_BROKERS.split(',') : ['kafka.internal:9092'],
                          };
                          return kafkaConfig;
                        }
                        """, Expected.of(ENV_FALLBACK, 4, "createKafkaConfig", "overriddenBy", "environment",
                        "technology", "kafka")),
                arguments("a list next to a property read from the environment is still written in the code",
                        "backend/libs/kafka/src/kafka.ts", """
                        export function createKafkaConfig(): KafkaConfig {
                          return {
                            clientId: process.env.KAFKA_SERVICE_ID,
                            brokers: ['kafka.internal:9092'],
                          };
                        }
                        """, Expected.of(HARDCODED, 4, "createKafkaConfig", "technology", "kafka")),
                arguments("a bare host defaulting process.env", "server/cache.js", """
                        const host = process.env.CACHE_HOST || "cache";
                        """, Expected.of(ENV_FALLBACK, 1, "host", "overriddenBy", "environment", "host", "cache")),
                arguments("Python getenv or default", "reports/report.py", """
                        BROKER = os.getenv("BROKER") or "amqp://rabbit:5672/"
                        """, Expected.of(ENV_FALLBACK, 1, "BROKER", "overriddenBy", "environment")),
                arguments("Python if-not-set idiom", "reports/search.py", """
                        def client():
                            url = os.getenv("ES_URL")
                            if not url:
                                url = "http://search.internal:9200"
                            return Elasticsearch(url)
                        """, Expected.of(ENV_FALLBACK, 4, "client", "technology", "elasticsearch")),
                arguments("Python pydantic settings default", "app/settings.py", """
                        class Settings(BaseSettings):
                            mongo_url: str = "mongodb://mongo.internal:27017/app"
                        """, Expected.of(ENV_FALLBACK, 2, "Settings.mongo_url", "overriddenBy", "configuration-binding")),
                arguments("Python host keyword", "app/cache.py", """
                        class Cache:
                            def __init__(self):
                                self.client = redis.Redis(host="redis.internal", port=6379)
                        """, Expected.of(HARDCODED, 3, "Cache.__init__", "technology", "redis", "host", "redis.internal")),
                arguments("Python libpq keyword DSN", "app/db.py", """
                        conn = psycopg2.connect("host=pg.internal port=5432 dbname=app user=app password=secret")
                        """, Expected.of(HARDCODED, 1, "conn", "technology", "postgresql",
                        "value", "host=pg.internal port=5432 dbname=app user=app password=***")),
                arguments("Go method", "internal/store/store.go", """
                        package store

                        func (s *Store) Connect() (*sql.DB, error) {
                        	return sql.Open("postgres", "postgres://app:pw@db.internal:5432/app?sslmode=disable")
                        }
                        """, Expected.of(HARDCODED, 4, "Store.Connect", "technology", "postgresql")),
                arguments("Go if-empty idiom", "cmd/server/main.go", """
                        package main

                        func main() {
                        	dsn := os.Getenv("DATABASE_URL")
                        	if dsn == "" {
                        		dsn = "postgres://localhost:5432/app"
                        	}
                        }
                        """, Expected.of(ENV_FALLBACK, 6, "main", "overriddenBy", "environment")),
                arguments("Go LookupEnv with the literal in the branch taken when it is unset", "cmd/server/main.go", """
                        package main

                        func ordersURL() string {
                        	var url string
                        	if v, ok := os.LookupEnv("ORDERS_URL"); ok {
                        		url = v
                        	} else {
                        		url = "http://orders.internal:8080"
                        	}
                        	return url
                        }
                        """, Expected.of(ENV_FALLBACK, 8, "ordersURL", "overriddenBy", "environment")),
                arguments("Go LookupEnv returning the variable when set, else the literal", "internal/db/db.go", """
                        package db

                        func dsn() string {
                        	if v, ok := os.LookupEnv("DATABASE_URL"); ok {
                        		return v
                        	}
                        	return "postgres://db.internal:5432/app"
                        }
                        """, Expected.of(ENV_FALLBACK, 7, "dsn", "overriddenBy", "environment")),
                arguments("Python returning the variable when set, else the literal", "app/settings.py", """
                        def redis_url():
                            if os.getenv("REDIS_URL"):
                                return os.environ["REDIS_URL"]
                            return "redis://cache.internal:6379"
                        """, Expected.of(ENV_FALLBACK, 4, "redis_url", "overriddenBy", "environment")),
                arguments("JavaScript else branch of a test of the variable", "src/config.js", """
                        function brokerUrl() {
                          let url;
                          if (process.env.AMQP_URL) {
                            url = process.env.AMQP_URL;
                          } else {
                            url = "amqp://rabbit.internal:5672";
                          }
                          return url;
                        }
                        """, Expected.of(ENV_FALLBACK, 6, "brokerUrl", "overriddenBy", "environment")),
                arguments("a literal in the else branch of a test of a configured host the branch above uses (kotlinconf's server)",
                        "backend/src/main/kotlin/app/Repository.kt", """
                        class Repository(config: ApplicationConfig) {
                            init {
                                val dbConfig = config.config("database")
                                val cacheHost = dbConfig.getOrNull("cacheHost")
                                if (cacheHost?.isNotBlank() == true) {
                                    client.apply {
                                        driver = "redis"
                                        url = "redis://$cacheHost:6379"
                                    }
                                } else {
                                    log.info("Cache host not found, using fallback")
                                    client.url = "redis://cache.internal:6379"
                                }
                            }
                        }
                        """, Expected.of(ENV_FALLBACK, 12, "Repository.url", "overriddenBy", "configuration")),
                arguments("a literal in a long else branch of a test of an environment variable (bakerydemo's settings)",
                        "app/settings/production.py", """
                        BROKER_URL = os.environ.get("BROKER_TLS_URL", os.environ.get("BROKER_URL"))

                        if BROKER_URL:
                            options = {}
                            if BROKER_URL.startswith("amqps"):
                                options["ssl"] = True
                            BROKERS = {
                                "default": {
                                    "BACKEND": "kombu.transport.pyamqp",
                                    "LOCATION": BROKER_URL + "/0",
                                    "OPTIONS": options,
                                },
                            }
                        else:
                            BROKERS = {
                                "default": {
                                    "LOCATION": "amqp://rabbit.internal:5672",
                                }
                            }
                        """, Expected.of(ENV_FALLBACK, 17, "BROKERS", "overriddenBy", "environment")),
                arguments("a literal in the else branch of a flag that only chooses between literals is hard-coded",
                        "app/settings/production.py", """
                        DEBUG = os.environ.get("DEBUG")

                        if DEBUG:
                            DATABASE = "sqlite:///dev.db"
                        else:
                            DATABASE = "postgres://db.internal:5432/app"
                        """, Expected.of(HARDCODED, 6, "DATABASE", "host", "db.internal")),
                arguments("a literal in the else branch of a test that holds when the variable is missing is hard-coded",
                        "app/settings/production.py", """
                        BROKER_URL = os.environ.get("BROKER_URL")

                        if not BROKER_URL:
                            log.warning("no broker: %s", BROKER_URL)
                        else:
                            BROKER = "amqp://rabbit.internal:5672"
                        """, Expected.of(HARDCODED, 6, "BROKER", "host", "rabbit.internal")),
                arguments("a literal in the else branch of a test of a parameter is hard-coded", "app/clients.py", """
                        def broker(url):
                            if url:
                                return connect(url)
                            else:
                                return connect("amqp://rabbit.internal:5672")
                        """, Expected.of(HARDCODED, 5, "broker", "host", "rabbit.internal")),
                arguments("a C# default coalesced into an optional parameter (eShopSupport's Ollama client)",
                        "src/ServiceDefaults/Clients/ChatClientExtensions.cs", """
                        public static class ChatClientExtensions
                        {
                            public static ChatClientBuilder AddOllamaChatClient(this IServiceCollection services, string modelName,
                                Uri? uri = null)
                            {
                                uri ??= new Uri("http://ollama.internal:11434");
                                return services.AddChatClient(provider => new OllamaChatClient(uri, modelName));
                            }
                        }
                        """, Expected.of(ENV_FALLBACK, 6, "ChatClientExtensions.AddOllamaChatClient", "overriddenBy", "caller")),
                arguments("a C# default coalesced into a member of options", "src/Telemetry/TelemetryExtensions.cs", """
                        public static class TelemetryExtensions
                        {
                            public static void Configure(OtlpExporterOptions options)
                            {
                                options.Endpoint ??= new Uri("http://collector.internal:4317");
                            }
                        }
                        """, Expected.of(ENV_FALLBACK, 5, "TelemetryExtensions.Configure", "overriddenBy", "configuration")),
                arguments("a C# default coalesced into a field is hard-coded", "src/Orders/OrdersClient.cs", """
                        public class OrdersClient
                        {
                            private Uri? _baseUri;
                            public Uri BaseUri()
                            {
                                _baseUri ??= new Uri("http://orders.internal:8080");
                                return _baseUri;
                            }
                        }
                        """, Expected.of(HARDCODED, 6, "OrdersClient.BaseUri", "host", "orders.internal")),
                arguments("a C# default coalesced into a parameter every caller must pass is hard-coded",
                        "src/Orders/OrdersClient.cs", """
                        public class OrdersClient
                        {
                            public Uri Resolve(Uri? uri)
                            {
                                uri ??= new Uri("http://orders.internal:8080");
                                return uri;
                            }
                        }
                        """, Expected.of(HARDCODED, 5, "OrdersClient.Resolve", "host", "orders.internal")),
                arguments("a C# default coalesced into a member of another object is hard-coded", "src/Orders/OrdersClient.cs", """
                        public class OrdersClient
                        {
                            public void Init(HttpClient client)
                            {
                                client.BaseAddress ??= new Uri("http://orders.internal:8080");
                            }
                        }
                        """, Expected.of(HARDCODED, 5, "OrdersClient.Init", "host", "orders.internal")),
                arguments("the else branch of a test that holds when the variable is missing is taken when it is set",
                        "cmd/server/main.go", """
                        package main

                        func ordersURL() string {
                        	var url string
                        	if _, ok := os.LookupEnv("LOCAL"); !ok {
                        		url = local()
                        	} else {
                        		url = "http://orders.internal:8080"
                        	}
                        	return url
                        }
                        """, Expected.of(HARDCODED, 8, "ordersURL", "host", "orders.internal")),
                arguments("a literal the variable only chooses is hard-coded", "internal/db/db.go", """
                        package db

                        func dsn() string {
                        	if os.Getenv("DEBUG") != "" {
                        		return debugDSN()
                        	}
                        	return "postgres://db.internal:5432/app"
                        }
                        """, Expected.of(HARDCODED, 7, "dsn", "host", "db.internal")),
                arguments("the default of a constant the bundler defines at build time (medusa's admin dashboard)",
                        "packages/admin/dashboard/src/lib/client/client.ts", """
                        export const backendUrl = __BACKEND_URL__ ?? "http://localhost:9000"
                        """, Expected.of(ENV_FALLBACK, 1, "backendUrl", "overriddenBy", "configuration")),
                arguments("the default of a provider's option (medusa's local file provider)",
                        "packages/modules/providers/file-local/src/services/local-file.ts", """
                        export class LocalFileService extends AbstractFileProviderService {
                          constructor(_, options: LocalFileServiceOptions) {
                            super()
                            this.backendUrl_ = options?.backend_url || "http://localhost:9000/static"
                          }
                        }
                        """, Expected.of(ENV_FALLBACK, 4, "LocalFileService.constructor", "overriddenBy", "configuration")),
                arguments("the nullish default of a member of the module's configuration", "src/cache/redis-cache.ts", """
                        export class RedisCache {
                          constructor(private readonly moduleConfig: RedisCacheConfig) {
                            this.url = this.moduleConfig.redis?.url ?? "redis://cache.internal:6379"
                          }
                        }
                        """, Expected.of(ENV_FALLBACK, 3, "RedisCache.constructor", "overriddenBy", "configuration")),
                arguments("the default of a member of another object is hard-coded", "src/orders/client.ts", """
                        export class OrdersClient {
                          constructor(user: User) {
                            this.url = user.ordersUrl || "http://orders.internal:9000"
                          }
                        }
                        """, Expected.of(HARDCODED, 3, "OrdersClient.constructor", "host", "orders.internal")),
                arguments("an options object held by another object is that object's, not the module's",
                        "src/orders/client.ts", """
                        export class OrdersClient {
                          constructor(item: Item) {
                            this.url = item.options.url || "http://orders.internal:9000"
                          }
                        }
                        """, Expected.of(HARDCODED, 3, "OrdersClient.constructor", "host", "orders.internal")),
                arguments("the default of a settable property of a .NET settings class (bitwarden's GlobalSettings)",
                        "src/Core/Settings/GlobalSettings.cs", """
                        public class GlobalSettings : IGlobalSettings
                        {
                            public virtual string SendGridApiHost { get; set; } = "https://api.sendgrid.com";
                        }
                        """, Expected.of(ENV_FALLBACK, 3, "GlobalSettings.SendGridApiHost", "overriddenBy",
                        "configuration-binding")),
                arguments("a getter's default for the bound value of a .NET settings class", "src/Core/Settings/GlobalSettings.cs", """
                        public class BaseServiceUriSettings
                        {
                            private string _apiUri;
                            public string Api
                            {
                                get => string.IsNullOrWhiteSpace(_apiUri) ? "https://api.bitwarden.com" : _apiUri;
                                set => _apiUri = value;
                            }
                        }
                        """, Expected.of(ENV_FALLBACK, 6, "BaseServiceUriSettings", "overriddenBy",
                        "configuration-binding")),
                arguments("a read-only property of a settings class is hard-coded", "src/Core/Settings/RegionSettings.cs", """
                        public class RegionSettings
                        {
                            public string Api { get; } = "https://api.bitwarden.com";
                        }
                        """, Expected.of(HARDCODED, 3, "RegionSettings.Api", "host", "api.bitwarden.com")),
                arguments("a settable property of a class that is no settings class is hard-coded", "src/Core/Clients/Registry.cs", """
                        public class Registry
                        {
                            public string Api { get; set; } = "https://api.bitwarden.com";
                        }
                        """, Expected.of(HARDCODED, 3, "Registry.Api", "host", "api.bitwarden.com")),
                arguments("the address a configuration type gives itself when left unset", "pkg/cache/config.go", """
                        package cache

                        func (c *CacheConfig) setDefaults() {
                        	if c.Addr == "" {
                        		c.Addr = "redis.internal:6379"
                        	}
                        }
                        """, Expected.of(ENV_FALLBACK, 5, "CacheConfig.setDefaults", "overriddenBy", "configuration")),
                arguments("the same default with tabs between the assignment and the address", "pkg/cache/config.go", """
                        package cache

                        func (c *CacheConfig) setDefaults() {
                        	if c.Addr == "" {
                        		c.Addr =\t\t"redis.internal:6379"
                        	}
                        }
                        """, Expected.of(ENV_FALLBACK, 5, "CacheConfig.setDefaults", "overriddenBy", "configuration")),
                arguments("envalid's default of an environment variable (as in ever-gauzy's .scripts/env.ts)", "packages/config/src/env.ts", """
                        import { bool, cleanEnv, num, str } from 'envalid';

                        export const env = cleanEnv(process.env, {
                            API_BASE_URL: str({ default: 'http://localhost:3000' }),
                        });
                        """, Expected.of(ENV_FALLBACK, 4, "env", "overriddenBy", "environment")),
                arguments("a default given where the variable read further up is found unset (ever-gauzy's tracer)",
                        "packages/core/src/lib/bootstrap/tracer.ts", """
                        export function tracer() {
                            let url;
                            url = process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT;

                            // use Jaeger by default
                            if (!process.env.OTEL_PROVIDER || process.env.OTEL_PROVIDER === 'jaeger') {
                                const isGrpc = process.env.OTEL_EXPORTER_OTLP_PROTOCOL === 'grpc';

                                // a locally running Jaeger, unless OTEL_EXPORTER_OTLP_TRACES_ENDPOINT is set
                                if (!url) url = 'http://jaeger.internal:14268/api/traces';
                            }
                        }
                        """, Expected.of(ENV_FALLBACK, 10, "tracer", "overriddenBy", "environment")),
                arguments("a default given where a variable set from nothing configurable is unset", "src/lib/tracer.ts", """
                        export function tracer(options) {
                            let url = options.find(o => o.name === 'url');
                            if (!url) url = 'http://jaeger.internal:14268/api/traces';
                        }
                        """, Expected.of(HARDCODED, 3, "tracer", "host", "jaeger.internal")),
                arguments("a default of a value read from the configuration a dozen lines up (ever-gauzy's auth0 strategy)",
                        "packages/auth/src/lib/auth0/auth0.strategy.ts", """
                        export const parseAuth0Config = (configService: ConfigService) => {
                            // Retrieve API base URL
                            const { baseUrl } = configService.getConfigValue('apiConfigOptions');

                            // Validate required configurations
                            if (!auth0Config.clientID || !auth0Config.clientSecret || !auth0Config.domain) {
                                console.warn('Auth0 configuration is missing some required values.');
                            }

                            // Construct and return the Auth0 configuration object
                            return {
                                clientID: auth0Config.clientID ?? 'disabled',
                                domain: auth0Config.domain ?? 'disabled',
                                callbackURL: `${baseUrl ?? 'http://api.internal:3000'}/api/auth/auth0/callback`
                            };
                        };
                        """, Expected.of(ENV_FALLBACK, 14, "parseAuth0Config", "overriddenBy", "configuration")),
                arguments("a dunder name that is no build constant", "src/lib/client.ts", """
                        export const backendUrl = __backendUrl ?? "http://orders.internal:9000"
                        """, Expected.of(HARDCODED, 1, "backendUrl", "host", "orders.internal")),
                arguments("Go getEnv helper", "cmd/server/main.go", """
                        package main

                        var natsURL = getEnv("NATS_URL", "nats://nats.internal:4222")
                        """, Expected.of(ENV_FALLBACK, 3, "natsURL", "technology", "nats")),
                arguments("Go composite literal address", "internal/cache/cache.go", """
                        package cache

                        func New() *redis.Client {
                        	return redis.NewClient(&redis.Options{Addr: "redis:6379"})
                        }
                        """, Expected.of(HARDCODED, 4, "New", "technology", "redis", "host", "redis")),
                arguments("a Go slice of service hosts (go-clean-template translation_google.go)",
                        "internal/repo/webapi/translation_google.go", """
                        package webapi

                        func New() repo.TranslationWebAPI {
                        	conf := translator.Config{
                        		UserAgent:   []string{"Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:15.0) Gecko/20100101 Firefox/15.0.1"},
                        		ServiceUrls: []string{"translate.google.com"},
                        	}
                        	return newTraced(&TranslationWebAPI{conf: conf})
                        }
                        """, Expected.of(HARDCODED, 6, "New", "host", "translate.google.com", "network", "public")),
                arguments("Go MySQL DSN", "internal/db/db.go", """
                        package db

                        const dsn = "app:pw@tcp(mysql.internal:3306)/orders"
                        """, Expected.of(HARDCODED, 3, "dsn", "technology", "mysql", "value", "***:***@tcp(mysql.internal:3306)/orders")),
                arguments("TypeScript template literal with explicit host", "web/src/client.ts", """
                        export async function stock(sku: string): Promise<number> {
                          const response = await fetch(`http://inventory.internal:8080/stock/${sku}`);
                          return response.json();
                        }
                        """, Expected.of(HARDCODED, 2, "stock", "host", "inventory.internal", "port", "8080")),
                arguments("TypeScript nullish env fallback", "web/src/client.ts", """
                        const INVENTORY_URL = process.env.INVENTORY_URL ?? "http://localhost:8080";
                        """, Expected.of(ENV_FALLBACK, 1, "INVENTORY_URL", "overriddenBy", "environment")),
                arguments("JavaScript or env fallback", "web/src/db.js", """
                        const url = process.env.MONGO_URL || 'mongodb://mongo:27017/shop';
                        """, Expected.of(ENV_FALLBACK, 1, "url", "technology", "mongodb")),
                arguments("JavaScript destructured env default", "web/src/cache.js", """
                        const { REDIS_URL = "redis://localhost:6379" } = process.env;
                        """, Expected.of(ENV_FALLBACK, 1, "REDIS_URL", "overriddenBy", "environment")),
                arguments("a browser's environment variable destructured above, then its default (opentelemetry-demo)",
                        "frontend/utils/telemetry/FrontendTracer.ts", """
                        const {
                          NEXT_PUBLIC_OTEL_SERVICE_NAME = '',
                          NEXT_PUBLIC_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = '',
                        } = typeof window !== 'undefined' ? window.ENV : {};

                        export const FrontendTracer = () => {
                          const provider = new WebTracerProvider({ resource: NEXT_PUBLIC_OTEL_SERVICE_NAME });
                          const exporter = new OTLPTraceExporter({
                            url: NEXT_PUBLIC_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT || 'http://localhost:4318/v1/traces',
                          });
                        };
                        """, Expected.of(ENV_FALLBACK, 9, "FrontendTracer", "overriddenBy", "environment")),
                arguments("the same default of a name destructured from an object that is no environment",
                        "frontend/utils/api.ts", """
                        const {
                          ORDERS_API_URL = '',
                        } = props.settings;

                        export const createClient = () => {
                          return axios.create({
                            baseURL: ORDERS_API_URL || 'http://orders.internal:8080',
                          });
                        };
                        """, Expected.of(HARDCODED, 7, "createClient", "host", "orders.internal")),
                arguments("JavaScript arrow function", "web/src/api.js", """
                        export const createApi = () => {
                          return axios.create({ baseURL: "http://api.internal:8080" });
                        };
                        """, Expected.of(HARDCODED, 2, "createApi", "host", "api.internal")),
                arguments("C# connection string", "Api/Startup.cs", """
                        namespace Shop.Api;
                        public class Startup
                        {
                            private const string Conn = "Server=sql.internal,1433;Database=Shop;User Id=sa;Password=P@ss;";
                        }
                        """, Expected.of(HARDCODED, 4, "Startup.Conn", "technology", "sqlserver", "port", "1433",
                        "value", "Server=sql.internal,1433;Database=Shop;User Id=sa;Password=***;")),
                arguments("C# environment variable fallback", "Api/Startup.cs", """
                        public class Startup
                        {
                            public void Configure()
                            {
                                var amqp = Environment.GetEnvironmentVariable("AMQP") ?? "amqp://rabbit.internal:5672";
                            }
                        }
                        """, Expected.of(ENV_FALLBACK, 5, "Startup.Configure", "overriddenBy", "environment")),
                arguments("C# configuration fallback", "Api/Startup.cs", """
                        public class Startup
                        {
                            public void Configure(IConfiguration configuration)
                            {
                                var redis = configuration["Redis"] ?? "localhost:6379";
                            }
                        }
                        """, Expected.of(ENV_FALLBACK, 5, "Startup.Configure", "overriddenBy", "configuration")),
                arguments("C# default when a configuration value read above is blank (eShopOnContainers Program.cs)",
                        "Api/Program.cs", """
                        Serilog.ILogger CreateSerilogLogger(IConfiguration configuration)
                        {
                            var seqServerUrl = configuration["Serilog:SeqServerUrl"];
                            return new LoggerConfiguration()
                                .WriteTo.Console()
                                .WriteTo.Seq(string.IsNullOrWhiteSpace(seqServerUrl) ? "http://seq.internal" : seqServerUrl)
                                .CreateLogger();
                        }
                        """, Expected.of(ENV_FALLBACK, 6, "CreateSerilogLogger", "overriddenBy", "configuration")),
                arguments("JavaScript default when an environment variable read above is unset", "server/search.js", """
                        function client() {
                          const url = process.env.ES_URL;
                          return new Client({ node: url == null ? "http://search.internal:9200" : url });
                        }
                        """, Expected.of(ENV_FALLBACK, 3, "client", "overriddenBy", "environment")),
                arguments("a conditional default for a parameter is still written in the code", "Api/Logging.cs", """
                        public static class Logging
                        {
                            public static ILogger Create(string seqServerUrl)
                            {
                                return new LoggerConfiguration()
                                    .WriteTo.Seq(string.IsNullOrWhiteSpace(seqServerUrl) ? "http://seq.internal" : seqServerUrl)
                                    .CreateLogger();
                            }
                        }
                        """, Expected.of(HARDCODED, 6, "Logging.Create", "host", "seq.internal")),
                arguments("C# verbatim string", "Api/Client.cs", """
                        public class Client
                        {
                            private static readonly string Base = @"http://inventory.internal:8080/";
                        }
                        """, Expected.of(HARDCODED, 3, "Client.Base", "host", "inventory.internal")),
                arguments("a Feign client annotation names its interface", "src/main/java/shop/InventoryClient.java", """
                        @FeignClient(name = "inventory", url = "http://inventory.shop.internal:8080")
                        public interface InventoryClient {
                            @GetMapping("/items/{id}")
                            Item get(@PathVariable("id") String id);
                        }
                        """, Expected.of(HARDCODED, 1, "InventoryClient", "host", "inventory.shop.internal", "port", "8080")),
                arguments("a datastore scheme to a single-label host is still infrastructure", "src/main/java/shop/Cache.java", """
                        class Cache {
                            static final String URL = "redis://cache:6379";
                        }
                        """, Expected.of(HARDCODED, 2, "Cache.URL", "technology", "redis", "host", "cache")),
                arguments("a PostgreSQL URL to the compose service db", "app/db.py", """
                        DATABASE_URL = "postgres://db/shop"
                        """, Expected.of(HARDCODED, 1, "DATABASE_URL", "technology", "postgresql", "host", "db")),
                arguments("an emulator's host address is one machine", "src/eShop.ServiceDefaults/AuthenticationExtensions.cs", """
                        public static class AuthenticationExtensions
                        {
                            public static void Configure(JwtBearerOptions options)
                            {
                                options.TokenValidationParameters.ValidIssuers = [identityUrl, "https://10.0.2.2:5243"];
                            }
                        }
                        """, Expected.of(HARDCODED, 5, "AuthenticationExtensions.Configure", "host", "10.0.2.2")),
                arguments("a private DNS name is one place", "src/main/java/shop/Orders.java", """
                        class Orders { static final String BASE = "http://orders-db.internal:8080"; }
                        """, Expected.of(HARDCODED, 1, "Orders.BASE", "host", "orders-db.internal")),
                arguments("an Aspire service-discovery URL names a service", "src/WebApp/Extensions/Extensions.cs", """
                        public static class Extensions
                        {
                            public static void AddApplicationServices(this IHostApplicationBuilder builder)
                            {
                                builder.Services.AddHttpClient<CatalogService>(o => o.BaseAddress = new("https+http://catalog-api"));
                            }
                        }
                        """, Expected.of(SERVICE_NAME, 5, "Extensions.AddApplicationServices", "host", "catalog-api",
                        "scheme", "https+http")),
                arguments("a gRPC client to a single-label service name", "src/WebApp/Extensions/Extensions.cs", """
                        public static class Extensions
                        {
                            public static void AddApplicationServices(this IHostApplicationBuilder builder)
                            {
                                builder.Services.AddGrpcClient<Basket.BasketClient>(o => o.Address = new("http://basket-api"));
                            }
                        }
                        """, Expected.of(SERVICE_NAME, 5, "Extensions.AddApplicationServices", "host", "basket-api")),
                arguments("a Kubernetes service name and port", "src/main/java/shop/InventoryClient.java", """
                        @FeignClient(name = "inventory", url = "http://inventory:8080")
                        public interface InventoryClient {
                            @GetMapping("/items/{id}")
                            Item get(@PathVariable("id") String id);
                        }
                        """, Expected.of(SERVICE_NAME, 1, "InventoryClient", "host", "inventory", "port", "8080")),
                arguments("a Django database host with its engine", "shop/settings.py", """
                        DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql', 'HOST': 'db.internal'}}
                        """, Expected.of(HARDCODED, 1, "DATABASES", "technology", "postgresql", "host", "db.internal",
                        "holder", "config-module")),
                arguments("a module of a Django settings package (bakerydemo's settings/production.py)",
                        "bakerydemo/settings/production.py", """
                        ELASTICSEARCH_HOST = "http://search.internal:9200"
                        """, Expected.of(HARDCODED, 1, "ELASTICSEARCH_HOST", "host", "search.internal",
                        "holder", "config-module")),
                arguments("an Angular environment file", "web/src/environments/environment.prod.ts", """
                        export const environment = { production: true, apiUrl: 'https://api.shop.internal:8443/v1' };
                        """, Expected.of(HARDCODED, 1, "environment", "holder", "config-module")),
                arguments("Ruby ENV.fetch default", "app/models/cache.rb", """
                        class Cache
                          def self.url
                            ENV.fetch("REDIS_URL", "redis://cache.internal:6379/1")
                          end
                        end
                        """, Expected.of(ENV_FALLBACK, 3, "Cache.url", "overriddenBy", "environment")),
                arguments("Scala constant in an object", "src/main/scala/shop/Db.scala", """
                        object DbSettings {
                          val Url = "jdbc:postgresql://pg.internal:5432/shop"
                        }
                        """, Expected.of(HARDCODED, 2, "DbSettings.Url", "holder", "config-class")),
                arguments("Go command-line flag default", "cmd/worker/main.go", """
                        package main

                        var addr = flag.String("redis", "redis.internal:6379", "Redis address")
                        """, Expected.of(ENV_FALLBACK, 3, "addr", "overriddenBy", "cli-flag")),
                arguments("a Go default that a flag replaces when given (go-micro-services main.go)",
                        "cmd/go-micro-services/main.go", """
                        package main

                        var oteladdr = flag.String("otel-endpoint", "", "OTLP endpoint")

                        func main() {
                        	traceEndpoint := "jaeger:4317"
                        	if *oteladdr != "" {
                        		traceEndpoint = *oteladdr
                        	}
                        	trace.New("frontend", traceEndpoint)
                        }
                        """, Expected.of(ENV_FALLBACK, 6, "main", "overriddenBy", "cli-flag", "technology", "otlp",
                        "host", "jaeger")),
                arguments("a Python default that the environment replaces when set", "app/tracing.py", """
                        def exporter():
                            endpoint = "otel-collector.observability:4317"
                            if os.environ.get("OTEL_ENDPOINT"):
                                endpoint = os.environ["OTEL_ENDPOINT"]
                            return OTLPSpanExporter(endpoint=endpoint)
                        """, Expected.of(ENV_FALLBACK, 2, "exporter", "overriddenBy", "environment")),
                arguments("a Go address assigned with := and only extended below", "cmd/worker/main.go", """
                        package main

                        func main() {
                        	collectorAddr := "jaeger:4317"
                        	port := os.Getenv("PORT")
                        	collectorAddr = collectorAddr + "?timeout=" + port
                        	trace.New("worker", collectorAddr)
                        }
                        """, Expected.of(HARDCODED, 4, "main", "technology", "otlp", "host", "jaeger")),
                arguments("a list of endpoints that is iterated, not searched", "web/src/probes.ts", """
                        export const probes = ["http://orders.internal:8080/health"].map((url) => fetch(url));
                        """, Expected.of(HARDCODED, 1, "probes", "host", "orders.internal")),
                arguments("the default an ardanlabs/conf struct tag gives, overridden by the environment (ardanlabs/service)",
                        "api/services/sales/main.go", """
                        package main

                        func run() error {
                        \tcfg := struct {
                        \t\tAuth struct {
                        \t\t\tHost string `conf:"default:http://auth-service:6000"`
                        \t\t}
                        \t}{}
                        \treturn nil
                        }
                        """, Expected.of(ENV_FALLBACK, 6, "run", "overriddenBy", "environment", "host", "auth-service")),
                arguments("the default an envconfig struct tag gives", "internal/config/config.go", """
                        package config

                        type Config struct {
                        \tOrdersURL string `envconfig:"ORDERS_URL" default:"http://orders:8080"`
                        }
                        """, Expected.of(ENV_FALLBACK, 4, "Config", "overriddenBy", "environment", "host", "orders")),
                arguments("a bare host a struct tag gives a database's Host (ardanlabs/service's DB.Host)", "api/services/sales/main.go", """
                        package main

                        func run() error {
                        \tcfg := struct {
                        \t\tDB struct {
                        \t\t\tUser string `conf:"default:postgres"`
                        \t\t\tHost string `conf:"default:database-service"`
                        \t\t\tName string `conf:"default:postgres"`
                        \t\t}
                        \t}{}
                        \treturn nil
                        }
                        """, Expected.of(ENV_FALLBACK, 7, "run", "technology", "database", "host", "database-service")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void reportsAnEndpointWrittenInProductionCode(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
        assertThat(findings.get(0).source()).isEqualTo(Finding.SOURCE_CODE);
        assertThat(findings.get(0).snippet()).doesNotContain("hunter2", "secret", "P@ss", ":pw@");
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("an allow-list of the IP addresses a vendor calls from (bitwarden's ScimContext)",
                        "bitwarden_license/src/Scim/Context/ScimContext.cs", """
                        public class ScimContext : IScimContext
                        {
                            private static readonly HashSet<string> _pingIpAddresses =
                            [
                                "18.217.152.87",
                                "52.14.10.143",
                                "13.58.49.148",
                                "34.211.92.81",
                            ];
                        }
                        """),
                arguments("reserved networks listed with their prefix lengths", "src/Libraries/SsrfProtection/Networks.java", """
                        class Networks {
                            static final List<String> RESERVED = List.of("10.0.0.0/8", "100.64.0.0/10",
                                    "168.63.129.16/32", "172.16.0.0/12");
                        }
                        """),
                arguments("a web site's page embedded in the editor, whatever its top-level domain (outline's val.town)",
                        "shared/editor/embeds/index.tsx", """
                        export default [
                          new EmbedDescriptor({
                            id: "valtown",
                            regexMatch: [/^https?:\\/\\/(?:www.)?val\\.town\\/(?:v|embed)\\/(.*)$/],
                            transformMatch: (matches: RegExpMatchArray) =>
                              `https://www.val.town/embed/${matches[1]}`,
                          }),
                        ];
                        """),
                arguments("a bare host given to a host's name with no environment variable to override it", "store/db.go", """
                        func dbHost() string {
                        	dbHost := "postgres"
                        	return dbHost
                        }
                        """),
                arguments("a bare word compared with a host's name", "store/db.go", """
                        func isLocal(host string) bool {
                        	fromEnv := os.Getenv("DB_HOST")
                        	return host == "localhost" || fromEnv != "db"
                        }
                        """),
                arguments("a bare word given to a name not named for a host when the environment has none", "store/db.go", """
                        func mode() string {
                        	mode := os.Getenv("MODE")
                        	if mode == "" {
                        		mode = "postgres"
                        	}
                        	return mode
                        }
                        """),
                arguments("a documentation link named for the docs an error message points to (botkube's validator)",
                        "pkg/config/validator.go", """
                        package config

                        const (
                        	slackDocsURL      = "https://api.slack.com/methods/conversations.rename#naming"
                        	pluginHelpURL     = "https://docs.botkube.io/plugins"
                        )
                        """),
                arguments("OpenAPI examples and defaults in NestJS decorators (nestjs-microservices' create-oauth-client DTO)",
                        "libs/modules/auth/src/lib/api/dto/create-oauth-client.request.dto.ts", """
                        export class CreateOAuthClientRequestDto {
                          @ApiProperty({
                            example: ['http://orders.internal:3000'],
                            description: 'List of allowed redirect URIs',
                          })
                          readonly redirectUris?: string[];

                          @ApiPropertyOptional({ default: 'http://billing.internal:8080' })
                          readonly billing?: string;
                        }
                        """),
                arguments("a list of examples for a pydantic field", "app/schemas.py", """
                        class Webhook(BaseModel):
                            callback: str = Field(..., examples=["http://orders.internal:3000/cb", "http://pay.internal:80/cb"])
                        """),
                arguments("a bare word that defaults no host variable", "src/allocation/config.py", """
                        def names():
                            user = os.environ.get("DB_USER", "allocation")
                            mode = os.environ.get("HOST_MODE", "local")
                            return {"DB_HOST": "localhost"}
                        """),
                arguments("a public web API a browser script calls (piggymetrics' launch.js)",
                        "gateway/src/main/resources/static/js/launch.js", """
                        $(window).load(function(){
                            $.getJSON("https://api.exchangeratesapi.io/latest?base=RUB&symbols=EUR,USD", function( data ) {
                                global.eur = 1 / data.rates.EUR;
                            });
                        });
                        """),
                arguments("a host that says it is to be replaced", "src/Infrastructure/Data/CatalogContextSeed.cs", """
                        public class CatalogContextSeed
                        {
                            static IEnumerable<CatalogItem> GetPreconfiguredItems() => new List<CatalogItem>
                            {
                                new(2, 2, "Sweatshirt", "Sweatshirt", 19.5M, "http://catalogbaseurltobereplaced/images/products/1.png"),
                            };
                        }
                        """),
                arguments("a URL in a line comment", "src/main/java/shop/A.java", """
                        class A {
                            // connects to jdbc:postgresql://db.internal:5432/orders
                            int x = 1;
                        }
                        """),
                arguments("a URL in a block comment and javadoc", "src/main/java/shop/A.java", """
                        /**
                         * Schema at "http://inventory.internal:8080/docs".
                         */
                        class A { /* "redis://cache:6379" */ }
                        """),
                arguments("localhost in a test", "src/test/java/shop/ATest.java", """
                        class ATest { String url = "jdbc:postgresql://localhost:5432/test"; }
                        """),
                arguments("localhost in a JavaScript test", "web/src/client.test.ts", """
                        test("x", () => fetch("http://localhost:8080/stock/1"));
                        """),
                arguments("a test class inside a production module", "lib/util.py", """
                        class Test(unittest.TestCase):
                            def test_uris(self):
                                self.check("redis://cache.internal:6379")
                        """),
                arguments("a URL in a README", "README.md", "Call http://inventory.internal:8080 for stock.\n"),
                arguments("a Python docstring", "app/report.py", """
                        def run():
                            \"""Connects to postgresql://reports-db.internal:5432/sales.\"""
                            return 1
                        \"""redis://cache.internal:6379\"""
                        """),
                arguments("XML and schema namespaces", "src/main/java/shop/Xml.java", """
                        class Xml {
                            static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
                            static final String NS = "http://schemas.xmlsoap.org/soap/envelope/";
                            static final String SCHEMA = "https://json-schema.org/draft/2020-12/schema";
                            static final String LICENSE = "https://www.apache.org/licenses/LICENSE-2.0";
                            static final String HELP = "https://github.com/acme/shop/issues";
                            static final String EXAMPLE = "https://api.example.com/v1";
                        }
                        """),
                arguments("format strings and templates as the host", "src/main/java/shop/Urls.java", """
                        class Urls {
                            String a = String.format("http://%s:%d/orders", host, port);
                            String b = "jdbc:postgresql://" + host + ":5432/orders";
                            String c = "${host}";
                            String d = MessageFormat.format("http://{0}:{1}", host, port);
                        }
                        """),
                arguments("Python f-strings and format", "app/urls.py", """
                        a = f"http://{host}:8080/x"
                        b = "redis://{}:{}".format(host, port)
                        """),
                arguments("Kotlin and C# interpolated hosts", "src/main/kotlin/Urls.kt", """
                        val a = "http://$host:8080"
                        val b = "jdbc:postgresql://${cfg.host}:5432/x"
                        """),
                arguments("versions, OIDs and bind addresses", "src/main/java/shop/Server.java", """
                        class Server {
                            static final String VERSION = "1.2.3.4";
                            static final String OID = "2.5.29.14";
                            static final String BUILD_VERSION = "10.2.0.1";
                            void start() {
                                server.bind("0.0.0.0:8080");
                                server.listen("127.0.0.1:8080");
                                http.ListenAndServe(":8080", nil);
                            }
                        }
                        """),
                arguments("a Flask bind address", "app/main.py", """
                        app.run(host="127.0.0.1", port=5000)
                        """),
                arguments("log, print and exception messages", "src/main/java/shop/A.java", """
                        class A {
                            void f() {
                                log.info("http://inventory.internal:8080");
                                System.out.println("redis://cache.internal:6379");
                                throw new IllegalStateException("jdbc:postgresql://db.internal:5432/x");
                            }
                        }
                        """),
                arguments("comparisons and prefixes", "src/main/java/shop/A.java", """
                        class A {
                            boolean local(String url) {
                                return url.startsWith("http://localhost:8080") || url.equals("http://inventory.internal:8080");
                            }
                        }
                        """),
                arguments("OpenAPI documentation annotations", "src/main/java/shop/Api.java", """
                        @OpenAPIDefinition(servers = @Server(url = "https://api.shop.internal:8443"))
                        class Api {
                            @Schema(example = "http://inventory.internal:8080/items/1")
                            String link;
                        }
                        """),
                arguments("documentation keys and links", "web/src/App.tsx", """
                        const links = { homepage: "https://shop.internal:8443", description: "http://a.internal:1" };
                        const el = <a href="https://status.shop.internal:9000">status</a>;
                        """),
                arguments("documentation keys, comparisons and origins with the literal on the next line or in other cases",
                        "web/src/links.ts", """
                        const links = { HomePage:
                            "https://shop.internal:8443", examples: [
                            "http://a.internal:1"] };
                        if (url ===
                            "http://b.internal:9000") { go(); }
                        const Trusted_Origins = [
                            "https://c.internal:8443"];
                        """),
                arguments("a commented-out line in TypeScript", "web/src/client.ts", """
                        // const OLD = "http://old.internal:8080";
                        const re = /"http:\\/\\/x.internal:1"/g;
                        """),
                arguments("imports and module names", "app/compat.py", """
                        from http.server import HTTPServer
                        MAPPING = {'SocketServer': 'socketserver', 'BaseHTTPServer': 'http.server'}
                        server = 'server-login'
                        """),
                arguments("bare localhost and loopback without port", "app/smtp.py", """
                        def connect(self, host='localhost', port=0):
                            addr = '127.0.0.1'
                        """),
                arguments("web pages and vendor sites", "src/main/java/shop/About.java", """
                        class About {
                            static final String VENDOR = "https://adoptium.net/";
                            static final String DOCS = "https://docs.shop.io/guide";
                            void open() { webbrowser.open("https://xkcd.com/353/"); }
                        }
                        """),
                arguments("CORS origins, allowed hosts and trusted origins", "shop/web.py", """
                        ALLOWED_HOSTS = ['shop.acme.com', 'localhost']
                        CSRF_TRUSTED_ORIGINS = ["https://shop.acme.com:8443"]
                        app.add_middleware(CORSMiddleware, allow_origins=["http://localhost:3000"])
                        """),
                arguments("Spring and Express CORS configuration", "web/src/server.js", """
                        app.use(cors({ origin: "http://localhost:3000" }));
                        registry.addMapping("/**").allowedOrigins("http://localhost:3000");
                        """),
                arguments("a parsing base chosen before new URL (umami's send route)", "src/app/api/send/route.ts", """
                        export async function POST(request: Request) {
                          const base = hostname ? `https://${hostname}` : 'https://localhost';
                          const currentUrl = new URL(url, base);
                          return currentUrl.pathname;
                        }
                        """),
                arguments("the parsing base of new URL", "web/src/server.ts", """
                        const url = new URL(req.url, "http://localhost");
                        """),
                arguments("an EF Core design-time factory (eShopOnContainers)", "src/Services/Catalog/Catalog.API/Infrastructure/CatalogContext.cs", """
                        public class CatalogContextDesignFactory : IDesignTimeDbContextFactory<CatalogContext>
                        {
                            public CatalogContext CreateDbContext(string[] args)
                            {
                                var optionsBuilder = new DbContextOptionsBuilder<CatalogContext>()
                                    .UseSqlServer("Server=.;Initial Catalog=Microsoft.eShopOnContainers.Services.CatalogDb;Integrated Security=true");
                                return new CatalogContext(optionsBuilder.Options);
                            }
                        }
                        """),
                arguments("an allowed origin header and a UI origin constant (temporalio codec server)", "encryption/codec_server.py", """
                        WEB_UI_ORIGIN = "http://localhost:8233"

                        def cors(resp):
                            resp.headers[hdrs.ACCESS_CONTROL_ALLOW_ORIGIN] = "http://localhost:8233"
                        """),
                arguments("scheme prefixes alone", "src/main/java/shop/A.java", """
                        class A { String[] s = {"http://", "jdbc:postgresql://", "redis://", "mongodb+srv://"}; }
                        """),
                arguments("embedded databases are not endpoints", "src/main/java/shop/A.java", """
                        class A { String url = "jdbc:h2:mem:orders"; }
                        """),
                arguments("a problem type URI on a placeholder domain (modular-monolith-with-ddd)",
                        "src/API/Configuration/Validation/InvalidCommandProblemDetails.cs", """
                        public class InvalidCommandProblemDetails : ProblemDetails
                        {
                            public InvalidCommandProblemDetails(InvalidCommandException exception)
                            {
                                Type = "https://somedomain/validation-error";
                            }
                        }
                        """),
                arguments("a client OpenAPI Generator wrote (wild-workouts web)", "web/src/clients/trainer/src/ApiClient.js", """
                        /**
                         * NOTE: This class is auto generated by OpenAPI Generator (https://openapi-generator.tech).
                         * Do not edit the class manually.
                         */
                        class ApiClient {
                            constructor() {
                                this.basePath = 'https://localhost/api'.replace(/\\/+$/, '');
                            }
                        }
                        """),
                arguments("a Kiota client marked @Generated (retail-store-sample-app ui)",
                        "src/main/java/com/amazon/sample/ui/client/cart/CartClient.java", """
                        package com.amazon.sample.ui.client.cart;

                        @jakarta.annotation.Generated("com.microsoft.kiota")
                        public class CartClient extends BaseRequestBuilder {
                            public CartClient(RequestAdapter requestAdapter) {
                                requestAdapter.setBaseUrl("http://localhost:8080");
                            }
                        }
                        """),
                arguments("Go code a generator wrote", "internal/users/openapi_api.gen.go", """
                        // Package main provides primitives to interact with the openapi HTTP API.
                        //
                        // Code generated by github.com/deepmap/oapi-codegen version v1.8.2 DO NOT EDIT.
                        package main

                        var server = "http://orders-db.internal:5432"
                        """),
                arguments("a k6 load test's target (opentelemetry-demo's load-generator)", "src/load-generator/script.js", """
                        import http from 'k6/http';
                        import { browser } from 'k6/browser';

                        const BASE_URL = __ENV.K6_TARGET_URL || 'http://frontend-proxy:8080';
                        """),
                arguments("a Locust user's fake client addresses (robot-shop load-gen)", "load-gen/robot-shop.py", """
                        from locust import HttpUser, task

                        class UserBehavior(HttpUser):
                            fake_ip_addresses = [
                                "156.33.241.5",
                                "34.196.93.245",
                            ]

                            @task
                            def load(self):
                                self.client.get('/', headers={'x-forwarded-for': random.choice(self.fake_ip_addresses)})
                        """),
                arguments("URLs a value is looked up among (outline app/utils/isCloudHosted.ts)", "app/utils/isCloudHosted.ts", """
                        const isCloudHosted = [
                          "https://app.getoutline.com",
                          "https://app.outline.dev:3000",
                        ].includes(env.URL);
                        const known = ["http://orders.internal:8080"].indexOf(url) >= 0;
                        """),
                arguments("hosts a link is recognized by (outline plugins/figma/server/figma.ts)", "plugins/figma/server/figma.ts", """
                        export class Figma {
                          private static supportedHosts = ["www.figma.com", "figma.com"];
                          static allowedDomains: string[] = ["figma.com"];
                        }
                        """),
                arguments("a struct tag's default bind address and a JSON name are no endpoints", "api/services/auth/main.go", """
                        package main

                        type Web struct {
                        \tAPIHost string `conf:"default:0.0.0.0:6000"`
                        \tService string `conf:"default:sales"`
                        \tMechanism string `conf:"default:http"`
                        \tURL     string `json:"url" default:"/v1/auth"`
                        }
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatOnlyLooksLikeAnEndpoint(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }

    @Test
    void reportsEveryEndpointOfAFileWithItsOwnLine() {
        String code = """
                package shop;

                public class Clients {
                    static final String ORDERS = "http://orders.internal:8080";

                    String cache() {
                        return "redis://cache.internal:6379";
                    }
                }
                """;

        List<Finding> findings = detector.detect(new SourceFile("src/main/java/shop/Clients.java", code));

        assertThat(findings).extracting(Finding::startLine, Finding::anchor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, "Clients.ORDERS"),
                        org.assertj.core.groups.Tuple.tuple(7, "Clients.cache"));
    }
}
