package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synchronous calls to other internal services ({@code coupling.sync-internal-call}; attributes target, protocol
 * http|grpc, style feign|resttemplate|restclient|webclient|httpclient|refit|requests|fetch|axios|request|grpc|dapr|gateway-route
 * |zuul-route|loadbalancer): Feign
 * clients (named by their service, or by their {@code url} when they have one: a URL left to configuration names no
 * service), Refit clients, HTTP
 * client calls whose URL names a service only the service network resolves or whose base URL is named for a service
 * ({@code requests.get(f"{ORDERS_URL}/…")}), gRPC channels to such a service and blocking stubs or clients of a service
 * (Java, Go, Python, C#, and grpc-js clients in TypeScript and JavaScript); a channel and the client built on it are one call;
 * a Spring Cloud Gateway route built in code ({@code .uri("lb://orders-service")} in a {@code RouteLocator}), and one set
 * in the gateway's own configuration ({@link GatewayRoutes}), is the gateway's call to the service it routes to; a client-side
 * load balancer names the service it calls by a constant of a service enum as its first argument; a client or helper
 * object made for a base URL named for a service ({@code new CartHelper(CART_URL)}) is the call to it.
 * Calls to public hosts, vendors, loopback and infrastructure (databases, brokers) are not internal service calls.
 */
public final class InternalServiceCallDetector implements Detector {

    public static final String SYNC_CALL = "coupling.sync-internal-call";

    private static final Pattern FEIGN = Pattern.compile("@(?:[\\w.]+\\.)?FeignClient\\s*\\(");
    private static final Pattern FEIGN_NAME = Pattern.compile("(?:^|[,(]\\s*)(?:(?:name|value|serviceId)\\s*=\\s*)?\"([^\"]+)\"");
    private static final Pattern FEIGN_URL = Pattern.compile("\\burl\\s*=\\s*\"([^\"]*)\"");
    private static final Set<String> HTTP_CALLS = Set.of("get", "post", "put", "delete", "patch", "head", "request", "options",
            "getForObject", "getForEntity", "postForObject", "postForEntity", "postForLocation", "exchange", "patchForObject",
            "uri", "baseUrl", "create", "fetch", "Get", "Post", "Head", "NewRequest", "NewRequestWithContext", "GetAsync",
            "PostAsync", "PutAsync", "DeleteAsync", "PatchAsync", "SendAsync", "GetFromJsonAsync", "PostAsJsonAsync",
            "PutAsJsonAsync", "GetStringAsync", "GetStreamAsync", "urlopen", "Uri", "newBuilder", "forAddress", "forTarget",
            "Dial", "DialContext", "DialInsecure", "NewClient", "insecure_channel", "secure_channel", "ForAddress", "stream",
            "send");
    private static final CallNames HTTP_CALL_NAMES = CallNames.of(HTTP_CALLS);
    private static final Set<String> GRPC_CALLS = Set.of("forAddress", "forTarget", "Dial", "DialContext", "DialInsecure",
            "NewClient", "insecure_channel", "secure_channel", "ForAddress");
    private static final Pattern BLOCKING_STUB = Pattern.compile("(\\w+)Grpc");
    private static final Pattern GO_GRPC = Pattern.compile("grpc|genproto|/pb\"|proto\"|\\bpb\\.");
    private static final Pattern REQUEST_LIBRARY = Pattern.compile("require\\(\\s*['\"]request['\"]\\s*\\)"
            + "|from\\s+['\"]request['\"]");
    /** grpc-js clients: {@code new CartServiceClient(CART_ADDR, ChannelCredentials.createInsecure())}. */
    private static final Pattern SCRIPT_GRPC = Pattern.compile("@grpc/grpc-js|\\bChannelCredentials\\b|\\bgrpc\\.credentials\\.");
    private static final Pattern GO_FUNC = Pattern.compile("\\bfunc\\s+(?:\\([^()]*\\)\\s*)?$");
    private static final Pattern GO_CLIENT = Pattern.compile("New(\\w+)Client");
    private static final Set<String> ZRPC_CONFIGURATION_WORDS = Set.of("conf", "config", "cfg", "client");
    private static final Set<String> DAPR_CALLS = Set.of("CreateInvokeHttpClient", "InvokeMethodAsync", "InvokeMethod",
            "InvokeMethodWithContent", "InvokeMethodWithCustomContent", "invoke_method", "invoke_method_async");
    private static final CallNames DAPR_CALL_NAMES = CallNames.of(DAPR_CALLS);
    private static final Pattern APP_ID = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern CALLBACK = Pattern.compile("\\bfunction\\b|=>|->|\\bfunc\\s*\\(|\\blambda\\b");
    private static final Pattern CONFIGURATION_KEY = Pattern.compile("[A-Za-z_][\\w.:-]*");
    /** ASP.NET Core's gRPC client factory: {@code services.AddGrpcClient<Basket.BasketClient>(o => …)}. */
    private static final Pattern GRPC_CLIENT_FACTORY = Pattern.compile("\\bAddGrpcClient\\s*<\\s*(?:[\\w.]+\\.)?(\\w+)\\s*>");
    private static final Pattern REFIT_CLIENT = Pattern.compile("\\bRestService\\s*\\.\\s*For\\s*<\\s*(?:[\\w.]+\\.)?(\\w+)\\s*>");
    /** A constant of a service enum given as the service to call: TeaStore's {@code Service.PERSISTENCE}. */
    private static final Pattern SERVICE_CONSTANT = Pattern.compile(
            "\\s*(?:[\\w.]+\\.)?(?:Service|Services|ServiceName|ServiceType|ServiceId|TargetService)\\.([A-Z][A-Z0-9_]*)\\s*[,)]");
    /** grpc-gateway: {@code gw.RegisterProductServiceHandlerFromEndpoint(ctx, mux, endpoint, opts)} proxies to the service. */
    private static final Pattern GATEWAY_REGISTRATION = Pattern.compile("\\bRegister(\\w+?)HandlerFromEndpoint\\s*\\(");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        String content = file.content();
        if (!content.contains("://") && !content.contains("FeignClient") && !content.contains("Stub")
                && !content.contains("Client(") && !content.contains("oadBalanc") && !Mentions.containsAnyIgnoreCase(file, "url", "uri", "endpoint", "host",
                "addr", "grpc", "dapr")) {
            return List.of();
        }
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty()) {
            return List.of();
        }
        Collector collector = new Collector(code.get());
        collector.feignClients();
        collector.clientCalls();
        collector.baseAddresses();
        collector.refitClients();
        collector.grpcRegistrations();
        collector.daprInvocations();
        collector.loadBalancedCalls();
        return List.copyOf(collector.connections.withoutDuplicates(collector.findings));
    }

    /** Gathers the calls of one file, one finding per declaration, target and style. */
    /** An HTTP call's name, or a client's or stub's ({@code newBlockingStub}, {@code HttpClient}), where it stands. */
    private static boolean clientCallName(String code, int start, int end) {
        return HTTP_CALL_NAMES.contains(code, start, end) || endsWith(code, start, end, "Stub")
                || endsWith(code, start, end, "Client") || endsWith(code, start, end, "Helper");
    }

    private static boolean endsWith(String code, int start, int end, String suffix) {
        return end - start >= suffix.length() && code.startsWith(suffix, end - suffix.length());
    }

    private static final class Collector {

        private final CodeFile file;
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final GrpcConnections connections;
        private final NamedTargets named;

        Collector(CodeFile file) {
            this.file = file;
            this.connections = new GrpcConnections(file.code());
            this.named = new NamedTargets(file);
        }

        void feignClients() {
            String code = file.code();
            if (!code.contains("FeignClient")) {
                return;
            }
            Matcher feign = FEIGN.matcher(code);
            while (feign.find()) {
                int open = feign.end() - 1;
                String arguments = file.uncommented().substring(open + 1, Math.min(code.length(), Calls.closing(code, open)));
                Matcher name = FEIGN_NAME.matcher(arguments);
                if (name.find() && !file.insideTest(feign.start())) {
                    // an explicit url bypasses discovery: the call goes where the URL points, internal or not
                    Matcher url = FEIGN_URL.matcher(arguments);
                    Optional<String> explicit = url.find() ? Optional.of(url.group(1)) : Optional.empty();
                    String target = explicit.map(u -> ServiceTargets.ofAddress(u).orElse(""))
                            .orElseGet(() -> Placeholders.resolve(name.group(1)).value());
                    if (target.isEmpty()) {
                        continue;
                    }
                    int declaration = TypeMembers.bodyOpen(code, feign.start(), code.length());
                    String anchor = file.anchor(Math.max(feign.start(), declaration - 1));
                    add(feign.start(), anchor.isEmpty() ? typeAfter(code, feign.start()) : anchor, target, "http", "feign");
                }
            }
        }

        /** Clients registered by their generated type: C#'s gRPC client factory, Go's grpc-gateway handlers. */
        void grpcRegistrations() {
            String code = file.code();
            Pattern registration = file.language() == Language.CSHARP && code.contains("AddGrpcClient") ? GRPC_CLIENT_FACTORY
                    : file.language() == Language.GO && code.contains("HandlerFromEndpoint") ? GATEWAY_REGISTRATION : null;
            if (registration == null) {
                return;
            }
            Matcher client = registration.matcher(code);
            while (client.find()) {
                if (file.insideTest(client.start()) || file.language() == Language.GO && goDeclaration(client.start())) {
                    continue;
                }
                String type = Regexes.replaceFirst(client.group(1), "GrpcClient$|Client$", "");
                int open = code.indexOf('(', client.end() - 1);
                ServiceTargets.ofGrpcStub(type).flatMap(target -> add(client.start(), file.anchorOrMember(client.start()), target,
                        "grpc", "grpc")).ifPresent(finding -> connections.client(finding, open, Calls.closing(code, open)));
            }
        }

        /**
         * Dapr service invocation names the app it calls: {@code DaprClient.CreateInvokeHttpClient("basket-api")},
         * {@code daprClient.InvokeMethodAsync<T>(HttpMethod.Get, "catalog-api", "api/v1/items")}, Python's {@code
         * invoke_method("orders", …)}, Go's {@code client.InvokeMethod(ctx, "orders", …)}.
         */
        void daprInvocations() {
            if (!file.mentions("dapr")) {
                return;
            }
            String code = file.code();
            for (Calls.Call call : Calls.in(code, DAPR_CALL_NAMES)) {
                if (file.insideTest(call.nameStart())) {
                    continue;
                }
                for (StringLiteral literal : literalsBetween(call.open(), Math.min(code.length(), call.close()))) {
                    if (APP_ID.matcher(literal.value()).matches()) {
                        ServiceTargets.ofHost(literal.value()).ifPresent(target -> add(call.nameStart(),
                                file.anchorOrMember(call.nameStart()), target, "http", "dapr"));
                        break;
                    }
                }
            }
        }

        /**
         * Client-side load balancing names the service it calls as its first argument, a constant of a service enum
         * ({@code ServiceLoadBalancer.loadBalanceRESTOperation(Service.PERSISTENCE, …)},
         * {@code LoadBalancedCRUDOperations.getEntity(Service.PERSISTENCE, …)} in TeaStore). An instance lookup
         * ({@code discoveryClient.getInstances("customers-service")}) only finds the address the call is then made with,
         * where the call names its service: the two are one call, told there.
         */
        void loadBalancedCalls() {
            String code = file.code();
            if (!code.contains("oadBalanc")) {
                return;
            }
            for (Calls.Call call : Calls.in(code)) {
                String receiver = call.receiver().toLowerCase(Locale.ROOT);
                // setting balancers up for services (preInitializeServiceLoadBalancers) calls none of them
                boolean balancer = (receiver.contains("loadbalanc") || call.name().startsWith("loadBalance"))
                        && !call.name().toLowerCase(Locale.ROOT).contains("init");
                if (!balancer || file.insideTest(call.nameStart()) || call.close() <= call.open()) {
                    continue;
                }
                Matcher constant = SERVICE_CONSTANT.matcher(file.uncommented()).region(call.open() + 1,
                        Math.min(code.length(), call.close() + 1));
                if (constant.lookingAt()) {
                    add(call.nameStart(), file.anchorOrMember(call.nameStart()),
                            constant.group(1).toLowerCase(Locale.ROOT).replace('_', '-'), "http", "loadbalancer");
                }
            }
        }

        /**
         * Refit: {@code RestService.For<ICustomerManagementAPI>(httpClient)} calls the service its interface is named for,
         * where neither its own URL argument nor a base address in the file names one (pitstop's WebApp reads it from
         * configuration).
         */
        void refitClients() {
            if (file.language() != Language.CSHARP || !file.code().contains("RestService")
                    || findings.stream().anyMatch(f -> f.attributes().get("style").equals("httpclient"))) {
                return;
            }
            String code = file.code();
            Matcher client = REFIT_CLIENT.matcher(code);
            while (client.find()) {
                if (file.insideTest(client.start())) {
                    continue;
                }
                int open = code.indexOf('(', client.end());
                Optional<String> address = open < 0 ? Optional.empty() : literalsBetween(open, Calls.closing(code, open))
                        .stream().map(literal -> ServiceTargets.ofAddress(literal.value())).flatMap(Optional::stream).findFirst();
                address.or(() -> ServiceTargets.ofStub(Regexes.replaceFirst(client.group(1), "^I(?=[A-Z])", "")))
                        .ifPresent(target -> add(client.start(), file.anchorOrMember(client.start()), target, "http", "refit"));
            }
        }

        /** C#: {@code client.BaseAddress = new("http://basket-api")} configures a typed HTTP client. */
        void baseAddresses() {
            if (file.language() != Language.CSHARP) {
                return;
            }
            LexedSource source = file.source();
            for (int line = 1; line <= source.lineCount(); line++) {
                String code = source.codeLine(line);
                boolean http = code.contains("BaseAddress");
                boolean grpc = code.contains("Grpc") && Regexes.matches(code, ".*\\bAddress\\s*=.*");
                int offset = source.lineStart(line) + code.indexOf(http ? "BaseAddress" : "Address");
                if ((http || grpc) && !file.insideTest(offset)) {
                    List<String> targets = new ArrayList<>();
                    String text = source.uncommentedLine(line);
                    Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(text);
                    List<String> hosts = new ArrayList<>();
                    while (literal.find()) {
                        ServiceTargets.ofAddress(literal.group(1)).ifPresent(hosts::add);
                        ServiceTargets.ofAddress(literal.group(1)).or(() -> ServiceTargets.ofName(literal.group(1)))
                                .filter(t -> !targets.contains(t)).ifPresent(targets::add);
                    }
                    named.addTo(code.substring(code.indexOf('=') + 1), targets);
                    for (String target : targets) {
                        add(offset, file.anchorOrMember(offset), target, grpc ? "grpc" : "http", grpc ? "grpc" : "httpclient")
                                .filter(finding -> grpc)
                                .ifPresent(finding -> connections.channel(finding, offset, hosts.contains(target)));
                    }
                }
            }
        }

        void clientCalls() {
            String code = file.code();
            // The code is the text with some characters blanked: it can name axios.create only where the text does.
            boolean axiosInstances = file.lowerText().contains("axios.create")
                    && Mentions.asciiLowerCase(code).contains("axios.create");
            for (Calls.Call call : Calls.in(code, InternalServiceCallDetector::clientCallName)) {
                if (file.insideTest(call.nameStart())) {
                    continue;
                }
                if (stub(call)) {
                    continue;
                }
                Optional<String> style = style(call, axiosInstances);
                if (style.isEmpty()) {
                    continue;
                }
                String protocol = style.get().equals("grpc") ? "grpc" : "http";
                boolean helper = protocol.equals("grpc") && goClientHelper(call);
                for (String target : targets(call, style.get())) {
                    // a helper given its address leaves the call to its callers; one naming its service calls it
                    if (helper && !namesHost(call, target)) {
                        continue;
                    }
                    add(call.nameStart(), file.anchorOrMember(call.nameStart()), target, protocol, style.get())
                            .filter(finding -> protocol.equals("grpc"))
                            .ifPresent(finding -> connections.channel(finding, call.nameStart(), namesHost(call, target)));
                }
            }
        }

        /**
         * {@code OrdersServiceGrpc.newBlockingStub(channel)}, Go {@code pb.NewOrdersServiceClient(conn)}, {@code
         * OrdersStub(ch)}.
         */
        private boolean stub(Calls.Call call) {
            String receiver = call.receiverName();
            Optional<String> target = Optional.empty();
            if (call.name().equals("newBlockingStub") && BLOCKING_STUB.matcher(receiver).matches()) {
                target = ServiceTargets.ofGrpcStub(receiver);
            } else if (file.language() == Language.GO && GO_CLIENT.matcher(call.name()).matches()
                    && GO_GRPC.matcher(file.uncommented()).find() && !goDeclaration(call) && !goPlugin()
                    && !VendorApis.isGoVendorPackage(file.uncommented(), call.receiverName())
                    && !goClientHelper(call)) {
                target = ServiceTargets.ofGrpcStub(call.name());
            } else if (file.language() == Language.GO && receiver.equals("zrpc") && call.name().endsWith("NewClient")) {
                target = zrpcTarget(call);
            } else if (file.language() == Language.PYTHON && call.name().endsWith("Stub") && receiver.endsWith("_grpc")) {
                target = ServiceTargets.ofGrpcStub(call.name());
            } else if (file.language() == Language.CSHARP && call.constructor() && call.name().endsWith("Client")
                    && file.code().contains("GrpcChannel")) {
                target = ServiceTargets.ofGrpcStub(call.name());
            } else if ((file.language() == Language.TYPESCRIPT || file.language() == Language.JAVASCRIPT) && call.constructor()
                    && call.name().endsWith("ServiceClient") && SCRIPT_GRPC.matcher(file.uncommented()).find()) {
                target = ServiceTargets.ofGrpcStub(call.name());
            }
            target.flatMap(name -> add(call.nameStart(), file.anchorOrMember(call.nameStart()), name, "grpc", "grpc"))
                    .ifPresent(finding -> connections.client(finding, call.open(), call.close()));
            if (target.isEmpty() && constructedClient(call)) {
                return true;
            }
            return target.isPresent() || call.name().endsWith("Stub") || call.name().endsWith("Client");
        }

        /**
         * A client object made for a service's base URL, {@code new CartHelper(CART_URL)} (robot-shop's shipping) or
         * {@code new OrdersClient(ordersServiceUrl)}: its requests go to that service, so making it is the call; a URL
         * named for nothing in particular ({@code baseUrl}) or for infrastructure names no service.
         */
        private boolean constructedClient(Calls.Call call) {
            boolean clientType = call.name().endsWith("Client") || call.name().endsWith("Helper");
            if (!call.constructor() || !clientType || file.language() == Language.GO || file.language() == Language.PYTHON) {
                return false;
            }
            String code = file.code();
            List<int[]> arguments = Calls.arguments(code, call.open(), Math.min(code.length(), call.close()));
            if (arguments.isEmpty()) {
                return false;
            }
            String first = code.substring(arguments.get(0)[0], arguments.get(0)[1]).strip();
            Optional<String> target = Regexes.matches(first, "[A-Za-z_][\\w.]*") ? ServiceTargets.ofName(first)
                    : Optional.empty();
            target.ifPresent(service -> add(call.nameStart(), file.anchorOrMember(call.nameStart()), service, "http",
                    "httpclient"));
            return target.isPresent() || call.name().endsWith("Helper");
        }

        /**
         * go-zero's RPC client, {@code zrpc.MustNewClient(c.OrderRpcConf)}: the configuration it is given is named for
         * the service it calls (order-rpc), the generated wrapper around it ({@code order.NewOrder(…)}) calls nobody else.
         */
        private Optional<String> zrpcTarget(Calls.Call call) {
            String argument = file.code().substring(call.open() + 1, Math.max(call.open() + 1, call.close())).strip();
            if (!Regexes.matches(argument, "[A-Za-z_][\\w.]*")) {
                return Optional.empty();
            }
            List<String> words = new ArrayList<>(Identifiers.words(argument.substring(argument.lastIndexOf('.') + 1)));
            while (!words.isEmpty() && ZRPC_CONFIGURATION_WORDS.contains(Identifiers.last(words))) {
                words.remove(words.size() - 1);
            }
            return words.isEmpty() || words.equals(List.of("rpc")) ? Optional.empty() : Optional.of(String.join("-", words));
        }

        /**
         * Inside Go's {@code func NewTrainerClient()} the channel and the stub are the helper's making: whoever calls the
         * helper calls the service (wild-workouts' shared {@code internal/common/client}, given its address by the
         * environment). A helper whose channel names its service by a literal, go-kratos' {@code func
         * NewUserServiceClient(…)} dialling {@code discovery:///beer.user.service} for wire to inject, is the call itself.
         */
        private boolean goClientHelper(Calls.Call call) {
            if (file.language() != Language.GO) {
                return false;
            }
            String anchor = file.anchorOrMember(call.nameStart());
            return GO_CLIENT.matcher(anchor.substring(anchor.lastIndexOf('.') + 1)).matches();
        }

        /**
         * HashiCorp's go-plugin: the gRPC client it hands a plugin's {@code GRPCClient} talks to a plugin process the host
         * started on its own machine (botkube's executors and sources), no service of the system.
         */
        private boolean goPlugin() {
            return file.file().content().contains("hashicorp/go-plugin");
        }

        /** {@code func NewTrainerClient() (…)} declares a helper; only its callers call the service. */
        private boolean goDeclaration(Calls.Call call) {
            return call.receiver().isEmpty() && goDeclaration(call.nameStart());
        }

        private boolean goDeclaration(int nameStart) {
            return GO_FUNC.matcher(file.code().substring(Math.max(0, nameStart - 80), nameStart)).find();
        }

        private Optional<String> style(Calls.Call call, boolean axiosInstances) {
            String receiver = call.receiver().toLowerCase(Locale.ROOT);
            String name = call.name();
            if (GRPC_CALLS.contains(name) && (receiver.contains("grpc") || receiver.contains("channel")
                    || name.contains("channel"))) {
                return Optional.of("grpc");
            }
            if (name.equals("uri") && file.code().contains("RouteLocator")) {
                // Spring Cloud Gateway's route builder: the gateway forwards to the route's uri
                return Optional.of("gateway-route");
            }
            if (receiver.contains("resttemplate") || name.endsWith("ForObject") || name.endsWith("ForEntity")) {
                return Optional.of("resttemplate");
            }
            if (receiver.contains("webclient") || name.equals("baseUrl") && !receiver.contains("restclient")
                    || name.equals("uri") && Regexes.matches(receiver, "(this\\.)?\\w*client\\.(get|post|put|delete|patch)\\(\\)")
                    && file.code().contains("WebClient")) {
                return Optional.of("webclient");
            }
            if (receiver.contains("restclient")) {
                return Optional.of("restclient");
            }
            if (name.equals("fetch") && (receiver.isEmpty() || receiver.equals("window") || receiver.equals("globalthis"))) {
                return Optional.of("fetch");
            }
            if (name.equals("request") && (receiver.isEmpty() || receiver.equals("request")) && requestLibrary()) {
                return Optional.of("request");
            }
            if (receiver.startsWith("axios") || axiosInstances && (file.language() == Language.JAVASCRIPT
                    || file.language() == Language.TYPESCRIPT)
                    && Regexes.matches(receiver, "(this\\.)?(api|http|client|\\w*client|\\w*api)")) {
                return Optional.of("axios");
            }
            if (file.language() == Language.PYTHON && Regexes.matches(receiver, "(requests|httpx|session|self\\.session|client"
                    + "|self\\.client|aiohttp|\\w*session|\\w*client)")) {
                return Optional.of("requests");
            }
            if (file.language() == Language.GO && receiver.equals("http")) {
                return Optional.of("httpclient");
            }
            if (receiver.equals("uri") && name.equals("create") || name.equals("newBuilder") && receiver.contains("httprequest")
                    || file.language() == Language.CSHARP && name.endsWith("Async") && Regexes.matches(receiver, ".*(client|http).*")) {
                return Optional.of("httpclient");
            }
            return Optional.empty();
        }

        /** Node's {@code request} package, called as a function: {@code request('http://' + catalogueHost + …)}. */
        private boolean requestLibrary() {
            return (file.language() == Language.JAVASCRIPT || file.language() == Language.TYPESCRIPT)
                    && REQUEST_LIBRARY.matcher(file.uncommented()).find();
        }

        /** Service targets among the call's arguments: URL literals, base-URL names, interpolated base URLs. */
        private List<String> targets(Calls.Call call, String style) {
            List<String> targets = new ArrayList<>();
            String code = file.code();
            int end = Math.min(code.length(), call.close());
            // a callback's body makes calls of its own: request(customersUrl, function (err, res) { … cartsUrl … })
            Matcher callback = CALLBACK.matcher(code).region(call.open() + 1, end);
            if (callback.find()) {
                end = callback.start();
            }
            if (style.equals("fetch") || style.equals("axios")) {
                // the resource comes first; the options and body after it name no target ({ redirect_url: NEXTAUTH_URL })
                List<int[]> arguments = Calls.arguments(code, call.open(), end);
                if (!arguments.isEmpty()) {
                    if (sameOrigin(arguments.get(0))) {
                        return targets;
                    }
                    end = Math.min(end, arguments.get(0)[1]);
                }
            }
            for (StringLiteral literal : literalsBetween(call.open(), end)) {
                // a literal names a base URL only as a key ("ORDERS_URL"); "/reverse-proxy-url" is a path of the caller
                Optional<String> address = ServiceTargets.ofAddress(literal.value())
                        .or(() -> style.equals("grpc") ? ServiceTargets.ofHost(literal.value()) : Optional.empty())
                        .or(() -> CONFIGURATION_KEY.matcher(literal.value()).matches()
                                ? ServiceTargets.ofName(literal.value()) : Optional.empty());
                address.filter(t -> !targets.contains(t)).ifPresent(targets::add);
                for (Interpolations.Interpolation interpolation : Interpolations.of(file, literal)) {
                    named.addTo(interpolation.expression(), targets);
                }
            }
            named.addTo(code.substring(call.open() + 1, end), targets);
            return targets;
        }

        /** A path of the page's own origin, {@code `/api/teams/${slug}`}: the app calling its own routes, no other service. */
        private boolean sameOrigin(int[] argument) {
            String code = file.code();
            int start = argument[0];
            while (start < argument[1] && Character.isWhitespace(code.charAt(start))) {
                start++;
            }
            for (StringLiteral literal : file.source().literals()) {
                if (literal.startOffset() == start) {
                    return literal.value().startsWith("/") && !literal.value().startsWith("//");
                }
            }
            return false;
        }

        private List<StringLiteral> literalsBetween(int from, int to) {
            List<StringLiteral> literals = new ArrayList<>();
            for (StringLiteral literal : file.source().literals()) {
                if (literal.startOffset() > from && literal.endOffset() <= to + 1) {
                    literals.add(literal);
                }
            }
            return literals;
        }

        /** True when a string literal among the call's arguments, not a name, is the host {@code target}. */
        private boolean namesHost(Calls.Call call, String target) {
            for (StringLiteral literal : literalsBetween(call.open(), Math.min(file.code().length(), call.close()))) {
                if (ServiceTargets.ofAddress(literal.value()).or(() -> ServiceTargets.ofHost(literal.value()))
                        .filter(target::equals).isPresent()) {
                    return true;
                }
            }
            return false;
        }

        private Optional<Finding> add(int offset, String anchor, String target, String protocol, String style) {
            if (!seen.add(anchor + "\n" + target + "\n" + style)) {
                return Optional.empty();
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("target", target);
            attributes.put("protocol", protocol);
            attributes.put("style", style);
            attributes.put("value", target + " " + style);
            Finding finding = file.finding(SYNC_CALL, offset, anchor, attributes);
            findings.add(finding);
            return Optional.of(finding);
        }

        private static String typeAfter(String code, int from) {
            Matcher type = Pattern.compile("\\b(?:interface|class)\\s+(\\w+)").matcher(code);
            return type.find(from) ? type.group(1) : "";
        }
    }
}
