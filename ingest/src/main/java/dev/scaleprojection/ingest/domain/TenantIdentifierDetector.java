package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tenant and organization identifiers ({@code tenantId}, {@code tenant_id}, {@code orgId}, {@code organizationId},
 * the {@code X-Tenant-ID} header, and a team's, workspace's or group's id wherever data is scoped by the acting user's own:
 * {@code where: { teamId: user.teamId }}), by where they are handled. Threaded through services, entities, use cases and
 * controller signatures they are {@code tenancy.tenant-id-in-domain}; handled only by repositories, Hibernate filters and
 * {@code @TenantId}, tenant resolvers and connection providers, EF query filters, Django managers, request filters and
 * middleware that resolve the tenant, code in an infrastructure folder or package, row-level security policies and
 * tenant columns they are {@code tenancy.tenant-id-in-persistence}. Attributes: layer
 * (domain|persistence|web|infrastructure), identifier, usage. One finding per declaration and identifier; a log
 * statement naming the tenant it runs for is none. An identity provider's tenant ({@code AZURE_TENANT_ID}, a {@code tenant}
 * given it or an Azure.Identity credential on the same line, any in a file named for the provider) is the directory users
 * sign in with, not a tenant of the application.
 */
public final class TenantIdentifierDetector implements Detector {

    public static final String IN_DOMAIN = "tenancy.tenant-id-in-domain";
    public static final String IN_PERSISTENCE = "tenancy.tenant-id-in-persistence";
    /** The stems of the identifiers looked at: {@code tenantId}, {@code orgId}, {@code organizationId}. */
    static final String[] MENTIONED = {"tenant", "org"};

