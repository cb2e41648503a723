package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synchronous calls to other internal services ({@code coupling.sync-internal-call}; attributes target, protocol
 * http|grpc, style feign|micronaut|resttemplate|restclient|webclient|httpclient|refit|requests|fetch|axios|request|grpc
 * |dapr|gateway-route|zuul-route|loadbalancer): Feign
 * clients (named by their service, or by their {@code url} when they have one: a URL left to configuration names no
 * service), Micronaut's declarative clients ({@code @Client(id = "pricing-service")}), Refit clients, HTTP
 * client calls whose URL names a service only the service network resolves or whose base URL is named for a service
 * ({@code requests.get(f"{ORDERS_URL}/…")}), gRPC channels to such a service and blocking stubs or clients of a service
 * (Java, Go, Python, C#, and grpc-js and NestJS clients in TypeScript and JavaScript); a channel and the client built on it are one call;
 * a Spring Cloud Gateway route built in code ({@code .uri("lb://orders-service")} in a {@code RouteLocator}), and one set
 * in the gateway's own configuration ({@link GatewayRoutes}), is the gateway's call to the service it routes to; a client-side
 * load balancer names the service it calls by a constant of a service enum as its first argument; a client or helper
 * object made for a base URL named for a service ({@code new CartHelper(CART_URL)}) is the call to it; a call through a
 * setting set in another file is judged by the URL the repository gives it there ({@link SettingAddresses}).
 * Calls to public hosts, vendors, loopback and infrastructure (databases, brokers) are not internal service calls, nor
 * are those of a module that runs in the user's browser ({@link SharedStateDetector#runsInBrowser}: React, Angular and
 * Vue modules, scripts a server hands to browsers), which the device makes, as a client app's.
 */
public final class InternalServiceCallDetector implements Detector {

    public static final String SYNC_CALL = "coupling.sync-internal-call";

