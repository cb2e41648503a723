package dev.scaleprojection.ingest.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The services the names in a call's arguments stand for ({@code inventoryUrl}, {@code ORDERS_SERVICE_URL}, a getter
 * {@code getOrderServiceUrl()}, a member of what holds the base URLs, {@code serviceUrlConfig.product()}), read with
 * what the file says about them: a name the file gives a URL literal is judged
 * by that URL, one given an environment variable by the variable, one built on a base URL by that base.
 */
final class NamedTargets {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*(?:\\.[A-Za-z_$][\\w$]*)*");
    private static final Pattern CONFIGURATION_KEY = Pattern.compile("[A-Za-z_][\\w.:-]*");
    /** A URL with its host written out, not a scheme an address is appended to ({@code "http://" + svcAddr}). */
    private static final Pattern SPELLED_URL = Pattern.compile("://[\\w\\[]");
    private static final Pattern GETTER = Pattern.compile("(?:^|\\.)get[A-Z]\\w*$");
    /**
     * A module-level {@code NAME = os.getenv('VAR', …)} or {@code os.environ.get("VAR")}, {@code var name = os.Getenv("VAR")},
     * {@code const name = process.env.VAR}.
     */
    private static final Pattern ENVIRONMENT_READ = Pattern.compile("(?m)^(?:(?:const|let|var)\\s+)?([A-Za-z_]\\w*)\\s*:?=\\s*"
            + "(?:os\\.(?:getenv|Getenv|environ\\.get)\\(\\s*['\"]([A-Za-z_]\\w*)['\"]|process\\.env\\.([A-Za-z_]\\w*))");
    /** A name given a template literal that starts from a base URL: {@code const ssoUrl = `${process.env.JACKSON_URL}/sso`}. */
    private static final Pattern TEMPLATE_BASE = Pattern.compile("(?m)(?:\\b(?:const|let|var|private|public|protected|readonly)\\s+)+"
            + "([A-Za-z_$][\\w$]*)\\s*(?::\\s*[\\w<>\\[\\]| ]+)?=\\s*`\\$\\{\\s*([A-Za-z_$][\\w$.]*)\\s*}");

    /**
     * A value that starts from a base URL: {@code fmt.Sprintf("%s/…", base, …)}, {@code base + "/…"}, {@code
     * f"{base}/…"}, {@code "{}/…".format(base, …)}, {@code `${base}/…`}.
     */
    private static final Pattern BUILT_ON_BASE = Pattern.compile("fmt\\.Sprintf\\(\\s*\"%[sv][^\"\\n]*\"\\s*,\\s*([A-Za-z_][\\w.]*)\\s*[,)]"
            + "|([A-Za-z_$][\\w$.]*)\\s*\\+\\s*[\"'`]|f[\"']\\{([A-Za-z_][\\w.]*)}"
            + "|[\"']\\{}[^\"'\\n]*[\"']\\.format\\(\\s*([A-Za-z_][\\w.]*)\\s*[,)]|`\\$\\{([A-Za-z_$][\\w$.]*)}");

    private final CodeFile file;
    private Map<String, String> constants;
    private Map<String, String> variables;
    private Map<String, String> templateBases;
    private final Map<String, String> settingKeys = new LinkedHashMap<>();

    NamedTargets(CodeFile file) {
        this.file = file;
    }

    /**
     * Adds to {@code targets} the services the names in the code from {@code from} to {@code to} stand for, each once;
     * a name the enclosing function gave a value before ({@code url = '{}/{}'.format(app.config["CONTACTS_URI"], user)}
     * in bank-of-anthos' frontend) also stands for what that value names.
     */
    void addTo(int from, int to, List<String> targets) {
        String code = file.code();
        int before = targets.size();
        Optional<Declarations.Scope> function = file.enclosing(from).stream()
                .filter(scope -> scope.kind() == Declarations.Kind.FUNCTION).reduce((outer, inner) -> inner);
        Map<String, String> builtOnBase = function.map(f -> localsBuiltOnBase(code.substring(from, to), f.start(), from))
                .orElse(Map.of());
        Set<String> unread = new HashSet<>(builtOnBase.keySet());
        function.ifPresent(f -> spelledOut(from, to, f.start(), targets, unread));
        addTo(code.substring(from, to), targets, unread);
        if (targets.size() > before) {
            return;
        }
        Matcher identifier = IDENTIFIER.matcher(code).region(from, to);
        while (function.isPresent() && identifier.find()) {
            String base = builtOnBase.get(identifier.group());
            if (base != null) {
                addTo(base, targets);
            } else if (identifier.group().indexOf('.') < 0 && !unread.contains(identifier.group())
                    && !isKey(code, identifier.start(), identifier.end())) {
                LocalAssignments.assignedBefore(file, identifier.group(), function.get().start(), from).ifPresent(value -> {
                    for (StringLiteral literal : literalsIn(value[0], value[1])) {
                        if (CONFIGURATION_KEY.matcher(literal.value()).matches()) {
                            ServiceTargets.ofName(literal.value()).filter(t -> !targets.contains(t)).ifPresent(targets::add);
                        }
                    }
                    addTo(code.substring(value[0], value[1]), targets);
                });
            }
        }
    }

