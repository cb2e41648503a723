package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Infrastructure endpoints written as string literals in production code (never in comments, tests, docs,
 * messages or EF Core design-time factories). A literal that is only the default of an environment variable, property, configuration lookup or flag is
 * reported as {@code endpoint.env-fallback} with what overrides it; the rest as {@code endpoint.hardcoded}, marked
 * {@code holder=config-class} (or {@code config-module}) when kept in a configuration or constants holder. A service
 * addressed by its logical name ({@code http://basket-api}, {@code https+http://catalog-api}) is not tied to a machine:
 * it is reported as {@code endpoint.service-name}, which no rule treats as a hard-coded endpoint. A public web API
 * called from a script the component serves to browsers ({@code static/js/}) is the user's browser's endpoint, not the
 * component's.
 */
public final class HardcodedEndpointDetector implements Detector {

    public static final String HARDCODED = "endpoint.hardcoded";
    public static final String ENV_FALLBACK = "endpoint.env-fallback";
    public static final String SERVICE_NAME = "endpoint.service-name";
    private static final int MAX_LITERAL = 2000;
    private static final java.util.regex.Pattern DEFAULTED_HOST_VARIABLE = java.util.regex.Pattern.compile(
            "['\"]([A-Z][A-Z0-9_]*(?:HOST|HOSTNAME|SERVER|ADDR|ADDRESS))['\"]\\s*,\\s*(?:default\\s*=\\s*)?$"
            + "|\\benv\\.([A-Z][A-Z0-9_]*(?:HOST|HOSTNAME|SERVER|ADDR|ADDRESS))\\s*(?:\\|\\||\\?\\?)\\s*$");
    /** EF Core's design-time factory runs only under {@code dotnet ef} tooling, never in the deployed service. */
    private static final String DESIGN_TIME_FACTORY = "IDesignTimeDbContextFactory";

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.PRODUCTION_CODE || file.language() == Language.OTHER) {
            return List.of();
        }
        LexedSource source = SourceLexer.lex(file);
        Supplier<Declarations> declarations = Declarations.lazily(source, file.language());
        List<Finding> findings = new ArrayList<>();
        for (StringLiteral literal : source.literals()) {
            // a Go struct tag holds spaces between its keys: `envconfig:"ORDERS_URL" default:"http://orders:8080"`
            if (isCandidate(literal.value()) || file.language() == Language.GO && GoTagDefaults.of(literal.value()).isPresent()) {
                finding(file, source, declarations, literal).ifPresent(findings::add);
            }
        }
        return List.copyOf(findings);
    }

    /**
     * Endpoints hold no spaces, except keyword connection strings such as {@code Server=…; Database=…}. Tested on the
     * value between its leading and trailing spaces, as {@code strip} would leave it, without the copy.
     */
    private static boolean isCandidate(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && Character.isWhitespace(value.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(value.charAt(end - 1))) {
            end--;
        }
        if (end - start < 3 || end - start > MAX_LITERAL) {
            return false;
        }
        for (int i = start; i < end; i++) {
            if (Character.isWhitespace(value.charAt(i))) {
                return value.indexOf('=') >= 0;
            }
        }
        return true;
    }

    private static Optional<Finding> finding(SourceFile file, LexedSource source, Supplier<Declarations> lazyDeclarations,
                                             StringLiteral literal) {
        Optional<String> tagDefault = file.language() == Language.GO ? GoTagDefaults.of(literal.value()) : Optional.empty();
        if (tagDefault.isPresent()) {
            // a bare host is read by the key the tag sets, as a host variable's default is
            EndpointParser.Reading reading = EndpointParser.read(tagDefault.get());
            Optional<String> key = reading.in(EndpointParser.ANY_CODE_CONTEXT).isPresent()
                    ? Optional.empty() : Optional.of(GoTagDefaults.key(source.code(), literal.startOffset()));
            return endpointFinding(file, source, lazyDeclarations, literal, reading, false, key, true);
        }
        if (!EndpointParser.mayHoldEndpoint(literal.value()) && literal.value().indexOf('$') < 0) {
            // Most literals: no placeholder to resolve, and no endpoint unless the default of a host variable.
            return defaultedHostVariable(source, literal).flatMap(variable -> endpointFinding(file, source, lazyDeclarations,
                    literal, EndpointParser.read(literal.value()), false, Optional.of(variable), false));
        }
        Placeholders.Resolved resolved = Placeholders.resolve(literal.value());
        EndpointParser.Reading reading = EndpointParser.read(resolved.value());
        Optional<String> hostVariable = Optional.empty();
        if (reading.in(EndpointParser.ANY_CODE_CONTEXT).isEmpty()) {
            hostVariable = defaultedHostVariable(source, literal);
            if (hostVariable.isEmpty()) {
                return Optional.empty();
            }
        }
        return endpointFinding(file, source, lazyDeclarations, literal, reading, resolved.usedDefault(), hostVariable, false);
    }

    /** The finding of a value that may be an endpoint (read once, whatever the context), given where it stands. */
    private static Optional<Finding> endpointFinding(SourceFile file, LexedSource source, Supplier<Declarations> lazyDeclarations,
                                                     StringLiteral literal, EndpointParser.Reading reading,
                                                     boolean placeholderDefault, Optional<String> hostVariable,
                                                     boolean tagDefault) {
        CodeContext context = CodeContext.of(source, file.language(), literal);
        if (IncidentalLiterals.isIncidental(context) || IncidentalLiterals.isParsingBase(context, source.code())) {
            return Optional.empty();
        }
        Optional<Endpoint> endpoint = hostVariable.isPresent()
                ? reading.in(EndpointContext.ofKey(hostVariable.get()))
                : reading.in(() -> CodeEndpointContext.of(context));
        if (endpoint.isEmpty() || endpoint.get().network() == Endpoint.Network.PUBLIC && FileRoles.isBrowserScript(file.path())
                || AddressLists.isListed(source, literal)) {
            return Optional.empty();
        }
        Declarations declarations = lazyDeclarations.get();
        if (declarations.insideTest(literal.startOffset())) {
            return Optional.empty();
        }
        List<Declarations.Scope> enclosing = declarations.enclosing(literal.startOffset());
        if (enclosing.stream().anyMatch(scope -> scope.isType() && scope.header().contains(DESIGN_TIME_FACTORY))) {
            return Optional.empty();
        }
        // a destructured parameter's default is the caller's to replace with its configured address (not so a page size)
        Optional<String> overriddenBy = placeholderDefault ? Optional.of("placeholder")
                : tagDefault ? Optional.of(Fallbacks.ENVIRONMENT) : Fallbacks.overriddenBy(context, enclosing)
                        .or(() -> context.defaultsDestructuredParameter() ? Optional.of("caller") : Optional.empty());
        if (hostVariable.isPresent() && !overriddenBy.equals(Optional.of(Fallbacks.ENVIRONMENT))) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>(endpoint.get().attributes());
        overriddenBy.ifPresent(by -> attributes.put("overriddenBy", by));
        Holders.of(file, enclosing).ifPresent(holder -> attributes.put("holder", holder));
        int[] lines = valueLines(source, literal);
        Optional<String> member = declarations.insideFunction(literal.startOffset()) ? Optional.empty()
                : context.memberName().or(() -> declarations.insidePrimaryConstructor(literal.startOffset())
                        ? context.parameterName() : Optional.empty());
        String kind = overriddenBy.isPresent() ? ENV_FALLBACK : ServiceNames.isServiceName(endpoint.get()) ? SERVICE_NAME : HARDCODED;
        return Optional.of(new Finding(kind, Finding.SOURCE_CODE,
                file.path(), lines[0], lines[1], Snippets.around(source, literal.startOffset(), lines[1]),
                declarations.anchor(literal.startOffset(), member), attributes));
    }

    /**
     * The environment variable a bare host is the default of: {@code os.environ.get("DB_HOST", "localhost")},
     * {@code process.env.REDIS_HOST || "redis"} (cosmicpython's config.py); or the name named for a host that the
     * literal is assigned to, which the caller keeps only where the environment gives it first (robot-shop's dispatch:
     * {@code amqpHost, ok := os.LookupEnv("AMQP_HOST")} then {@code if !ok { amqpHost = "rabbitmq" }}). Only a name
     * for a host lets a single word count as an endpoint.
     */
    private static Optional<String> defaultedHostVariable(LexedSource source, StringLiteral literal) {
        String value = literal.value();
        if (value.isEmpty() || value.length() > 253 || !isHostLike(value)) {
            return Optional.empty();
        }
        String text = source.uncommented();
        int from = Math.max(0, literal.startOffset() - 80);
        String before = text.substring(from, literal.startOffset());
        if (!before.contains("HOST") && !before.contains("ADDR") && !before.contains("SERVER")) {
            return assignedHostName(text, literal.startOffset());
        }
        java.util.regex.Matcher variable = DEFAULTED_HOST_VARIABLE.matcher(before);
        return variable.find() ? Optional.of(variable.group(1) != null ? variable.group(1) : variable.group(2))
                : assignedHostName(text, literal.startOffset());
    }

    /** {@code amqpHost = "rabbitmq"}, {@code host := "db"}: the name a literal is assigned to, when it is named for a host. */
    private static Optional<String> assignedHostName(String text, int literalStart) {
        int at = literalStart - 1;
        while (at >= 0 && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at--;
        }
        if (at < 1 || text.charAt(at) != '=' || "=!<>+-*/|&".indexOf(text.charAt(at - 1)) >= 0) {
            return Optional.empty();
        }
        int end = text.charAt(at - 1) == ':' ? at - 1 : at;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isLetterOrDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '_')) {
            start--;
        }
        String name = text.substring(start, end);
        return !name.isEmpty() && EndpointContext.allowsBareNames(name) ? Optional.of(name) : Optional.empty();
    }

    /** {@code [A-Za-z0-9][A-Za-z0-9.-]*}, tested without a matcher: it refuses most literals. */
    private static boolean isHostLike(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alphanumeric = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
            if (!alphanumeric && (i == 0 || c != '.' && c != '-')) {
                return false;
            }
        }
        return true;
    }

    /** The lines the stripped value occupies: inside a text block, the line of the URL, not of the opening quotes. */
    static int[] valueLines(LexedSource source, StringLiteral literal) {
        String value = literal.value();
        int first = 0;
        while (first < value.length() && Character.isWhitespace(value.charAt(first))) {
            first++;
        }
        int last = value.length() - 1;
        while (last > first && Character.isWhitespace(value.charAt(last))) {
            last--;
        }
        if (first >= value.length()) {
            return new int[] {literal.startLine(), literal.startLine()};
        }
        return new int[] {source.lineAt(literal.contentOffset() + first), source.lineAt(literal.contentOffset() + last)};
    }
}
