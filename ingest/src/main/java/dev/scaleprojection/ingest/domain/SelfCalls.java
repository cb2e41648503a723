package dev.scaleprojection.ingest.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A synchronous call whose target names the component that makes it — a service's own client, smoke test or load
 * script (microservices-demo's {@code AdServiceClient} in adservice, {@code email_client.py} in emailservice) — couples the
 * component to no other service, so it is no {@code coupling.sync-internal-call} fact. Names are compared without case,
 * punctuation or a trailing service/svc/server/api: {@code ad-service} is {@code adservice}; a component whose folder is
 * named for its package is also named by the package's last word, and by the Compose services built from its folder
 * (remark42's command-line tools calling {@code remark}, the service its own compose file builds from {@code .}).
 */
public final class SelfCalls {

    private static final List<String> SUFFIXES = List.of("service", "server", "svc", "api");

    private SelfCalls() {
    }

    public static boolean isCallToItself(Finding finding, String componentName) {
        if (!InternalServiceCallDetector.SYNC_CALL.equals(finding.kind())) {
            return false;
        }
        String target = finding.attributes().get("target");
        if (target == null) {
            return false;
        }
        String stem = stem(target);
        return !stem.isEmpty() && stem.equals(stem(componentName));
    }

    /**
     * Also a call to the last word of the package its folder is named for: TeaStore's recommender calling
     * {@code recommender} from {@code services/tools.descartes.teastore.recommender}.
     */
    public static boolean isCallToItself(Finding finding, String componentName, String componentFolder) {
        if (isCallToItself(finding, componentName)) {
            return true;
        }
        String folder = componentFolder.substring(componentFolder.lastIndexOf('/') + 1);
        if (!InternalServiceCallDetector.SYNC_CALL.equals(finding.kind()) || !Regexes.matches(folder, "[a-z][\\w-]*(\\.[a-z][\\w-]*)+")) {
            return false;
        }
        String stem = stem(finding.attributes().getOrDefault("target", ""));
        return !stem.isEmpty() && stem.equals(stem(folder.substring(folder.lastIndexOf('.') + 1)));
    }

    /**
     * The names of the Compose services built from a component's own folder, by component: each is a name the
     * component runs under, whatever the component itself is named. A service that only runs an image names another.
     */
    public static Map<String, Set<String>> composeNames(Collection<Finding> findings, Function<Finding, String> componentOf) {
        Map<String, Set<String>> names = new HashMap<>();
        for (Finding finding : findings) {
            // the kind first: it spares every other finding of the scan a look-up in its attributes
            if (!ComposeDetector.COMPOSE_SERVICE.equals(finding.kind())) {
                continue;
            }
            String service = finding.attributes().get("service");
            if (finding.attributes().containsKey("build") && service != null && !stem(service).isEmpty()) {
                names.computeIfAbsent(componentOf.apply(finding), c -> new TreeSet<>()).add(stem(service));
            }
        }
        return names;
    }

    /** Also a call to a Compose service built from the component's folder ({@link #composeNames}). */
    public static boolean isCallToItself(Finding finding, String componentName, String componentFolder,
                                         Set<String> composeNames) {
        return isCallToItself(finding, componentName, componentFolder) || InternalServiceCallDetector.SYNC_CALL.equals(finding.kind())
                && composeNames.contains(stem(finding.attributes().getOrDefault("target", "")));
    }

    static String stem(String name) {
        // a pattern compiled once (String.replaceAll compiles it on every call): stems are taken for every Compose service
        String letters = Regexes.replaceAll(name.toLowerCase(Locale.ROOT), "[^a-z0-9]", "");
        for (String suffix : SUFFIXES) {
            if (letters.endsWith(suffix) && letters.length() > suffix.length()) {
                return letters.substring(0, letters.length() - suffix.length());
            }
        }
        return letters;
    }
}
