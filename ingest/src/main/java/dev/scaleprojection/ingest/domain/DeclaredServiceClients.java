package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service calls a file declares rather than makes ({@link InternalServiceCallDetector}): Feign, Micronaut and
 * Refit client interfaces, C#'s gRPC client factory and Go's grpc-gateway registrations, typed HTTP clients' base addresses, Dapr
 * service invocation and client-side load balancing, each added to the file's collector.
 */
final class DeclaredServiceClients {

    private static final Pattern FEIGN = Pattern.compile("@(?:[\\w.]+\\.)?FeignClient\\s*\\(");
    private static final Pattern FEIGN_NAME = Pattern.compile("(?:^|[,(]\\s*)(?:(?:name|value|serviceId)\\s*=\\s*)?\"([^\"]+)\"");
    private static final Pattern FEIGN_URL = Pattern.compile("\\burl\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern MICRONAUT = Pattern.compile("@(?:io\\.micronaut\\.http\\.client\\.annotation\\.)?Client\\s*\\(");
    private static final Pattern MICRONAUT_ID = Pattern.compile("(?:^|[,(]\\s*)(?:(?:id|value)\\s*=\\s*)?\"([^\"]+)\"");
    private static final Set<String> DAPR_CALLS = Set.of("CreateInvokeHttpClient", "InvokeMethodAsync", "InvokeMethod",
            "InvokeMethodWithContent", "InvokeMethodWithCustomContent", "invoke_method", "invoke_method_async");
    private static final CallNames DAPR_CALL_NAMES = CallNames.of(DAPR_CALLS);
    private static final Pattern APP_ID = Pattern.compile("[a-z][a-z0-9-]*");
    /** ASP.NET Core's gRPC client factory: {@code services.AddGrpcClient<Basket.BasketClient>(o => …)}. */
    private static final Pattern GRPC_CLIENT_FACTORY = Pattern.compile("\\bAddGrpcClient\\s*<\\s*(?:[\\w.]+\\.)?(\\w+)\\s*>");
    private static final Pattern REFIT_CLIENT = Pattern.compile("\\bRestService\\s*\\.\\s*For\\s*<\\s*(?:[\\w.]+\\.)?(\\w+)\\s*>");
    /** A constant of a service enum given as the service to call: TeaStore's {@code Service.PERSISTENCE}. */
    private static final Pattern SERVICE_CONSTANT = Pattern.compile(
            "\\s*(?:[\\w.]+\\.)?(?:Service|Services|ServiceName|ServiceType|ServiceId|TargetService)\\.([A-Z][A-Z0-9_]*)\\s*[,)]");
    /** grpc-gateway: {@code gw.RegisterProductServiceHandlerFromEndpoint(ctx, mux, endpoint, opts)} proxies to the service. */
    private static final Pattern GATEWAY_REGISTRATION = Pattern.compile("\\bRegister(\\w+?)HandlerFromEndpoint\\s*\\(");

    private final InternalServiceCallDetector.Collector collector;
    private final CodeFile file;
    private final GrpcConnections connections;
    private final NamedTargets named;

    DeclaredServiceClients(InternalServiceCallDetector.Collector collector) {
        this.collector = collector;
        this.file = collector.file;
        this.connections = collector.connections;
        this.named = collector.named;
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
                collector.add(feign.start(), anchor.isEmpty() ? typeAfter(code, feign.start()) : anchor, target, "http", "feign");
            }
        }
    }

    /**
     * Micronaut's declarative HTTP client calls the service its id names, {@code @Client(id = "pricing-service")} or
     * {@code @Client("pricing-service")}, or the internal service its URL points at; one left to configuration
     * ({@code @Client("${elastichealth.endpoint}")}) names none.
     */
    void micronautClients() {
        String code = file.code();
        if (!code.contains("@Client") || !code.contains("micronaut")) {
            return;
        }
        Matcher client = MICRONAUT.matcher(code);
        while (client.find()) {
            int open = client.end() - 1;
            String arguments = file.uncommented().substring(open + 1, Math.min(code.length(), Calls.closing(code, open)));
            Matcher id = MICRONAUT_ID.matcher(arguments);
            if (!id.find() || file.insideTest(client.start())) {
                continue;
            }
            String value = Placeholders.resolve(id.group(1)).value();
            Optional<String> target = value.contains("://") ? ServiceTargets.ofAddress(value) : ServiceTargets.ofHost(value);
            int declaration = TypeMembers.bodyOpen(code, client.start(), code.length());
            String anchor = file.anchor(Math.max(client.start(), declaration - 1));
            target.ifPresent(service -> collector.add(client.start(), anchor.isEmpty() ? typeAfter(code, client.start()) : anchor,
                    service, "http", "micronaut"));
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
            if (file.insideTest(client.start()) || file.language() == Language.GO && GoGrpcClients.goDeclaration(file, client.start())) {
                continue;
            }
            String type = Regexes.replaceFirst(client.group(1), "GrpcClient$|Client$", "");
            int open = code.indexOf('(', client.end() - 1);
            ServiceTargets.ofGrpcStub(type).flatMap(target -> collector.add(client.start(), file.anchorOrMember(client.start()), target,
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
            for (StringLiteral literal : collector.literalsBetween(call.open(), Math.min(code.length(), call.close()))) {
                if (APP_ID.matcher(literal.value()).matches()) {
                    ServiceTargets.ofHost(literal.value()).ifPresent(target -> collector.add(call.nameStart(),
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
                collector.add(call.nameStart(), file.anchorOrMember(call.nameStart()),
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
                || collector.findings.stream().anyMatch(f -> f.attributes().get("style").equals("httpclient"))) {
            return;
        }
        String code = file.code();
        Matcher client = REFIT_CLIENT.matcher(code);
        while (client.find()) {
            if (file.insideTest(client.start())) {
                continue;
            }
            int open = code.indexOf('(', client.end());
            Optional<String> address = open < 0 ? Optional.empty() : collector.literalsBetween(open, Calls.closing(code, open))
                    .stream().map(literal -> ServiceTargets.ofAddress(literal.value())).flatMap(Optional::stream).findFirst();
            address.or(() -> ServiceTargets.ofStub(Regexes.replaceFirst(client.group(1), "^I(?=[A-Z])", "")))
                    .ifPresent(target -> collector.add(client.start(), file.anchorOrMember(client.start()), target, "http", "refit"));
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
                    collector.add(offset, file.anchorOrMember(offset), target, grpc ? "grpc" : "http", grpc ? "grpc" : "httpclient")
                            .filter(finding -> grpc)
                            .ifPresent(finding -> connections.channel(finding, offset, hosts.contains(target)));
                }
            }
        }
    }
    private static String typeAfter(String code, int from) {
        Matcher type = Pattern.compile("\\b(?:interface|class)\\s+(\\w+)").matcher(code);
        return type.find(from) ? type.group(1) : "";
    }
}