    private static final Pattern LITERAL_IDENTIFIER = Pattern.compile("(?i)\\b\\w*tenant\\w*");
    private static final Pattern HEADER = Pattern.compile("(?i)x-(tenant|org|organi[sz]ation|account)(-id)?");
    private static final Pattern PERSISTENCE_CONSTRUCT = Pattern.compile("@(?:[\\w.]+\\.)?(Filter|FilterDef|TenantId|TenantColumn"
            + "|Where)\\b|HasQueryFilter\\s*\\(|current_setting\\s*\\(|\\bSET\\s+(?:LOCAL\\s+)?app\\.|setCurrentTenant|"
            + "setTenantIdentifier");
    /** One of these is in every match of {@link #PERSISTENCE_CONSTRUCT}: most lines hold none, and are not searched. */
    private static final String[] CONSTRUCT_WORDS = {"@", "HasQueryFilter", "current_setting", "SET", "setCurrentTenant",
        "setTenantIdentifier"};
    private static final Pattern RESOLUTION = Pattern.compile("(?i).*(filter|interceptor|middleware|resolver|context|holder|guard)"
            + ".*");
    /** A search form or filter set that filters a listing by tenant (django-filter, netbox's DeviceFilterForm) resolves none. */
    private static final Pattern SEARCH_FILTER = Pattern.compile("(?i).*filter(form|set|mixin|input)s?");
    private static final Pattern CONDITION = Pattern.compile("\\b(if|when|switch|case|elif|unless|while)\\b|==|!=|"
            + "\\.equals\\(|\\bis\\b");
    private static final Pattern POLICY = Pattern.compile("(?is)CREATE\\s+POLICY\\s+(\\w+)[^;]*?(tenant|org)");
    /**
     * A query or check scoped by the acting user's own team or workspace, {@code where: { teamId: user.teamId }}, {@code
     * team_id=current_user.team_id}, {@code AllRepositories(session, group_id=user.group_id)}: the team or group is the
     * tenant (outline's teams, mealie's groups); a team's or group's id used otherwise is not.
     */
    private static final Pattern ACTOR_SCOPE = Pattern.compile("\\b((?:team|workspace|group)_?[iI]d)\\s*(?:[:=]|===?)\\s*"
            + "(?:[\\w.]+\\.)?(?:user|actor|currentUser|current_user|authUser|auth_user)\\??\\.\\1\\b");
    /** A tenant named for the provider, or given to an Azure.Identity credential or MSAL's builder on its line. */
    private static final Pattern IDENTITY_PROVIDER_TENANT = Pattern.compile("(?i)\\b(?:azure(?:ad)?|aad|entra|b2c|msal|microsoft|ms)"
            + "[._]?tenant|\\b(?:ClientSecret|ClientCertificate|ClientAssertion|OnBehalfOf|UsernamePassword|DeviceCode"
            + "|InteractiveBrowser)Credential\\s*\\(|\\.WithTenantId\\s*\\(");
    private static final Pattern IMPORT_LINE = Pattern.compile("^\\s*(import|package|using|from|namespace|#include)\\b.*");
    /** A log statement names the tenant it runs for (fineract's jobs: {@code log.debug("{}: …", getTenant().getName())}). */
    private static final Pattern LOG_STATEMENT = Pattern.compile("^\\s*(?:_?log|_?logger|LOG|LOGGER|log4j|logging|console)"
            + "\\.(?:trace|debug|info|warn|warning|error|log)\\s*\\(");
    /** The layer of a place in the infrastructure's folder or package, where tenants are resolved, routed and sent on. */
    static final String INFRASTRUCTURE = "infrastructure";
    private static final Set<String> INFRASTRUCTURE_FOLDERS = Set.of("infrastructure", "infra");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE, FileRole.OTHER, FileRole.DEPLOYMENT);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (!Mentions.containsAnyIgnoreCase(file, "tenant", "orgid", "org_id", "x-org", "organizationid",
                "organization_id", "organisation", "teamid", "team_id", "workspaceid", "workspace_id", "groupid", "group_id")) {
            return List.of();
        }
        if (file.name().toLowerCase(Locale.ROOT).endsWith(".sql")) {
            return sql(file);
        }
        // a module that runs in each user's browser (an Angular component or service, a React client module) holds the
        // tenant the user picked and hands it to the API; the server is where tenants are kept apart
        if (TenantNames.identityProviderFile(file.name())) {
            return List.of();
        }
        return CodeFile.production(file).filter(code -> !SharedStateDetector.runsInBrowser(code))
                .map(TenantIdentifierDetector::code).orElse(List.of());
    }

    private static List<Finding> code(CodeFile file) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        CodeLayers.OfFile layers = new CodeLayers.OfFile(file);
        String code = file.code();
        for (int[] mention : Mentions.inCode(file.file(), code, MENTIONED)) {
            String name = code.substring(mention[0], mention[1]);
            int offset = mention[0];
            boolean annotation = offset > 0 && code.charAt(offset - 1) == '@';
            if (annotation || TenantNames.called(code, mention[1]) || !TenantNames.isTenantIdentifier(name) || TenantNames.isTypeName(code, name,
                    mention[0], mention[1]) || file.insideTest(offset)
                    || IMPORT_LINE.matcher(file.source().codeLine(file.line(offset))).matches()
                    || LOG_STATEMENT.matcher(file.source().codeLine(file.line(offset))).find()
                    || IDENTITY_PROVIDER_TENANT.matcher(file.source().codeLine(file.line(offset))).find()) {
                continue;
            }
            mention(file, offset, TenantNames.normalized(name), seen, layers).ifPresent(findings::add);
        }
        // every match names a team's or workspace's id: most files hold none, and are not searched
        Matcher scoped = ACTOR_SCOPE.matcher(code);
        boolean teams = file.mentions("teamid", "team_id", "workspaceid", "workspace_id", "groupid", "group_id");
        while (teams && scoped.find()) {
            if (!file.insideTest(scoped.start()) && !TenantNames.copiesOrLooksUpTheTeam(code, scoped.start(), scoped.end())) {
                mention(file, scoped.start(), scoped.group(1), seen, layers).ifPresent(findings::add);
            }
        }
        // A literal's text is the file's: in a file that never writes "tenant" no literal names a tenant column.
        boolean tenantWord = file.mentions("tenant");
        for (StringLiteral literal : file.source().literals()) {
            String value = literal.value().strip();
            if (AsciiText.startsWithIgnoreCase(value, 0, "x-") && HEADER.matcher(value).matches()
                    && (file.insideFunction(literal.startOffset()) || annotationArgument(file, literal))) {
                mention(file, literal.startOffset(), value, seen, layers).ifPresent(findings::add);
            }
            if (!tenantWord || value.length() >= 300 || !AsciiText.containsIgnoreCase(value, "tenant")) {
                continue;
            }
            Matcher column = LITERAL_IDENTIFIER.matcher(value);
            if (column.find() && PERSISTENCE_CONSTRUCT.matcher(file.source().uncommentedLine(literal.startLine())).find()) {
                mention(file, literal.startOffset(), column.group(), seen, layers).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> mention(CodeFile file, int offset, String identifier, Set<String> seen,
            CodeLayers.OfFile layers) {
        String layer = inInfrastructure(file, layers.at(offset));
        String line = file.source().uncommentedLine(file.line(offset));
        boolean inFunction = file.insideFunction(offset);
        String usage = usage(file, offset, line, inFunction, identifier, layer);
        String kind = kind(file, offset, layer, usage);
        String anchor = inFunction ? file.anchor(offset) : file.anchor(offset, Optional.of(identifier));
        if (!seen.add(kind + "\n" + anchor + "\n" + identifier)) {
            return Optional.empty();
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        boolean construct = usage.equals("annotation") || usage.equals("query-filter") || usage.equals("session-setting");
        attributes.put("layer", construct ? CodeLayers.PERSISTENCE : layer);
        attributes.put("identifier", identifier);
        attributes.put("usage", usage);
        attributes.put("value", identifier);
        return Optional.of(file.finding(kind, offset, anchor, attributes));
    }

    private static String usage(CodeFile file, int offset, String line, boolean inFunction, String identifier,
            String layer) {
        Optional<String> construct = construct(line)
                .or(() -> inFunction ? Optional.empty() : construct(statementBefore(file, offset)));
        if (construct.isPresent()) {
            String used = construct.get();
            return used.startsWith("HasQueryFilter") ? "query-filter" : used.startsWith("@") ? "annotation" : "session-setting";
        }
        if (HEADER.matcher(identifier).matches()) {
            return "header";
        }
        if (layer.equals(CodeLayers.PERSISTENCE)) {
            return "query";
        }
        if (!inFunction) {
            return "field";
        }
        Optional<Declarations.Scope> function = file.enclosingFunction(offset);
        if (function.isPresent() && offset < bodyStart(file, function.get())) {
            return "parameter";
        }
        return CONDITION.matcher(line).find() ? "condition" : "argument";
    }

    /**
     * Persistence handles it when the layer is persistence or a persistence construct is used; so does a web filter,
     * interceptor or middleware that resolves the tenant into a context. Everywhere else the id is threaded through
     * the domain: services, entities, use cases and the signatures of controllers.
     */
    private static String kind(CodeFile file, int offset, String layer, String usage) {
        if (layer.equals(CodeLayers.PERSISTENCE) || layer.equals(INFRASTRUCTURE) || usage.equals("annotation")
                || usage.equals("query-filter")
                || usage.equals("session-setting")) {
            return IN_PERSISTENCE;
        }
        if (layer.equals(CodeLayers.WEB)) {
            String holder = file.enclosingType(offset).map(Declarations.Scope::name)
                    .or(() -> file.enclosingFunction(offset).map(Declarations.Scope::name)).orElse(file.file().name());
            return RESOLUTION.matcher(holder).matches() && !SEARCH_FILTER.matcher(holder).matches() ? IN_PERSISTENCE : IN_DOMAIN;
        }
        return IN_DOMAIN;
    }

    /**
     * Code of the domain's layer by its name that lies in an {@code infrastructure} folder or package (or a C# project
 * {@code Shop.Infrastructure}, {@code Infrastructure.Dapper}) is the
     * infrastructure's: fineract's scheduler, thread-local tenant context and SMS gateway client resolve, route and send
     * on the tenant its data sources are chosen by, and hand it to no domain logic.
     */
    private static String inInfrastructure(CodeFile file, String layer) {
        if (!layer.equals(CodeLayers.DOMAIN) || !AsciiText.containsIgnoreCase(file.path(), "infra")) {
            return layer;
        }
        boolean infrastructure = Imports.folders(file.path()).stream()
                .flatMap(folder -> java.util.Arrays.stream(folder.toLowerCase(Locale.ROOT).split("\\.")))
                .anyMatch(INFRASTRUCTURE_FOLDERS::contains);
        return infrastructure ? INFRASTRUCTURE : layer;
    }

    static Optional<String> construct(String text) {
        if (!mayHoldConstruct(text)) {
            return Optional.empty();
        }
        Matcher matcher = PERSISTENCE_CONSTRUCT.matcher(text);
        return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
    }

    private static boolean mayHoldConstruct(String text) {
        for (String word : CONSTRUCT_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** The declaration before {@code offset}, annotations included, back to the previous ';', '{' or '}'. */
    private static String statementBefore(CodeFile file, int offset) {
        String code = file.code();
        int start = offset;
        while (start > 0 && ";{}".indexOf(code.charAt(start - 1)) < 0 && offset - start < 400) {
            start--;
        }
        return code.substring(start, offset);
    }

    /** Where a function's body starts: its parameters come before. */
    private static int bodyStart(CodeFile file, Declarations.Scope function) {
        String code = file.code();
        String name = function.name().substring(function.name().lastIndexOf('.') + 1);
        int named = code.indexOf(name, function.start());
        int open = code.indexOf('(', named < 0 ? function.start() : named);
        if (open < 0 || open >= function.end()) {
            return function.start();
        }
        return Calls.closing(code, open);
    }

    private static boolean annotationArgument(CodeFile file, StringLiteral literal) {
        CodeContext context = CodeContext.of(file.source(), file.language(), literal);
        return context.inAnnotation() || Regexes.matches(context.callee(), ".*\\[FromHeader.*|.*Header");
    }

    /** Row-level security policies on tenant columns, and tenant columns of tables. */
    private static List<Finding> sql(SourceFile file) {
        if (file.role() == FileRole.TEST_CODE || file.role() == FileRole.DOCUMENTATION || file.role() == FileRole.EXAMPLE) {
            return List.of();
        }
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        String clean = SchemaDocuments.withoutSqlComments(file.content());
        List<Finding> findings = new ArrayList<>();
        Matcher policy = POLICY.matcher(clean);
        while (policy.find()) {
            int line = lines.lineAt(policy.start());
            findings.add(sqlFinding(file, lines, line, "policy." + policy.group(1), policy.group(2).toLowerCase(Locale.ROOT),
                    "row-level-security"));
        }
        for (SchemaDocuments.Field column : SchemaDocuments.sql(file.content())) {
            if (TenantNames.isTenantIdentifier(column.name())) {
                findings.add(sqlFinding(file, lines, column.line(), column.holder() + "." + column.name(), column.name(),
                        "column"));
            }
        }
        return findings;
    }

    private static Finding sqlFinding(SourceFile file, LexedSource lines, int line, String anchor, String identifier,
                                      String usage) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("layer", CodeLayers.PERSISTENCE);
        attributes.put("identifier", identifier);
        attributes.put("usage", usage);
        return new Finding(IN_PERSISTENCE, Finding.SOURCE_CODE, file.path(), line, line, Snippets.lines(lines, line, line),
                anchor, attributes);
    }
}
