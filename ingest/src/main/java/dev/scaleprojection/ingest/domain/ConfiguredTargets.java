package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * A call named for a setting goes where the deployment points that setting, told once per scan. Bank of Anthos'
 * frontend posts to {@code app.config["TRANSACTIONS_URI"]} (a call the scanner names {@code transactions}), built from
 * the environment's {@code TRANSACTIONS_API_ADDR}, which the Kubernetes config map sets to {@code ledgerwriter:8080}:
 * the call is the ledger writer's. aspnetrun's shopping web app calls {@code ApiSettings:GatewayAddress}, which its
 * Compose service sets to {@code http://yarpapigateway:8080}.
 * <p>In: the scan's findings, each placed in its component. The rule: an address configured for a key whose last
 * segment names a service's address ({@code …_ADDR}, {@code …Url}, {@code …_HOST}: the name {@link ServiceTargets#ofName}
 * gives a call read through that key) on a private network host, not a database's or broker's, gives that name
 * ({@code transactions}, {@code gateway}) a service; a call with that target whose own text holds no URL goes to the
 * one service the addresses set in its component give (else those set anywhere in the repository), when they agree,
 * and it is neither the target already nor the caller. Out: the findings with those calls renamed, the setting's key kept in a {@code setting}
 * attribute; every other finding as it was.
 */
public final class ConfiguredTargets {

    /** What a service's address is configured for; a database's, cache's or broker's is no service to call. */
    private static final Set<String> CALLED_TECHNOLOGIES = Set.of("http", "tcp", "grpc", "unknown");

    private ConfiguredTargets() {
    }

    /** Whether a finding configures a service's address, so that a change to it may move calls named for its key. */
    public static boolean configuresAService(Finding finding) {
        return configured(finding).isPresent();
    }

    /** The findings with each call named for a configured setting made a call to the service it is set to (see above). */
    public static List<Finding> resolve(List<Finding> findings, Function<Finding, Component> componentOf) {
        Map<String, List<Address>> byStem = new HashMap<>();
        for (Finding finding : findings) {
            configured(finding).ifPresent(address -> byStem.computeIfAbsent(address.stem(), s -> new ArrayList<>())
                    .add(address.in(componentOf.apply(finding).name())));
        }
        if (byStem.isEmpty()) {
            return findings;
        }
        List<Finding> resolved = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            resolved.add(InternalServiceCallDetector.SYNC_CALL.equals(finding.kind()) && !finding.snippet().contains("://")
                    ? renamed(finding, componentOf.apply(finding).name(), byStem) : finding);
        }
        return resolved;
    }

    private static Finding renamed(Finding call, String caller, Map<String, List<Address>> byStem) {
        String target = call.attribute("target");
        List<Address> set = byStem.getOrDefault(target, List.of());
        List<Address> own = set.stream().filter(address -> address.component().equals(caller)).toList();
        List<Address> deciding = own.isEmpty() ? set : own;
        Set<String> services = new TreeSet<>();
        Set<String> keys = new TreeSet<>();
        deciding.forEach(address -> {
            services.add(address.service());
            keys.add(address.key());
        });
        if (services.size() != 1) {
            return call;
        }
        String service = services.iterator().next();
        if (same(service, target) || same(service, caller)) {
            return call;
        }
        Map<String, String> attributes = new LinkedHashMap<>(call.attributes());
        attributes.put("target", service);
        attributes.put("value", service + " " + call.attribute("style"));
        attributes.put("setting", String.join(",", keys));
        return new Finding(call.kind(), call.source(), call.path(), call.startLine(), call.endLine(), call.snippet(),
                call.anchor(), attributes);
    }

    /** Names equal but for case and separators: {@code user-service} and {@code userservice}. */
    private static boolean same(String one, String other) {
        return one.replaceAll("[-_.]", "").equalsIgnoreCase(other.replaceAll("[-_.]", ""));
    }

    /** The service a configured address points the name of its key at; empty for any other finding. */
    private static Optional<Address> configured(Finding finding) {
        if (!ConfiguredEndpointDetector.CONFIGURED.equals(finding.kind())
                || !"private".equals(finding.attribute("network"))
                || !CALLED_TECHNOLOGIES.contains(finding.attributes().getOrDefault("technology", "unknown"))) {
            return Optional.empty();
        }
        String key = key(finding.anchor());
        // the name a call read through this key is given, as the call detector names it
        Optional<String> stem = ServiceTargets.ofName(key);
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        return ServiceTargets.ofHost(finding.attributes().getOrDefault("host", ""))
                .map(service -> new Address("", key, stem.get(), service));
    }

    /** The setting's own key, the last segment of where it is set: {@code services.web.environment.Api__GatewayUrl} → {@code GatewayUrl}. */
    static String key(String anchor) {
        String last = anchor.substring(anchor.lastIndexOf('.') + 1);
        int section = Math.max(last.lastIndexOf("__"), last.lastIndexOf(':'));
        return section < 0 ? last : last.substring(section + (last.charAt(section) == ':' ? 1 : 2));
    }

    private record Address(String component, String key, String stem, String service) {

        Address in(String placed) {
            return new Address(placed, key, stem, service);
        }
    }
}
