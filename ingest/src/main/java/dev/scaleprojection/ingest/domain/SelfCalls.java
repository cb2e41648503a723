package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Locale;

/**
 * A synchronous call whose target names the component that makes it — a service's own client, smoke test or load
 * script (microservices-demo's {@code AdServiceClient} in adservice, {@code email_client.py} in emailservice) — couples the
 * component to no other service, so it is no {@code coupling.sync-internal-call} fact. Names are compared without case,
 * punctuation or a trailing service/svc/server/api: {@code ad-service} is {@code adservice}; a component whose folder is
 * named for its package is also named by the package's last word.
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
        if (!InternalServiceCallDetector.SYNC_CALL.equals(finding.kind()) || !folder.matches("[a-z][\\w-]*(\\.[a-z][\\w-]*)+")) {
            return false;
        }
        String stem = stem(finding.attributes().getOrDefault("target", ""));
        return !stem.isEmpty() && stem.equals(stem(folder.substring(folder.lastIndexOf('.') + 1)));
    }

    static String stem(String name) {
        String letters = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        for (String suffix : SUFFIXES) {
            if (letters.endsWith(suffix) && letters.length() > suffix.length()) {
                return letters.substring(0, letters.length() - suffix.length());
            }
        }
        return letters;
    }
}
