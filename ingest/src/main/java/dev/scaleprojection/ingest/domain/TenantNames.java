package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Set;

/**
 * Which names in code hold a tenant or its identifier ({@link TenantIdentifierDetector}): {@code tenantId},
 * {@code organization_id}, {@code currentTenant}, by their words; not a call ({@code set_tenant(…)}), a type
 * ({@code Tenant tenant}) or an identity provider's directory. Gives back yes or no, and the name as it is counted.
 */
final class TenantNames {

    private static final Set<String> IDS = Set.of("id", "ids", "key", "slug", "uuid", "code", "identifier");
    /** {@code currentTenant}, {@code request_tenant}: words that may come before a tenant held in a variable. */
    private static final Set<String> TENANT_QUALIFIERS = Set.of("tenant", "current", "active", "selected", "request", "the",
            "my", "this", "get", "set", "new", "resolved", "effective", "target", "owner", "owning");
    private static final Set<String> TENANT_WORDS = Set.of("tenant", "org", "organization", "organisation");
    private static final Set<String> ID_QUALIFIERS = Set.of("external", "public", "internal", "unique", "global");
    /** An identity provider's directory ({@code AZURE_TENANT_ID}) is where users sign in, not a tenant of the application. */
    private static final Set<String> IDENTITY_PROVIDERS = Set.of("azure", "aad", "entra", "b2c", "msal", "microsoft", "ms");

    private TenantNames() {
    }

    /**
     * Whether a name holds a tenant or its identifier: {@code tenantId}, {@code tenant_id}, {@code TenantID},
     * {@code tenant}, {@code currentTenant}, an organization's id, key or slug. Names of things about tenants
     * ({@code TENANT_APPS}, {@code tenantFields}, {@code multiTenant}) hold no tenant.
     */
    static boolean isTenantIdentifier(String name) {
        if (Regexes.matches(name, "[A-Z][A-Z0-9_]*") && !Regexes.matches(name, "[A-Z_]*TENANT_ID")) {
            return false;
        }
        List<String> words = Identifiers.words(name);
        if (words.stream().anyMatch(IDENTITY_PROVIDERS::contains)) {
            return false;
        }
        String last = Identifiers.last(words);
        if (words.contains("tenant")) {
            return IDS.contains(last) && identifies(words)
                    || last.equals("tenant") && words.stream().allMatch(TENANT_QUALIFIERS::contains);
        }
        return IDS.contains(last) && identifies(words);
    }

    /**
     * The id names the tenant itself: {@code organization_id}, {@code tenantExternalId}; not a code or key of something
     * else that mentions it ({@code org_error_code}, {@code tenant_user_id}, {@code org_unit_id}).
     */
    private static boolean identifies(List<String> words) {
        for (int i = words.size() - 2; i >= 0; i--) {
            String word = words.get(i);
            if (TENANT_WORDS.contains(word)) {
                return true;
            }
            if (!ID_QUALIFIERS.contains(word)) {
                return false;
            }
        }
        return false;
    }

    /**
     * A file named for an identity provider ({@code AzureAdB2COptions.cs}, {@code AzureActiveDirectoryB2CIdentityProvider.cs})
     * configures or calls that provider: the tenant it names is the directory users sign in with. A file named for
     * tenants as well ({@code AzureTenantResolver}) may map that directory to the application's tenant, and is read.
     */
    static boolean identityProviderFile(String fileName) {
        String base = fileName.contains(".") ? fileName.substring(0, fileName.indexOf('.')) : fileName;
        List<String> words = Identifiers.words(base);
        // not "ms" alone: MsSqlOptions is named for a database
        return words.stream().anyMatch(word -> !word.equals("ms") && IDENTITY_PROVIDERS.contains(word))
                && !words.contains("tenant");
    }

    /**
     * A call such as {@code set_tenant(…)} names an operation on tenants, not a tenant; an accessor does ({@code
     * getTenantId()}).
     */
    static boolean called(String code, int end) {
        int i = end;
        while (i < code.length() && code.charAt(i) == ' ') {
            i++;
        }
        if (i >= code.length() || code.charAt(i) != '(') {
            return false;
        }
        int j = i + 1;
        while (j < code.length() && Character.isWhitespace(code.charAt(j))) {
            j++;
        }
        boolean accessor = j < code.length() && code.charAt(j) == ')' && Regexes.matches(
                code.substring(Math.max(0, end - 40), end), "(?s).*\\b(get|Get)\\w*$");
        return !accessor;
    }

    /** {@code Tenant} in {@code Tenant tenant} or {@code new TenantContext()}: a type, not an identifier. */
    static boolean isTypeName(String code, String name, int start, int end) {
        if (!Character.isUpperCase(name.charAt(0)) || Regexes.matches(name, "[A-Z0-9_]+|.*(Id|ID|Ids|IDs|Key|Slug)")) {
            return false;
        }
        int after = end;
        while (after < code.length() && Character.isWhitespace(code.charAt(after))) {
            after++;
        }
        boolean declaresVariable = after < code.length() && (Character.isJavaIdentifierStart(code.charAt(after))
                || code.charAt(after) == '<' || code.charAt(after) == '.' || code.charAt(after) == '(');
        String before = code.substring(Math.max(0, start - 12), start);
        boolean typePosition = Regexes.matches(before, "(?s).*(new|class|interface|record|struct|enum|extends|implements|:|<|"
                + "\\bas|is)\\s*$");
        return declaresVariable || typePosition;
    }

    /**
     * The acting user's team id copied into a variable ({@code team_id = user.team_id}) or handed to a lookup of the
     * team itself ({@code get_team_attrs(team_id=user.team_id)}) scopes no data by the team: CTFd's competing teams.
     * {@code start} and {@code end} bound the {@code team_id = user.team_id} of the match.
     */
    static boolean copiesOrLooksUpTheTeam(String code, int start, int end) {
        int lineStart = code.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = code.indexOf('\n', end);
        String before = code.substring(lineStart, start).strip();
        String after = code.substring(end, lineEnd < 0 ? code.length() : lineEnd).strip();
        boolean assignment = Regexes.matches(code.substring(start, end), "\\w+\\s*=\\s*[^=].*")
                && Regexes.matches(before, "|const|let|var|val|final") && Regexes.matches(after, ";?");
        return assignment || lookedUp(code, start);
    }

    /** Whether the call whose arguments hold {@code offset} is named for a team, workspace or group: a lookup of it. */
    private static boolean lookedUp(String code, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= Math.max(0, offset - 200); i--) {
            char c = code.charAt(i);
            if (c == ')' || c == '}' || c == ']') {
                depth++;
            } else if ((c == '{' || c == '[') && depth > 0 || c == '(' && depth > 0) {
                depth--;
            } else if (c == '{' || c == '[' || c == ';') {
                return false;
            } else if (c == '(') {
                int nameEnd = i;
                while (nameEnd > 0 && code.charAt(nameEnd - 1) == ' ') {
                    nameEnd--;
                }
                int nameStart = nameEnd;
                while (nameStart > 0 && Character.isJavaIdentifierPart(code.charAt(nameStart - 1))) {
                    nameStart--;
                }
                List<String> words = Identifiers.words(code.substring(nameStart, nameEnd));
                return words.contains("team") || words.contains("workspace") || words.contains("group");
            }
        }
        return false;
    }

    /** {@code tenant_id} and {@code tenantId} are one identifier for counting purposes; as written for the attribute. */
    static String normalized(String name) {
        return Regexes.replaceFirst(name, "^(get|Get|set|Set)(?=[A-Z])", "").replaceFirst("^_+", "");
    }
}
