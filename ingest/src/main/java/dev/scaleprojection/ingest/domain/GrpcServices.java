package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 * implements, in the same deployable. A service calling a sibling component's service keeps its call.
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
        return InternalServiceCallDetector.SYNC_CALL.equals(finding.kind()) && "grpc".equals(finding.attribute("protocol"))
                && served.getOrDefault(component, Set.of()).contains(finding.attribute("target"));
    }
}
