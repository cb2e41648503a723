package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A call through a setting is judged by the address the repository gives that setting, told once per scan: netbox's
 * {@code requests.get(url=settings.CENSUS_URL)} is named for a census service, but its settings module says {@code
 * CENSUS_URL = 'https://census.netbox.oss.netboxlabs.com/api/v1/'}, a public host: no service of this system. A module-level
 * or constant assignment of a URL literal to a setting's name ({@code NAME = 'https://…'}, {@code export const NAME = "…"},
 * {@code static final String NAME = "…"}, {@code const val}, a Go {@code const}, or the literal default of {@code
 * os.getenv('NAME', '…')}) says so in a finding of its own ({@link #SETTING}); an HTTP call through such a name not set in
 * its own file says which in another ({@link #CALL}); neither is published. The values set in the caller's component
 * (else anywhere in the repository) decide: only public URLs, the call is dropped; one internal address, the call goes
 * to the service it names (a name that named none gets it); anything else (a loopback, disagreeing services, nothing
 * set), the name's own target stays.
 */
public final class SettingAddresses {

    /** A URL literal a setting's name is given: read here, never published. */
    static final String SETTING = "scan.setting-address";
    /** An HTTP call through a setting's name set in another file: read here, never published. */
    static final String CALL = "scan.setting-call";
    private static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    private static final Set<String> ADDRESS_WORDS = Set.of("URL", "URI", "ENDPOINT", "ADDR", "ADDRESS", "HOST");
    private static final Pattern ASSIGNMENT = Pattern.compile("(?m)^[ \\t]*(?:(?:export|public|private|protected|internal"
            + "|static|final|readonly|const|val|var|let)\\s+)*(?:(?:String|string|str)\\s+)?"
            + "([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:URL|URI|ENDPOINT|ADDR|ADDRESS|HOST))\\s*(?::\\s*[\\w.]+\\s*)?:?=[ \\t]*");
    /** What every setting's name holds, looked for before any pattern: a setting is named for an address. */
    private static final List<String> KEY_ENDINGS = List.of("_URL", "_URI", "_ENDPOINT", "_ADDR", "_HOST");
    /** {@code os.getenv('NAME', '…')}, {@code os.environ.get("NAME", "…")}: a default the environment overrides. */
    private static final Pattern ENVIRONMENT_DEFAULT = Pattern.compile("(?:os\\.)?(?:getenv|environ\\.get)\\(\\s*(['\"])[^'\"\\n]*\\1"
            + "\\s*,\\s*(?:default\\s*=\\s*)?");
    private static final Pattern URL = Pattern.compile("^(?:https?|wss?)://(?:[^@/\\s]*@)?([A-Za-z0-9_.-]+)(?::\\d+)?(?:[/?#].*)?$",
            Pattern.DOTALL);
    /** An address an HTTP call is made to; a database's or broker's URL is no setting of such a call. */
    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\s*(?:https?|wss?)://");

    private SettingAddresses() {
    }

    /** The setting a name at a call stands for, by its last segment: {@code settings.CENSUS_URL} stands for CENSUS_URL. */
    static Optional<String> key(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (last.isEmpty() || !Character.isUpperCase(last.charAt(0)) || last.indexOf('_') < 0) {
            return Optional.empty();
        }
        return KEY.matcher(last).matches() && ADDRESS_WORDS.contains(last.substring(last.lastIndexOf('_') + 1))
                ? Optional.of(last) : Optional.empty();
    }

    /** The call, through setting {@code key}, that the name gave {@code target} (empty when it named no service). */
    static Finding call(CodeFile file, int offset, String anchor, String key, String target, String style) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("key", key);
        attributes.put("target", target);
        attributes.put("style", style);
        return file.finding(CALL, offset, anchor, attributes);
    }

    /**
     * The web URL literals this file gives setting names: whole values of an assignment, or the environment's default.
     */
    static List<Finding> settingsIn(CodeFile file) {
        if (!file.file().content().contains("://") || !namesSetting(file.code())) {
            return List.of();
        }
        List<Finding> settings = new ArrayList<>();
        String code = file.code();
        Matcher assignment = ASSIGNMENT.matcher(code);
        Matcher fallback = ENVIRONMENT_DEFAULT.matcher(code);
        while (assignment.find()) {
            int start = assignment.end();
            boolean defaulted = fallback.region(start, code.length()).lookingAt();
            file.source().literalAt(defaulted ? fallback.end() : start)
                    .filter(literal -> WEB_ADDRESS.matcher(literal.value()).lookingAt()
                            && endsStatement(code, literal.endOffset(), defaulted))
                    .ifPresent(literal -> settings.add(file.finding(SETTING, assignment.start(1), assignment.group(1),
                            Map.of("key", assignment.group(1), "address", literal.value()))));
        }
        return settings;
    }

    /**
     * Whether what the file says depends on other files or theirs on it: it gives a setting's name a URL or calls
     * through one set elsewhere. A rescan of such a file alone cannot tell where those calls go.
     */
    public static boolean dependsOnOtherFiles(SourceFile file) {
        if (file.role() != FileRole.PRODUCTION_CODE || !namesSetting(file.content())) {
            return false;
        }
        return new InternalServiceCallDetector().detect(file).stream()
                .anyMatch(finding -> SETTING.equals(finding.kind()) || CALL.equals(finding.kind()));
    }

    /**
     * The findings with each call through a setting judged by the addresses the repository gives it (see above), and
     * the settings and calls read here dropped.
     */
    public static List<Finding> resolve(List<Finding> findings, Function<Finding, Component> componentOf) {
        Map<String, List<Setting>> settings = new HashMap<>();
        List<Finding> calls = new ArrayList<>();
        for (Finding finding : findings) {
            if (SETTING.equals(finding.kind())) {
                settings.computeIfAbsent(finding.attribute("key"), k -> new ArrayList<>())
                        .add(new Setting(componentOf.apply(finding), finding.attribute("address")));
            } else if (CALL.equals(finding.kind())) {
                calls.add(finding);
            }
        }
        if (settings.isEmpty() && calls.isEmpty()) {
            return findings;
        }
        Map<String, Optional<String>> judged = new HashMap<>();
        List<Finding> gained = new ArrayList<>();
        for (Finding call : calls) {
            List<Setting> set = settings.getOrDefault(call.attribute("key"), List.of());
            Component caller = componentOf.apply(call);
            List<Setting> own = set.stream().filter(s -> s.component().equals(caller)).toList();
            Optional<Optional<String>> verdict = verdict(own.isEmpty() ? set : own);
            if (verdict.isPresent() && call.attribute("target").isEmpty()) {
                verdict.get().ifPresent(target -> gained.add(syncCall(call, target)));
            } else if (verdict.isPresent() && !verdict.get().equals(Optional.of(call.attribute("target")))) {
                judged.put(identity(call.path(), call.anchor(), call.attribute("target"), call.attribute("style")), verdict.get());
            }
        }
        List<Finding> resolved = new ArrayList<>(findings.size());
        Set<String> kept = new HashSet<>();
        for (Finding finding : findings) {
            if (SETTING.equals(finding.kind()) || CALL.equals(finding.kind())) {
                continue;
            }
            if (!InternalServiceCallDetector.SYNC_CALL.equals(finding.kind())) {
                resolved.add(finding);
                continue;
            }
            Optional<String> verdict = judged.getOrDefault(identity(finding), Optional.of(finding.attribute("target")));
            verdict.map(target -> target.equals(finding.attribute("target")) ? finding : syncCall(finding, target))
                    .filter(call -> kept.add(identity(call))).ifPresent(resolved::add);
        }
        gained.stream().filter(call -> kept.add(identity(call))).forEach(resolved::add);
        return resolved;
    }

    /**
     * What the addresses given a setting say of a call through it: empty when they do not decide (none, a loopback,
     * services that disagree); else the service they name, or none when they are public URLs only.
     */
    private static Optional<Optional<String>> verdict(List<Setting> settings) {
        Set<String> internal = new HashSet<>();
        boolean publicAddress = false;
        for (Setting setting : settings) {
            Optional<String> target = ServiceTargets.ofAddress(setting.address());
            target.ifPresent(internal::add);
            publicAddress |= target.isEmpty() && isPublic(setting.address());
        }
        if (internal.isEmpty() && publicAddress) {
            return Optional.of(Optional.empty());
        }
        return internal.size() == 1 && !publicAddress ? Optional.of(Optional.of(internal.iterator().next())) : Optional.empty();
    }

    /** A URL on a host of the public network: a domain name, neither an IP address nor a private network's name. */
    static boolean isPublic(String address) {
        Matcher url = URL.matcher(Placeholders.resolve(address.strip()).value());
        if (!url.matches()) {
            return false;
        }
        String host = url.group(1);
        return !Hosts.isIpv4(host) && Hosts.network(host) == Endpoint.Network.PUBLIC;
    }

    private static String identity(Finding call) {
        return identity(call.path(), call.anchor(), call.attribute("target"), call.attribute("style"));
    }

    private static String identity(String path, String anchor, String target, String style) {
        return path + "\n" + anchor + "\n" + target + "\n" + style;
    }

    private static Finding syncCall(Finding call, String target) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("target", target);
        attributes.put("protocol", "http");
        attributes.put("style", call.attribute("style"));
        attributes.put("value", target + " " + call.attribute("style"));
        return new Finding(InternalServiceCallDetector.SYNC_CALL, call.source(), call.path(), call.startLine(),
                call.endLine(), call.snippet(), call.anchor(), attributes);
    }

    private record Setting(Component component, String address) {
    }

    private static boolean namesSetting(String text) {
        for (String ending : KEY_ENDINGS) {
            if (text.contains(ending)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the literal is the whole value: nothing but {@code ;} (or the default's {@code )}) follows it on its line. */
    private static boolean endsStatement(String code, int end, boolean defaulted) {
        int at = end;
        while (at < code.length() && (code.charAt(at) == ' ' || code.charAt(at) == '\t')) {
            at++;
        }
        if (defaulted) {
            return at < code.length() && code.charAt(at) == ')';
        }
        return at >= code.length() || code.charAt(at) == '\n' || code.charAt(at) == '\r' || code.charAt(at) == ';';
    }
}