    /**
     * The local names in {@code text} that the function gave a URL built on a base URL, with that base: remark42's
     * {@code exportURL := fmt.Sprintf("%s/api/v1/admin/export", ec.RemarkURL)} is an endpoint of the service {@code
     * RemarkURL} names; its own name says which endpoint, and the other arguments what it asks, not which service.
     */
    private Map<String, String> localsBuiltOnBase(String text, int start, int end) {
        Map<String, String> locals = new LinkedHashMap<>();
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            String name = identifier.group();
            if (name.indexOf('.') < 0 && !isKey(text, identifier.start(), identifier.end())) {
                LocalAssignments.assignedBefore(file, name, start, end).ifPresent(value -> {
                    Matcher built = BUILT_ON_BASE.matcher(file.source().text()).region(value[0], value[1]);
                    if (built.lookingAt()) {
                        for (int group = 1; group <= built.groupCount(); group++) {
                            if (built.group(group) != null) {
                                locals.put(name, built.group(group));
                            }
                        }
                    }
                });
            }
        }
        return locals;
    }

    /**
     * The local names the function gave a value that spells out a URL, {@code user_url = get_config("…") or
     * "https://api.majorleaguecyber.org/user"} (CTFd's OAuth), are judged by that URL only, as the file's constants are
     * (not {@code url := "http://" + fe.shoppingAssistantSvcAddr}, microservices-demo's, whose name says the host):
     * added to {@code unread}, with the service a URL on a private host names added to {@code targets}.
     */
    private void spelledOut(int from, int to, int start, List<String> targets, Set<String> unread) {
        int firstUrl = file.source().text().indexOf("://", start);
        if (firstUrl < 0 || firstUrl >= from) {
            return;
        }
        Matcher identifier = IDENTIFIER.matcher(file.code()).region(from, to);
        while (identifier.find()) {
            String name = identifier.group();
            if (name.indexOf('.') < 0 && !unread.contains(name) && !isKey(file.code(), identifier.start(), identifier.end())) {
                LocalAssignments.assignedBefore(file, name, start, from).map(value -> literalsIn(value[0], value[1]).stream()
                        .map(StringLiteral::value).filter(literal -> SPELLED_URL.matcher(literal).find()).toList())
                        .filter(urls -> !urls.isEmpty()).ifPresent(urls -> {
                            unread.add(name);
                            urls.forEach(url -> ServiceTargets.ofAddress(url).filter(t -> !targets.contains(t))
                                    .ifPresent(targets::add));
                        });
            }
        }
    }

    private List<StringLiteral> literalsIn(int start, int end) {
        return file.source().literalsWithin(start, end);
    }

    /** Adds to {@code targets} the services the names in {@code text} stand for, each once. */
    void addTo(String text, List<String> targets) {
        addTo(text, targets, Set.of());
    }

    private void addTo(String text, List<String> targets, Set<String> unread) {
        Matcher identifier = IDENTIFIER.matcher(text);
        while (identifier.find()) {
            if (unread.contains(identifier.group())) {
                continue;
            }
            int after = identifier.end();
            boolean called = after < text.length() && text.charAt(after) == '(';
            // a getter of the base URL, orderDestinations.getOrderServiceUrl(), reads it like a name
            boolean getter = called && text.startsWith("()", after) && GETTER.matcher(identifier.group()).find();
            if (called && text.startsWith("()", after)) {
                // a member of what holds the services' base URLs, serviceUrlConfig.product(), names its service
                ServiceTargets.ofHeldUrl(identifier.group()).filter(t -> !targets.contains(t)).ifPresent(targets::add);
            }
            if ((!called || getter) && !isKey(text, identifier.start(), after)) {
                String name = Regexes.replaceFirst(identifier.group(), "^(this|self)\\.", "");
                // A name whose URL the file spells out is judged by that URL only: PROBLEM_BASE_URL on a public host
                // names no "problem" service; one built on a base URL by that base (ssoUrl on JACKSON_URL).
                String base = templateBases().get(name);
                Optional<String> target = base != null ? ServiceTargets.ofName(base)
                        .or(() -> Optional.ofNullable(variables().get(base)).flatMap(ServiceTargets::ofName))
                        : constants().containsKey(name)
                        ? ServiceTargets.ofAddress(constants().get(name)) : ServiceTargets.ofName(identifier.group())
                                .or(() -> Optional.ofNullable(variables().get(name)).flatMap(ServiceTargets::ofName));
                boolean added = target.filter(t -> !targets.contains(t)).isPresent();
                target.filter(t -> !targets.contains(t)).ifPresent(targets::add);
                if ((added || target.isEmpty()) && base == null) {
                    SettingAddresses.key(name).filter(key -> !constants().containsKey(name) && !variables().containsKey(name))
                            .ifPresent(key -> settingKeys.putIfAbsent(key, target.orElse("")));
                }
            }
        }
    }

    /**
     * The call at {@code offset} through each setting set in no other place of this file that the names read since
     * {@link #startCall} stand for, with the service its name gave: its value may lie in another file ({@link SettingAddresses}).
     */
    List<Finding> settingCalls(int offset, String style) {
        String anchor = file.anchorOrMember(offset);
        return settingKeys.entrySet().stream()
                .map(key -> SettingAddresses.call(file, offset, anchor, key.getKey(), key.getValue(), style)).toList();
    }

    /** Starts reading the names of another call. */
    void startCall() {
        settingKeys.clear();
    }

    /**
     * A key or a named argument names a parameter, not what it is given: {@code { allowPrivateIPAddress: true }},
     * {@code title_link: url}, {@code Config{BaseURL: ordersURL}} (whose value is read on its own).
     */
    private static boolean isKey(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        if (before >= 0 && "{,(".indexOf(text.charAt(before)) < 0) {
            return false;
        }
        int after = end;
        while (after < text.length() && (text.charAt(after) == ' ' || text.charAt(after) == '?')) {
            after++;
        }
        return after < text.length() && text.charAt(after) == ':' && !text.startsWith("::", after);
    }

    /**
     * Names given the value of an environment variable at the top of the file, with the variable they read: {@code
     * USER = os.getenv('USER_HOST', 'user')} is named for the user service by its variable (robot-shop's payment).
     */
    private Map<String, String> variables() {
        if (variables == null) {
            variables = new LinkedHashMap<>();
            if (file.mentions("getenv", "environ", "process.env")) {
                Matcher read = ENVIRONMENT_READ.matcher(file.uncommented());
                while (read.find()) {
                    variables.putIfAbsent(read.group(1), read.group(2) != null ? read.group(2) : read.group(3));
                }
            }
        }
        return variables;
    }

    /** Names given a template literal that starts with a base: {@code dsyncUrl} to {@code env.jackson.url}. */
    private Map<String, String> templateBases() {
        if (templateBases == null) {
            templateBases = new LinkedHashMap<>();
            if (file.language() == Language.TYPESCRIPT || file.language() == Language.JAVASCRIPT) {
                Matcher template = TEMPLATE_BASE.matcher(file.uncommented());
                while (template.find()) {
                    templateBases.putIfAbsent(template.group(1), template.group(2));
                }
            }
        }
        return templateBases;
    }

    /** Names declared in the file with a string literal: {@code private String hostname = "http://visits-service/";}. */
    private Map<String, String> constants() {
        if (constants == null) {
            constants = new LinkedHashMap<>();
            for (StringLiteral literal : file.source().literals()) {
                if (literal.value().contains("://")) {
                    CodeContext context = CodeContext.of(file.source(), file.language(), literal);
                    context.memberName().or(context::assignedName).ifPresent(name -> constants.putIfAbsent(name,
                            literal.value()));
                }
            }
        }
        return constants;
    }
}