    private static final Set<String> HTTP_CALLS = Set.of("get", "post", "put", "delete", "patch", "head", "request", "options",
            "getForObject", "getForEntity", "postForObject", "postForEntity", "postForLocation", "exchange", "patchForObject",
            "uri", "baseUrl", "create", "fetch", "Get", "Post", "Head", "NewRequest", "NewRequestWithContext", "GetAsync",
            "PostAsync", "PutAsync", "DeleteAsync", "PatchAsync", "SendAsync", "GetFromJsonAsync", "PostAsJsonAsync",
            "PutAsJsonAsync", "GetStringAsync", "GetStreamAsync", "urlopen", "Uri", "newBuilder", "forAddress", "forTarget",
            "Dial", "DialContext", "DialInsecure", "NewClient", "insecure_channel", "secure_channel", "ForAddress", "stream",
            "send", "getService");
    private static final CallNames HTTP_CALL_NAMES = CallNames.of(HTTP_CALLS);
    private static final Pattern BLOCKING_STUB = Pattern.compile("(\\w+)Grpc");
    /** grpc-js clients: {@code new CartServiceClient(CART_ADDR, ChannelCredentials.createInsecure())}. */
    private static final Pattern SCRIPT_GRPC = Pattern.compile("@grpc/grpc-js|\\bChannelCredentials\\b|\\bgrpc\\.credentials\\.");
    private static final Pattern CALLBACK = Pattern.compile("\\bfunction\\b|=>|->|\\bfunc\\s*\\(|\\blambda\\b");
    private static final Pattern CONFIGURATION_KEY = Pattern.compile("[A-Za-z_][\\w.:-]*");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        String content = file.content();
        List<Finding> served = GrpcServices.mayServe(file)
                ? CodeFile.production(file).map(GrpcServices::servedIn).orElse(List.of()) : List.of();
        if (!content.contains("://") && !content.contains("FeignClient") && !content.contains("Stub")
                && !content.contains("Client(") && !content.contains("oadBalanc") && !Mentions.containsAnyIgnoreCase(file, "url", "uri", "endpoint", "host",
                "addr", "grpc", "dapr")) {
            return served;
        }
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty()) {
            return List.of();
        }
        if (SharedStateDetector.runsInBrowser(code.get())) {
            // the user's browser makes the call, as a client app's device does: no service of the system
            return List.of();
        }
        Collector collector = new Collector(code.get());
        DeclaredServiceClients declared = new DeclaredServiceClients(collector);
        declared.feignClients();
        declared.micronautClients();
        collector.clientCalls();
        declared.baseAddresses();
        declared.refitClients();
        declared.grpcRegistrations();
        declared.daprInvocations();
        declared.loadBalancedCalls();
        collector.findings.addAll(served);
        collector.findings.addAll(SettingAddresses.settingsIn(code.get()));
        return List.copyOf(collector.connections.withoutDuplicates(collector.findings));
    }

    /** An HTTP call's name, or a client's or stub's ({@code newBlockingStub}, {@code HttpClient}), where it stands. */
    private static boolean clientCallName(String code, int start, int end) {
        return HTTP_CALL_NAMES.contains(code, start, end) || endsWith(code, start, end, "Stub")
                || endsWith(code, start, end, "Client") || endsWith(code, start, end, "Helper");
    }

    private static boolean endsWith(String code, int start, int end, String suffix) {
        return end - start >= suffix.length() && code.startsWith(suffix, end - suffix.length());
    }

    /**
     * Gathers the calls of one file, one finding per declaration, target and style: the calls made here, the ones the
     * file declares through {@link DeclaredServiceClients}.
     */
    static final class Collector {

        final CodeFile file;
        final List<Finding> findings = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        final GrpcConnections connections;
        final NamedTargets named;

        Collector(CodeFile file) {
            this.file = file;
            this.connections = new GrpcConnections(file.code());
            this.named = new NamedTargets(file);
        }

        void clientCalls() {
            String code = file.code();
            // The code is the text with some characters blanked: it can name axios.create only where the text does.
            boolean axiosInstances = file.mentions("axios.create") && AsciiText.containsIgnoreCase(code, "axios.create");
            for (Calls.Call call : Calls.in(code, InternalServiceCallDetector::clientCallName)) {
                if (file.insideTest(call.nameStart())) {
                    continue;
                }
                if (stub(call)) {
                    continue;
                }
                Optional<String> style = ClientCallStyles.of(file, call, axiosInstances);
                if (style.isEmpty()) {
                    continue;
                }
                String protocol = style.get().equals("grpc") ? "grpc" : "http";
                boolean helper = protocol.equals("grpc") && GoGrpcClients.goClientHelper(file, call);
                List<String> targets = targets(call, style.get());
                for (String target : file.language() == Language.GO && protocol.equals("http")
                        ? GoClientReceivers.targets(file, call, targets) : targets) {
                    // a helper given its address leaves the call to its callers; one naming its service calls it
                    if (helper && !namesHost(call, target)) {
                        continue;
                    }
                    add(call.nameStart(), file.anchorOrMember(call.nameStart()), target, protocol, style.get())
                            .filter(finding -> protocol.equals("grpc"))
                            .ifPresent(finding -> connections.channel(finding, call.nameStart(), namesHost(call, target)));
                }
                findings.addAll(protocol.equals("http") ? named.settingCalls(call.nameStart(), style.get()) : List.of());
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
            } else if (file.language() == Language.GO && GoGrpcClients.generatedStub(file, call)) {
                target = ServiceTargets.ofGrpcStub(call.name()).filter(GoGrpcClients::namesService);
            } else if (file.language() == Language.GO && receiver.equals("zrpc") && call.name().endsWith("NewClient")) {
                target = GoGrpcClients.zrpcTarget(file, call);
            } else if (file.language() == Language.PYTHON && call.name().endsWith("Stub") && receiver.endsWith("_grpc")) {
                target = ServiceTargets.ofGrpcStub(call.name());
            } else if (file.language() == Language.CSHARP && call.constructor() && call.name().endsWith("Client")
                    && file.code().contains("GrpcChannel")) {
                target = ServiceTargets.ofGrpcStub(call.name());
            } else if ((file.language() == Language.TYPESCRIPT || file.language() == Language.JAVASCRIPT) && call.constructor()
                    && call.name().endsWith("ServiceClient") && SCRIPT_GRPC.matcher(file.uncommented()).find()) {
                target = ServiceTargets.ofGrpcStub(call.name());
            } else if ((file.language() == Language.TYPESCRIPT || file.language() == Language.JAVASCRIPT)
                    && call.name().equals("getService")) {
                target = NestGrpcClients.target(file, call);
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

        /** Service targets among the call's arguments: URL literals, base-URL names, interpolated base URLs. */
        private List<String> targets(Calls.Call call, String style) {
            List<String> targets = new ArrayList<>();
            named.startCall();
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
            if (style.equals("requests")) {
                end = ClientCallStyles.beforeBody(code, call.open(), end);
            }
            for (StringLiteral literal : literalsBetween(call.open(), end)) {
                // a literal names a base URL only as a key ("ORDERS_URL"); "/reverse-proxy-url" is a path of the caller
                Optional<String> address = ServiceTargets.ofAddress(literal.value())
                        .or(() -> style.equals("grpc") ? ServiceTargets.ofHost(literal.value()) : Optional.empty())
                        .or(() -> CONFIGURATION_KEY.matcher(literal.value()).matches()
                                ? ServiceTargets.ofName(literal.value()) : Optional.empty());
                address.filter(t -> !targets.contains(t)).ifPresent(targets::add);
                LoopbackCalls.port(literal.value()).ifPresent(port -> loopback(call, port, style));
                for (Interpolations.Interpolation interpolation : Interpolations.of(file, literal)) {
                    named.addTo(interpolation.expression(), targets);
                }
            }
            named.addTo(call.open() + 1, end, targets);
            return targets;
        }

        /** A call to a loopback URL's port, a sibling's call if a sibling serves on it ({@link LoopbackCalls}). */
        private void loopback(Calls.Call call, String port, String style) {
            String anchor = file.anchorOrMember(call.nameStart());
            if (seen.add(anchor + "\n:" + port + "\n" + style)) {
                findings.add(file.finding(LoopbackCalls.LOOPBACK_CALL, call.nameStart(), anchor, Map.of("port", port,
                        "protocol", style.equals("grpc") ? "grpc" : "http", "style", style, "value", port)));
            }
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

        /** The literals that start after {@code from} and end at or before the character after {@code to}. */
        List<StringLiteral> literalsBetween(int from, int to) {
            return file.source().literalsWithin(from + 1, to + 1);
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

        Optional<Finding> add(int offset, String anchor, String target, String protocol, String style) {
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
    }
}
