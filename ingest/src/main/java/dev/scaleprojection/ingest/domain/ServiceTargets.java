package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the internal service a value points at: the host of a URL that only a service network resolves ({@code
 * http://orders-service/…}, {@code lb://inventory}, {@code http://payments.default.svc.cluster.local:8080}), a gRPC
 * target ({@code orders:50051}, {@code dns:///orders:50051}, go-kratos' {@code discovery:///beer.user.service}), or the name of a base URL ({@code ORDERS_SERVICE_URL}
 * names {@code orders-service}, {@code shippingSvcAddr} shipping-service, {@code TRAINER_GRPC_ADDR} trainer, {@code env.jackson.url} jackson). Loopback, IP addresses, public domains and vendors'
 * APIs are not internal services.
 */
final class ServiceTargets {

    private static final Pattern URL = Pattern.compile("^((?:https?\\+)?https?|lb|grpc|dns|h2c|"
            + "wss?)://(?:[^@/\\s]*@)?/?([A-Za-z0-9_.-]+)"
            + "(?::(\\d+))?(?:[/?#].*)?$", Pattern.DOTALL);
    private static final Pattern HOST_PORT = Pattern.compile("^([A-Za-z][A-Za-z0-9_.-]*):(\\d{2,5})$");
    /** go-kratos' registry target, {@code discovery:///beer.user.service}: the name a service registered itself by. */
    private static final Pattern DISCOVERY = Pattern.compile("^discovery:///([A-Za-z][A-Za-z0-9_.-]*)$");
    /** Segments of a registered name that say what kind of thing it is: {@code beer.user.service}, {@code go.micro.srv.user}. */
    private static final Set<String> REGISTRY_KINDS = Set.of("service", "svc", "srv", "api", "rpc", "grpc", "http");
    /** {@code TRAINER_GRPC_ADDR}: the name of a variable that holds an address, never a host. */
    private static final Pattern ENVIRONMENT_KEY = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    /** Words after a service's name that say how it is reached: {@code TRAINER_GRPC_ADDR} locates trainer. */
    private static final Set<String> PROTOCOL_WORDS = Set.of("grpc", "http", "https", "rest", "rpc");
    private static final List<String> INTERNAL_SUFFIXES = List.of(".svc.cluster.local", ".cluster.local", ".svc", ".internal",
            ".local", ".consul", ".service.consul", ".lan", ".intranet", ".corp");
    private static final Set<String> NOT_SERVICES = Set.of("localhost", "host", "hostname", "server", "example", "your-host",
            "yourhost", "myhost", "domain", "127", "0", "none", "null", "undefined", "test", "unix", "file", "broker", "db",
            "database", "postgres", "postgresql", "mysql", "redis", "mongo", "mongodb", "kafka", "rabbitmq", "rabbit",
            "elasticsearch", "zookeeper", "memcached", "cassandra", "minio", "vault", "consul", "jaeger", "zipkin",
            "prometheus", "grafana", "otel-collector", "collector", "nats", "mailhog", "smtp", "keycloak", "mssql", "sqlserver");
    /** Objects that hold settings rather than name a service: {@code env.url}, {@code this.config.url}. */
    private static final Set<String> CONTAINERS = Set.of("env", "environment", "config", "cfg", "conf", "configuration",
            "settings", "options", "opts", "props", "properties", "process", "this", "self", "s", "c", "app", "params",
            "args", "values", "vars", "globals", "window", "location", "document", "request", "req", "res", "response");
    /**
     * Words that make a name a service's address. Not {@code link} or {@code href}: those are addresses the data holds
     * (a show's feed link, a hypermedia link of a response), not where a service of the system runs.
     */
    private static final Set<String> URL_WORDS = Set.of("url", "uri", "host", "endpoint", "addr", "address", "base", "root",
            "origin");
    /** Words that make a name a holder of addresses, {@code serviceUrlConfig}, {@code endpoints}. */
    private static final Set<String> HOLDER_WORDS = Set.of("url", "urls", "uri", "uris", "endpoint", "endpoints", "addr",
            "addrs", "address", "addresses", "host", "hosts");
    /**
     * Words of a held URL that name a page or a step of a flow, not a service: {@code urls.callback()}; a holder of the
     * services' URLs may name media or search services, which a base URL's name alone does not.
     */
    private static final Set<String> PAGES = Set.of("redirect", "callback", "return", "success", "failure", "cancel",
            "error", "login", "logout", "signin", "signout", "signup", "webhook", "hook", "home", "privacy", "terms", "help",
            "docs", "swagger", "openapi", "token", "issuer", "jwks", "authorize", "authorization", "userinfo", "logo",
            "icon", "avatar", "timeout", "retries");
    private static final Set<String> GENERIC = Set.of("base", "api", "server", "backend", "host", "service", "services",
            "root", "endpoint", "remote", "target", "upstream", "app", "public", "internal", "external", "webhook", "callback",
            "redirect", "fallback", "default", "http", "https", "grpc", "rest", "web", "site", "home", "local", "my", "the", "get", "env",
            "request", "full", "new", "old", "next", "prev", "current", "health", "login", "logout", "auth", "oauth",
            "token", "issuer", "jwks", "authority", "well", "known", "openid", "oidc", "userinfo", "refresh", "revoke",
            "introspect", "custom", "frontend", "client", "proxy", "cdn", "static", "assets", "image", "images", "img",
            "avatar", "file", "download", "upload", "docs", "swagger", "openapi", "graphql", "ws", "socket", "db", "database",
            "redis", "kafka", "broker", "mongo", "elastic", "search", "s3", "bucket", "storage", "blob", "queue", "smtp", "mail",
            "start", "end", "dest", "destination", "source", "authorize", "authorization", "return", "success",
                    "failure", "cancel",
            "error", "logo", "icon", "photo", "picture", "media", "video", "audio", "feed", "rss", "sitemap", "privacy", "terms",
            "support", "help", "signin", "signout", "signup", "register", "reset", "verify", "confirm", "invite", "share",
            "notify", "notification", "hook", "subscription", "subscriber", "post", "put", "item", "resource", "provider",
            "metadata", "introspection", "ref", "repo", "repository", "region");
    /** Words of a generated client's name that say nothing about which service it calls. */
    /** Also the transports a client is made for (go-kit's addtransport.NewJSONRPCClient, NewThriftClient): no service. */
    private static final Set<String> STUB_GENERIC = Set.of("base", "api", "server", "backend", "host", "service", "services",
            "remote", "target", "upstream", "app", "default", "http", "https", "grpc", "rest", "web", "my", "the", "new", "v1",
            "v2", "client", "proxy", "health", "reflection", "internal", "external", "public", "local", "generic", "raw",
            "jsonrpc", "json", "rpc", "xmlrpc", "thrift", "soap", "tcp", "udp", "websocket", "graphql", "twirp");
    private static final Pattern SERVICE_WITH_ROLE = Pattern.compile("([a-z][a-z0-9_-]*)\\.(?:api|grpc|web|service|app|http|rest)");
    private static final Set<String> VENDORS = Set.of("stripe", "paypal", "twilio", "sendgrid", "github", "gitlab", "google",
            "slack", "aws", "openai", "mailgun", "auth0", "okta", "salesforce", "shopify", "facebook", "twitter", "sentry",
            "segment", "mixpanel", "hubspot", "zendesk", "jira", "azure", "firebase", "algolia", "cloudinary", "mapbox",
            "braintree", "adyen", "klarna", "plaid", "square", "discord", "telegram", "whatsapp", "microsoft", "apple",
            "anthropic", "gemini", "bing", "yahoo", "linkedin", "instagram", "youtube", "datadog", "newrelic", "pagerduty",
            "mailchimp", "postmark", "vonage", "nexmo", "recaptcha", "maps", "weather", "currency", "exchange", "fixer", "amazon",
            // clouds and payment and messaging platforms of China (mall's OSSClient, its Alipay gateway)
            "aliyun", "alibaba", "alibabacloud", "alipay", "wechat", "weixin", "wxpay", "tencent", "qcloud", "tencentcloud",
            "baidu", "huawei", "huaweicloud", "qiniu", "dingtalk", "feishu");
    /**
     * Words before a trailing {@code address} that make it the address of a mailbox, a machine or a place ({@code
     * emailAddress}, {@code ipAddr}, {@code streetAddress}), not a service's.
     */
    private static final Set<String> NOT_SERVICE_ADDRESSES = Set.of("email", "mail", "ip", "mac", "street", "postal",
            "billing", "mailing", "physical", "wallet");
    /** Words that make a URL one a subscriber registered to be called back on ({@code Webhooks:FileUploadedEvent:PayloadUrl}). */
    private static final Set<String> SUBSCRIBER_WORDS = Set.of("webhook", "webhooks", "callback", "callbacks");
    /** Members of one URL value that read a part of it or convert it ({@code url.toString()}, {@code uri.getPath()}). */
    private static final Pattern URL_VALUE_MEMBER = Pattern.compile("to[A-Z]\\w*|(?:get)?(?:Path|Port|Scheme|Query"
            + "|Fragment|Authority|Protocol|UserInfo)|path|port|scheme|query|fragment|authority|protocol");

    private ServiceTargets() {
    }

    /** The internal service a URL or gRPC address names, if any. */
    static Optional<String> ofAddress(String value) {
        String resolved = Placeholders.resolve(value.strip()).value();
        if (resolved.startsWith("discovery:")) {
            return registered(resolved);
        }
        Matcher url = URL.matcher(resolved);
        String host;
        if (url.matches()) {
            if (url.group(1).equals("lb")) {
                return Optional.of(url.group(2).toLowerCase(Locale.ROOT));
            }
            host = url.group(2);
        } else {
            Matcher hostPort = HOST_PORT.matcher(resolved);
            if (!hostPort.matches()) {
                return Optional.empty();
            }
            host = hostPort.group(1);
        }
        return internalHost(host.toLowerCase(Locale.ROOT));
    }

    /** The service a registry name stands for: its last segment that is no kind of thing, {@code user} of beer.user.service. */
    private static Optional<String> registered(String target) {
        Matcher discovery = DISCOVERY.matcher(target);
        if (!discovery.matches()) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>(List.of(discovery.group(1).toLowerCase(Locale.ROOT).split("\\.")));
        segments.removeIf(REGISTRY_KINDS::contains);
        return segments.isEmpty() ? Optional.empty() : internalHost(Identifiers.last(segments));
    }

    /** A bare host given to a gRPC channel builder: {@code forAddress("inventory-service", 9090)}. */
    static Optional<String> ofHost(String value) {
        if (ENVIRONMENT_KEY.matcher(value).matches()) {
            return Optional.empty();
        }
        String host = Placeholders.resolve(value.strip()).value().toLowerCase(Locale.ROOT);
        return Regexes.matches(host, "[a-z][a-z0-9_.-]*") ? internalHost(host) : Optional.empty();
    }

    private static Optional<String> internalHost(String host) {
        String name = host;
        for (String suffix : INTERNAL_SUFFIXES) {
            if (host.endsWith(suffix) && !host.equals("localhost")) {
                name = host.substring(0, host.length() - suffix.length());
                if (List.of(name.split("\\.")).stream().skip(1).anyMatch(VENDORS::contains)) {
                    // a cloud's own host inside each machine's network, GCE's metadata.google.internal: the vendor's
                    return Optional.empty();
                }
                name = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
                return NOT_SERVICES.contains(name) || name.isEmpty() ? Optional.empty() : Optional.of(name);
            }
        }
        // a Compose service named for its service and role, aspnetrun's catalog.api or discount.grpc, is that service
        Matcher role = SERVICE_WITH_ROLE.matcher(name);
        if (role.matches()) {
            name = role.group(1);
        }
        if (name.contains(".") || !Regexes.matches(name, "[a-z][a-z0-9_-]*") || NOT_SERVICES.contains(name)
                || VENDORS.stream().anyMatch(name::contains)) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    /**
     * The service a base-URL name stands for: {@code ORDERS_SERVICE_URL} gives orders-service, {@code inventoryUrl}
     * inventory; {@code baseUrl}, {@code API_URL}, {@code STRIPE_API_URL} give nothing.
     */
    static Optional<String> ofName(String key) {
        if (Identifiers.words(key).stream().anyMatch(SUBSCRIBER_WORDS::contains)) {
            return Optional.empty();
        }
        // .NET's configuration sections, Services:Orders:Url, nest as a dotted name's segments do
        String name = key.replace(':', '.');
        List<String> words = new ArrayList<>(Identifiers.words(Regexes.replaceFirst(name, "^(self|this|cfg|config|settings|s|c)\\.", "")
                .replaceAll("^.*\\.", "")));
        List<String> segments = List.of(name.split("\\."));
        // this._options.endpoint: a private member's underscore is no part of its name
        String owner = segments.size() >= 2 ? Regexes.replaceFirst(segments.get(segments.size() - 2), "^[_$]+", "") : "";
        if (!words.isEmpty() && words.stream().allMatch(URL_WORDS::contains) && owner.length() >= 3
                && !CONTAINERS.contains(owner.toLowerCase(Locale.ROOT))) {
            // env.jackson.url, PodcastApi:BaseAddress: the segment before a bare url names what it locates
            words.addAll(0, Identifiers.words(owner));
        }
        if (words.isEmpty() || !URL_WORDS.contains(Identifiers.last(words))) {
            return Optional.empty();
        }
        if (words.size() > 1 && Identifiers.last(words).startsWith("addr")
                && NOT_SERVICE_ADDRESSES.contains(words.get(words.size() - 2))) {
            return Optional.empty();
        }
        while (!words.isEmpty() && (URL_WORDS.contains(Identifiers.last(words)) || Identifiers.last(words).equals("api")
                || PROTOCOL_WORDS.contains(Identifiers.last(words)))) {
            words.remove(words.size() - 1);
        }
        // shippingSvcAddr is the shipping service the generated client NewShippingServiceClient calls
        words.replaceAll(word -> word.equals("svc") ? "service" : word);
        if (!words.isEmpty() && words.get(0).equals("get")) {
            words.remove(0);
        }
        // baseIdentityServerUri: the base URL of identity-server
        if (words.size() > 1 && words.get(0).equals("base")) {
            words.remove(0);
        }
        if (words.isEmpty() || words.stream().allMatch(GENERIC::contains) || words.stream().anyMatch(VENDORS::contains)) {
            return Optional.empty();
        }
        return Optional.of(String.join("-", words));
    }

    /**
     * The service a member of a holder of base URLs names: {@code serviceUrlConfig.product()} (nashtech-garage's yas, a
     * record bound to {@code yas.services.*}), {@code serviceUrls.getInventory()} and {@code serviceUrlConfig.media()}
     * give product, inventory and media; a member
     * of a holder not named for URLs ({@code properties.product()}), or one that names no service ({@code
     * serviceUrlConfig.baseUrl()}), gives nothing.
     */
    static Optional<String> ofHeldUrl(String accessor) {
        List<String> segments = List.of(accessor.split("\\."));
        if (segments.size() < 2 || Identifiers.words(segments.get(segments.size() - 2)).stream()
                .noneMatch(word -> HOLDER_WORDS.contains(word))
                || URL_VALUE_MEMBER.matcher(Identifiers.last(segments)).matches()) {
            return Optional.empty();
        }
        List<String> words = new ArrayList<>(Identifiers.words(Identifiers.last(segments)));
        if (!words.isEmpty() && words.get(0).equals("get")) {
            words.remove(0);
        }
        if (words.isEmpty() || words.stream().anyMatch(word -> STUB_GENERIC.contains(word) || URL_WORDS.contains(word)
                || PAGES.contains(word) || VENDORS.contains(word))) {
            return Optional.empty();
        }
        return Optional.of(String.join("-", words));
    }

    /**
     * {@code OrdersServiceGrpc}, {@code OrdersStub}, {@code NewOrdersServiceClient}, {@code CatalogApiClient} name
     * their service.
     */
    static Optional<String> ofStub(String name) {
        return ofStub(name, GENERIC);
    }

    /**
     * A gRPC client is generated for one service, so a word too vague for a URL's name names it here ({@code
     * NewSearchClient}, {@code AuthStub}); only words that name no service at all do not ({@code NewHealthClient}).
     */
    static Optional<String> ofGrpcStub(String name) {
        return ofStub(name, STUB_GENERIC);
    }

    /**
     * A hand-written client named for what it calls, {@code OrdersClient} or the package {@code authclient}, names it as a
     * generated one does; a vendor's ({@code GithubClient}) names no service of the system.
     */
    static Optional<String> ofClient(String name) {
        return ofStub(name, STUB_GENERIC).filter(target -> List.of(target.split("-")).stream().noneMatch(VENDORS::contains));
    }

    private static Optional<String> ofStub(String name, Set<String> generic) {
        String stripped = Regexes.replaceFirst(name, "^New", "").replaceFirst("(Grpc|Stub|Client|BlockingStub)$", "");
        List<String> words = Identifiers.words(stripped);
        if (words.isEmpty() || words.stream().allMatch(generic::contains)) {
            return Optional.empty();
        }
        return Optional.of(String.join("-", words));
    }
}
