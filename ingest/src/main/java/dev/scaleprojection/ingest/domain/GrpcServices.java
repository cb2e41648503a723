package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gRPC services a component serves, told once per scan: a class extending the generated base of a service (Java's
 * {@code EventServiceGrpc.EventServiceImplBase}, Kotlin's {@code …CoroutineImplBase}, C#'s {@code Basket.BasketBase}, Python's {@code CartServiceServicer}) or
 * Go's registration or embedding of it from the generated package ({@code pb.RegisterCartServiceServer(…)}, {@code
 * pb.UnimplementedCartServiceServer}; the generated package itself declares them for every service)
 * says it in a finding of its own ({@link #SERVED}, never published). A stub of a service its own component serves is
 * no call to another service: conductor's published {@code grpc-client} calling the services {@code grpc-server}
 * implements, in the same deployable. A service calling a sibling component's service keeps its call, made a call to
 * that component when it is the only one serving the service: aspnetrun's basket calling {@code DiscountProtoService},
 * which the {@code discount} component implements, calls {@code discount}, not {@code discount-proto-service}.
 */
public final class GrpcServices {

    /** A gRPC service a file implements: read here, never published. */
    static final String SERVED = "scan.grpc-service-served";
    private static final Pattern JAVA_BASE = Pattern.compile("(?:\\bextends\\s+|:\\s*)(?:[\\w.]+\\.)?(\\w+?)(?:Coroutine)?ImplBase\\b");
    private static final Pattern CSHARP_BASE = Pattern.compile(":\\s*(?:[\\w.]+\\.)?(\\w+)\\.\\1Base\\b");
    private static final Pattern PYTHON_SERVICER = Pattern.compile("\\bclass\\s+\\w+\\s*\\((?:[^()]*[,\\s])?(?:\\w+\\.)?(\\w+)Servicer\\s*[,)]");
    private static final Pattern GO_SERVER = Pattern.compile("\\b\\w+\\.(?:Register|Unimplemented)(\\w+)Server\\b");

    private GrpcServices() {
    }

    /** Whether a change to the file may change which stubs are calls: it serves or may call a gRPC service. */
    public static boolean dependsOnOtherFiles(SourceFile file) {
        return Mentions.containsAnyIgnoreCase(file, "grpc") || file.content().contains("ImplBase")
                || file.content().contains("Servicer") || file.content().contains("Unimplemented");
    }

    /** A cheap look at the text: whether the file may serve a gRPC service at all. */
    static boolean mayServe(SourceFile file) {
        String content = file.content();
        return content.contains("ImplBase") || content.contains("Servicer") || content.contains("Unimplemented")
                || content.contains("Register") && content.contains("Server(")
                || file.language() == Language.CSHARP && content.contains("Grpc");
    }

    /** The services a production code file serves, one finding each. */
    static List<Finding> servedIn(CodeFile file) {
        String content = file.file().content();
        Pattern base = switch (file.language()) {
            case JAVA, KOTLIN -> content.contains("ImplBase") ? JAVA_BASE : null;
            case CSHARP -> content.contains("Base") && content.contains("Grpc") ? CSHARP_BASE : null;
            case PYTHON -> content.contains("Servicer") ? PYTHON_SERVICER : null;
            case GO -> content.contains("Server") ? GO_SERVER : null;
            default -> null;
        };
        if (base == null) {
            return List.of();
        }
        List<Finding> served = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        Matcher matcher = base.matcher(file.code());
        while (matcher.find()) {
            Optional<String> target = ServiceTargets.ofGrpcStub(matcher.group(1));
            if (target.isPresent() && seen.add(target.get()) && !file.insideTest(matcher.start())) {
                served.add(file.finding(SERVED, matcher.start(), file.anchorOrMember(matcher.start()),
                        Map.of("target", target.get(), "value", target.get())));
            }
        }
        return served;
    }

    /** The findings without those saying what is served. */
    public static List<Finding> withoutServed(List<Finding> findings) {
        return findings.stream().filter(f -> !SERVED.equals(f.kind())).toList();
    }

    /**
     * The findings without those saying what is served, each gRPC call to a service that one component other than the
     * caller serves made a call to that component (a service served by several, or by the caller itself, keeps its
     * name: the caller's own is dropped later, and among copies none is the one called).
     */
    public static List<Finding> resolve(List<Finding> findings, Function<Finding, Component> componentOf) {
        Map<String, Set<String>> servers = new HashMap<>();
        for (Finding finding : findings) {
            if (SERVED.equals(finding.kind())) {
                servers.computeIfAbsent(finding.attribute("target"), t -> new TreeSet<>()).add(componentOf.apply(finding).name());
            }
        }
        List<Finding> resolved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (SERVED.equals(finding.kind())) {
                continue;
            }
            Set<String> serving = isGrpcCall(finding) ? servers.getOrDefault(finding.attribute("target"), Set.of()) : Set.of();
            String server = serving.size() == 1 ? serving.iterator().next() : "";
            boolean another = !server.isEmpty() && !server.equals(finding.attribute("target"))
                    && !server.equals(componentOf.apply(finding).name());
            resolved.add(another ? callTo(finding, server) : finding);
        }
        return resolved;
    }

    private static boolean isGrpcCall(Finding finding) {
        return InternalServiceCallDetector.SYNC_CALL.equals(finding.kind()) && "grpc".equals(finding.attribute("protocol"));
    }

    private static Finding callTo(Finding call, String component) {
        Map<String, String> attributes = new LinkedHashMap<>(call.attributes());
        attributes.put("target", component);
        attributes.put("value", component + " " + call.attribute("style"));
        return new Finding(call.kind(), call.source(), call.path(), call.startLine(), call.endLine(), call.snippet(),
                call.anchor(), attributes);
    }

    /** The services each component serves, by component, from the findings of a whole scan. */
    public static Map<String, Set<String>> byComponent(Collection<Finding> findings, Function<Finding, String> componentOf) {
        Map<String, Set<String>> served = new HashMap<>();
        for (Finding finding : findings) {
            if (SERVED.equals(finding.kind())) {
                served.computeIfAbsent(componentOf.apply(finding), c -> new TreeSet<>()).add(finding.attribute("target"));
            }
        }
        return served;
    }

    /** Whether a finding is a gRPC call to a service the component making it serves itself. */
    public static boolean isCallToServedService(Finding finding, String component, Map<String, Set<String>> served) {
        return isGrpcCall(finding) && served.getOrDefault(component, Set.of()).contains(finding.attribute("target"));
    }
}
