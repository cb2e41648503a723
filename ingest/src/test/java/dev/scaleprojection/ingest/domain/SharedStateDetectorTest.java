package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.SharedStateDetector.SHARED_STATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SharedStateDetectorTest {

    private final SharedStateDetector detector = new SharedStateDetector();

    static Stream<Arguments> sharedState() {
        return Stream.of(
                arguments("a static map filled by requests", "src/main/java/shop/cart/CartController.java", """
                        @RestController
                        public class CartController {
                            private static final Map<String, Cart> CARTS = new HashMap<>();

                            @PostMapping("/carts/{id}")
                            public void add(@PathVariable String id, @RequestBody Item item) {
                                CARTS.computeIfAbsent(id, k -> new Cart()).add(item);
                            }
                        }
                        """, Expected.of(SHARED_STATE, 3, "CartController.CARTS", "holder", "CartController",
                        "collection", "HashMap", "mutation", "computeIfAbsent", "scope", "static")),
                arguments("a ConcurrentHashMap cache in a service", "src/main/java/shop/pricing/PriceService.java", """
                        @Service
                        public class PriceService {
                            private final Map<String, Price> cache = new ConcurrentHashMap<>();

                            public Price price(String sku) {
                                return cache.computeIfAbsent(sku, this::load);
                            }
                        }
                        """, Expected.of(SHARED_STATE, 3, "PriceService.cache", "collection", "ConcurrentHashMap",
                        "scope", "singleton")),
                arguments("a map of a class that keeps its one instance in a static field (TeaStore's service registry)",
                        "services/registry/src/main/java/tools/descartes/teastore/registry/rest/Registry.java", """
                        public final class Registry {
                            private static Registry registry = new Registry();
                            private Map<String, List<String>> serviceLocationMap = new HashMap<String, List<String>>();

                            public void register(String name, String location) {
                                serviceLocationMap.put(name, new ArrayList<>(List.of(location)));
                            }
                        }
                        """, Expected.of(SHARED_STATE, 3, "Registry.serviceLocationMap", "collection", "HashMap",
                        "mutation", "put", "scope", "singleton")),
                arguments("a counter in a controller", "src/main/java/shop/GreetingController.java", """
                        @RestController
                        public class GreetingController {
                            private final AtomicLong counter = new AtomicLong();

                            @GetMapping("/greeting")
                            public Greeting greeting() {
                                return new Greeting(counter.incrementAndGet());
                            }
                        }
                        """, Expected.of(SHARED_STATE, 3, "GreetingController.counter", "collection", "AtomicLong",
                        "mutation", "incrementAndGet")),
                arguments("a Kotlin companion object list", "src/main/kotlin/shop/Audit.kt", """
                        class Audit {
                            companion object {
                                val entries = mutableListOf<String>()
                            }
                            fun record(entry: String) {
                                entries.add(entry)
                            }
                        }
                        """, Expected.of(SHARED_STATE, 3, "Audit.entries", "collection", "mutableListOf", "scope", "static")),
                arguments("a C# static dictionary", "src/Shop/Basket/BasketStore.cs", """
                        public class BasketStore
                        {
                            private static readonly ConcurrentDictionary<string, Basket> Baskets = new();
                            public void Save(Basket basket)
                            {
                                Baskets[basket.Id] = basket;
                            }
                        }
                        """, Expected.of(SHARED_STATE, 3, "BasketStore.Baskets", "mutation", "index-assignment")),
                arguments("a module-level dict in a Flask app", "app/views.py", """
                        sessions = {}

                        @app.post("/login")
                        def login():
                            sessions[request.json["user"]] = issue_token()
                            return "ok"
                        """, Expected.of(SHARED_STATE, 1, "sessions", "holder", "views", "collection", "dict",
                        "mutation", "index-assignment", "scope", "module")),
                arguments("a package-level map in a Go server", "cmd/server/main.go", """
                        package main

                        var carts = map[string]Cart{}

                        func addItem(w http.ResponseWriter, r *http.Request) {
                        	carts[r.URL.Query().Get("id")] = Cart{}
                        }
                        """, Expected.of(SHARED_STATE, 3, "carts", "collection", "map", "scope", "package")),
                arguments("a module-level Map in an Express server", "server/index.js", """
                        const sessions = new Map();

                        app.post('/login', (req, res) => {
                          sessions.set(req.body.user, createToken());
                          res.send('ok');
                        });
                        """, Expected.of(SHARED_STATE, 1, "sessions", "collection", "Map", "mutation", "set")),
                arguments("a Caffeine cache", "src/main/java/shop/catalog/CatalogCache.java", """
                        public class CatalogCache {
                            private final Cache<String, Product> products = Caffeine.newBuilder().maximumSize(10_000).build();
                        }
                        """, Expected.of(SHARED_STATE, 2, "CatalogCache.products", "collection", "caffeine", "mutation", "cache",
                        "scope", "process")),
                arguments("an Ehcache heap cache behind JCache (jhipster-sample-app's CacheConfiguration)",
                        "src/main/java/io/github/jhipster/sample/config/CacheConfiguration.java", """
                        @Configuration
                        public class CacheConfiguration {
                            public CacheConfiguration(JHipsterProperties jHipsterProperties) {
                                var ehcache = jHipsterProperties.getCache().getEhcache();
                                jcacheConfiguration = Eh107Configuration.fromEhcacheCacheConfiguration(
                                    CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                                        ResourcePoolsBuilder.heap(ehcache.getMaxEntries())).build());
                            }
                        }
                        """, Expected.of(SHARED_STATE, 7, "CacheConfiguration.CacheConfiguration", "collection", "ehcache-heap")),
                arguments("a local cache manager", "src/main/java/shop/config/CacheConfig.java", """
                        public class CacheConfig {
                            @Bean
                            public CacheManager cacheManager() {
                                return new ConcurrentMapCacheManager("products");
                            }
                        }
                        """, Expected.of(SHARED_STATE, 4, "CacheConfig.cacheManager", "collection", "concurrent-map-cache-manager")),
                arguments("HTTP session attributes", "src/main/java/shop/web/LoginController.java", """
                        public class LoginController {
                            public String login(HttpServletRequest request, User user) {
                                request.getSession().setAttribute("user", user);
                                return "home";
                            }
                        }
                        """, Expected.of(SHARED_STATE, 3, "LoginController.login", "collection", "http-session", "mutation", "session")),
                arguments("express-session without a store", "server/app.js", """
                        const session = require('express-session');
                        app.use(session({ secret: process.env.SECRET, resave: false }));
                        """, Expected.of(SHARED_STATE, 2, "", "collection", "express-session-memory-store")),
                arguments("an in-memory distributed cache for sessions", "src/Web/Program.cs", """
                        public class Program
                        {
                            public static void Main(string[] args)
                            {
                                builder.Services.AddDistributedMemoryCache();
                            }
                        }
                        """, Expected.of(SHARED_STATE, 5, "Program.Main", "collection", "distributed-memory-cache")),
                arguments("Django's local-memory cache", "shop/settings.py", """
                        CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
                        """, Expected.of(SHARED_STATE, 1, "CACHES", "collection", "locmem-cache")),
                arguments("Django's local-memory cache used only when the environment names no Redis (bakerydemo's settings)",
                        "shop/settings/production.py", """
                        REDIS_URL = os.environ.get("REDIS_TLS_URL", os.environ.get("REDIS_URL"))

                        if REDIS_URL:
                            CACHES = {
                                "default": {
                                    "BACKEND": "django_redis.cache.RedisCache",
                                    "LOCATION": REDIS_URL + "/0",
                                }
                            }
                        else:
                            CACHES = {
                                "default": {
                                    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                                }
                            }
                        """, Expected.of(SHARED_STATE, 13, "CACHES", "collection", "locmem-cache", "overriddenBy", "environment")),
                arguments("module state of a server module that only imports React's types for rendering e-mails",
                        "server/emails/templates/cache.ts", """
                        import * as React from "react";
                        const rendered = new Map();

                        app.post('/emails', (req, res) => {
                          rendered.set(req.body.id, renderToString(email(req.body)));
                          res.send('ok');
                        });
                        """, Expected.of(SHARED_STATE, 2, "rendered", "collection", "Map", "scope", "module")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedState")
    void reportsStateSharedAcrossRequests(String description, String path, String code, Expected expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> localCachesTheDeploymentUses() {
        return Stream.of(
                arguments("a local-memory cache in the else of a flag that only chooses between caches", """
                        DEBUG = os.environ.get("DEBUG")

                        if DEBUG:
                            CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
                        else:
                            CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
                        """),
                arguments("a local-memory cache in the else of a test that holds when Redis is missing", """
                        REDIS_URL = os.environ.get("REDIS_URL")

                        if not REDIS_URL:
                            CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
                        else:
                            CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("localCachesTheDeploymentUses")
    void leavesALocalCacheTheDeploymentUsesUnmarked(String description, String code) {
        List<Finding> findings = detector.detect(new SourceFile("shop/settings/production.py", code));

        assertThat(findings).singleElement().satisfies(finding -> assertThat(finding.attributes())
                .containsEntry("collection", "locmem-cache").doesNotContainKey("overriddenBy"));
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("a map of an object that only holds other instances of its type", "src/main/java/shop/Node.java", """
                        public class Node {
                            private Node parent;
                            private final Map<String, Node> children = new HashMap<>();

                            public void add(String name, Node child) {
                                children.put(name, child);
                            }
                        }
                        """),
                arguments("immutable constants", "src/main/java/shop/Codes.java", """
                        public class Codes {
                            static final List<String> CURRENCIES = List.of("EUR", "USD");
                            static final Map<String, Integer> LIMITS = Collections.unmodifiableMap(new HashMap<>());
                            static final Set<String> ADMINS = Set.of("root");
                            static final int MAX = 10;
                        }
                        """),
                arguments("a module cache of a React hook lives in each browser (outline CommandBar/useSearchIndex.ts)",
                        "app/components/CommandBar/useSearchIndex.ts", """
                        import { useCallback, useMemo } from "react";
                        import { LRUCache } from "@shared/utils/LRUCache";

                        const plainTextCache = new LRUCache<{ updatedAt: string; text: string }>({ max: 100 });
                        const seen = new Map<string, number>();

                        export function useSearchIndex(documents: Document[]) {
                          seen.set("last", documents.length);
                          return useMemo(() => documents.map((d) => plainTextCache.get(d.id)), [documents]);
                        }
                        """),
                arguments("state of a client component (Next.js \"use client\")", "app/cart/CartBadge.tsx", """
                        "use client";
                        const counts = new Map<string, number>();
                        export function remember(id: string) { counts.set(id, (counts.get(id) ?? 0) + 1); }
                        """),
                arguments("a registry filled once at start-up", "src/main/java/shop/Handlers.java", """
                        public class Handlers {
                            private static final Map<String, Handler> HANDLERS = new HashMap<>();
                            static {
                                HANDLERS.put("order", new OrderHandler());
                            }
                            public Handlers() {
                                HANDLERS.put("refund", new RefundHandler());
                            }
                            @PostConstruct
                            void init() {
                                HANDLERS.put("cancel", new CancelHandler());
                            }
                            Handler get(String name) { return HANDLERS.get(name); }
                        }
                        """),
                arguments("a per-request list and a thread-local", "src/main/java/shop/Report.java", """
                        @Service
                        public class Report {
                            private static final ThreadLocal<List<String>> LINES = ThreadLocal.withInitial(ArrayList::new);
                            public List<String> build() {
                                List<String> rows = new ArrayList<>();
                                rows.add("header");
                                return rows;
                            }
                        }
                        """),
                arguments("an instance collection of a non-singleton value", "src/main/java/shop/Cart.java", """
                        public class Cart {
                            private final List<Item> items = new ArrayList<>();
                            public void add(Item item) { items.add(item); }
                        }
                        """),
                arguments("a reflection memo keyed by type (modular-monolith-with-ddd's AllConstructorFinder)",
                        "src/Modules/Meetings/Infrastructure/Configuration/AllConstructorFinder.cs", """
                        internal class AllConstructorFinder : IConstructorFinder
                        {
                            private static readonly ConcurrentDictionary<Type, ConstructorInfo[]> Cache =
                                new ConcurrentDictionary<Type, ConstructorInfo[]>();

                            public ConstructorInfo[] FindConstructors(Type targetType)
                            {
                                return Cache.GetOrAdd(targetType, t => t.GetTypeInfo().DeclaredConstructors.ToArray());
                            }
                        }
                        """),
                arguments("a memo of event types by their names and back (EventStore samples' EventTypeMapper)",
                        "src/main/java/io/eventdriven/ecommerce/core/events/EventTypeMapper.java", """
                        public final class EventTypeMapper {
                          private static final EventTypeMapper Instance = new EventTypeMapper();

                          private final Map<String, Optional<Class>> typeMap = new HashMap<>();
                          private final Map<Class, String> typeNameMap = new HashMap<>();

                          public static String toName(Class eventType) {
                            return Instance.typeNameMap.computeIfAbsent(eventType, c -> c.getTypeName().replace(".", "_"));
                          }

                          public static Optional<Class> toClass(String eventTypeName) {
                            return Instance.typeMap.computeIfAbsent(eventTypeName, c -> Optional.empty());
                          }
                        }
                        """),
                arguments("the same memo in C# (EventStore samples' Core/Events/EventTypeMapper.cs)",
                        "Core/Events/EventTypeMapper.cs", """
                        public class EventTypeMapper
                        {
                            private static readonly EventTypeMapper Instance = new();
                            private readonly ConcurrentDictionary<string, Type?> typeMap = new();

                            public static Type? ToType(string eventTypeName) => Instance.typeMap.GetOrAdd(eventTypeName, _ => null);
                        }
                        """),
                arguments("meter handles kept per label value (retail-store-sample-app's OrdersMetrics)",
                        "src/main/java/com/amazon/sample/orders/metrics/OrdersMetrics.java", """
                        @Component
                        public class OrdersMetrics {
                            private Map<String, Counter> watchCounters = new HashMap<>();

                            private Counter getCounter(OrderItemEntity item) {
                                Counter counter = Counter.builder("watch.orders").register(meterRegistry);
                                watchCounters.put(item.getProductId(), counter);
                                return counter;
                            }
                        }
                        """),
                arguments("an Ehcache heap tier in front of a clustered tier", "src/main/java/shop/config/CacheConfig.java", """
                        public class CacheConfig {
                            CacheConfiguration<Long, String> orders() {
                                return CacheConfigurationBuilder.newCacheConfigurationBuilder(Long.class, String.class,
                                    ResourcePoolsBuilder.heap(100).with(ClusteredResourcePoolBuilder.clusteredDedicated("main", 8, MB)))
                                    .build();
                            }
                        }
                        """),
                arguments("an enum", "src/main/java/shop/Status.java", """
                        public enum Status {
                            OPEN, CLOSED;
                            static final Map<String, Status> BY_NAME = Map.of("open", OPEN);
                        }
                        """),
                arguments("shared state in a test", "src/test/java/shop/CartControllerTest.java", """
                        class CartControllerTest {
                            static final Map<String, String> SEEN = new HashMap<>();
                            void t() { SEEN.put("a", "b"); }
                        }
                        """),
                arguments("a Python module dict only filled at import", "app/registry.py", """
                        HANDLERS = {}
                        HANDLERS["order"] = handle_order

                        @app.get("/x")
                        def x():
                            return HANDLERS["order"]()
                        """),
                arguments("a module-level list in a script without handlers", "tools/report.py", """
                        rows = []
                        def collect(row):
                            rows.append(row)
                        """),
                arguments("a local Map inside an Express handler", "server/index.js", """
                        app.get('/x', (req, res) => {
                          const seen = new Map();
                          seen.set('a', 1);
                          res.json([...seen]);
                        });
                        """),
                arguments("a client-side cookie session", "app/views.py", """
                        @app.route("/login")
                        def login():
                            session["user"] = request.form["user"]
                            return "ok"
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void doesNotReportWhatIsNotSharedMutableState(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
