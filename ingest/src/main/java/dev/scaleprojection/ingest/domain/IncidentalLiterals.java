package dev.scaleprojection.ingest.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Literals that mention an address without the code using it as one: docstrings, log and exception messages,
 * comparisons and pattern matching (a list only searched, {@code ["https://app.example.com"].includes(url)}), imports,
 * documentation annotations (OpenAPI, Swagger, JAXB namespaces), values given to keys such as href, description or
 * example, the parsing base of {@code new URL(path, base)} (given there or through a name), and who may call in (CORS
 * origins, allowed hosts).
 */
final class IncidentalLiterals {

    private static final Pattern MESSAGE_CALL = Pattern.compile("log|logf|logger|logging|log[A-Z_]\\w*|Log|Logf|Logger"
            + "|print\\w*|Print\\w*|eprint\\w*|Fprint\\w*|puts|warn|warning|warnf|Warn\\w*|info|infof|Info|Infof|debug|debugf"
            + "|Debug\\w*|error|errorf|Error|Errorf|trace|tracef|Trace\\w*|fatal|fatalf|Fatal\\w*|panic|panicf|Panic\\w*"
            + "|critical|exception|notice|verbose|WriteLine|Write|write|writeln|alert|assert\\w*|Assert\\w*|\\w*Exception"
            + "|\\w*Error|abort|die|raise|flash|toast|notify");
    private static final Set<String> COMPARISONS = Set.of("startsWith", "endsWith", "startswith", "endswith", "contains",
            "includes", "indexOf", "lastIndexOf", "replace", "replaceAll", "replaceFirst", "split", "matches", "match",
            "equals", "equalsIgnoreCase", "compareTo", "HasPrefix", "HasSuffix", "TrimPrefix", "TrimSuffix", "Contains",
            "Index", "removeprefix", "removesuffix", "lstrip", "rstrip", "strip", "test", "search", "sub", "compile",
            "MustCompile", "Regex", "EqualFold", "Equal", "Equals", "isEqualTo", "toBe", "toEqual", "Trim", "TrimStart",
            "TrimEnd", "StartsWith", "EndsWith", "Replace", "Split", "IndexOf", "IsMatch", "Matches", "fullmatch",
            "require", "import", "__import__", "import_module", "importScripts", "open_new",
            "open_new_tab", "browse", "openExternal", "openUrl", "openURL", "OpenBrowser", "navigate", "navigateTo",
            "redirect", "Redirect", "sendRedirect", "location", "assign");
    private static final Pattern BROWSER_CALL = Pattern.compile("(webbrowser|window|Desktop\\.getDesktop\\(\\)|shell|open)\\.open$");
    private static final Set<String> DOCUMENTATION_ANNOTATIONS = Set.of("Operation", "ApiOperation", "Api", "ApiModel",
            "ApiModelProperty", "ApiParam", "ApiImplicitParam", "ApiResponse", "ApiResponses", "Schema", "Parameter",
            "Contact", "License", "Info", "OpenAPIDefinition", "ExternalDocumentation", "Server", "Servers", "Tag",
            "Example", "ExampleObject", "Deprecated", "SuppressWarnings", "Description", "DisplayName", "Link",
            "JsonPropertyDescription", "JsonSchema", "XmlSchema", "XmlElement", "XmlType", "XmlRootElement", "XmlNs",
            "XmlAttribute", "WebService", "WebServiceClient", "SOAPBinding", "SwaggerOperation", "SwaggerSchema",
            "Obsolete", "see", "Doc", "Documented", "Namespace", "ApiProperty", "ApiPropertyOptional", "ApiQuery", "ApiBody",
            "ApiHeader", "ApiOkResponse", "ApiCreatedResponse");
    static final Pattern DOCUMENTATION_KEY = Pattern.compile("(?i)(^|[\\s,({'\"])[\"']?(href|src|xmlns(:\\w+)?|namespace"
            + "|targetnamespace|schemalocation|homepage|home_page|website|licen[cs]e|licen[cs]e_?url|help|description"
            + "|summary|title|label|placeholder|example|examples|doc|docs|documentation|\\w*docs?_?url|\\w*documentation_?url|\\w*help_?url"
            + "|tooltip|hint|message|msg|text|alt|see|project_?urls?|author_?email|issues_?url|repository|source_?url|\\w*version)[\"']?"
            + "\\s*[:=]\\s*[\\[{(]?\\s*$");
    /** The elements of a list literal before the literal: {@code examples=["https://a", } leaves {@code examples=[}. */
    private static final Pattern LIST_ELEMENTS = Pattern.compile("\\[\\s*(?:(?:\"[^\"]*\"|'[^']*'|`[^`]*`)\\s*,\\s*)*$");
    /** Who may call in (CORS origins, allowed hosts, trusted origins) is the service's own identity, not a place it calls. */
    private static final Pattern INBOUND = Pattern.compile(
            "(?i)(allowed_?hosts|allow(ed)?_?origins?|trusted_?origins|cors\\w*|csrf_?trusted\\w*|(\\b|_)origins?]?\\s*[:=])");
    private static final Pattern INBOUND_CALL = Pattern.compile("(?i)cors|.*origins?|.*originpatterns?|allowOrigin\\w*");
    static final Pattern COMPARISON = Pattern.compile("(==|!=|===|!==|<>|\\bcase|\\bis|\\bnot in|\\bin)\\s*[(\\[]?\\s*$");
    private static final Pattern IMPORT = Pattern.compile("^(import|from|export\\b.*\\bfrom|package|using|#include|require)\\b.*");
    /** The words a statement {@code IMPORT} matches starts with. */
    private static final String[] IMPORT_WORDS = {"import", "from", "export", "package", "using", "#include", "require"};
    private static final Pattern ERROR_CONSTRUCTOR = Pattern.compile("(errors\\.New|fmt\\.Errorf|new\\s+\\w*(Error|Exception))$");

    /** The name a statement assigns, whatever the expression ({@code const base = hostname ? … : 'https://localhost'}). */
    private static final Pattern ASSIGNED = Pattern.compile("^(?:(?:const|let|var|val|final)\\s+)?([A-Za-z_$][\\w$]*)\\s*=[^=]");

    private IncidentalLiterals() {
    }

    /**
     * A value assigned to a name that serves only as the parsing base of {@code new URL(url, base)} (umami's send route:
     * {@code const base = hostname ? `https://${hostname}` : 'https://localhost'}) locates nothing the code calls.
     */
    static boolean isParsingBase(CodeContext context, String code) {
        if (!code.contains("new URL(")) {
            return false;
        }
        java.util.regex.Matcher assigned = ASSIGNED.matcher(context.prefix());
        return assigned.find() && Pattern.compile("new URL\\([^()]*,\\s*" + Pattern.quote(assigned.group(1)) + "\\s*\\)")
                .matcher(code).find();
    }

    static boolean isIncidental(CodeContext context) {
        String name = context.calleeName();
        String prefix = context.prefix();
        if (context.isBareExpression() || startsWithAny(prefix, IMPORT_WORDS) && IMPORT.matcher(prefix).matches()) {
            return true;
        }
        if (!name.isEmpty() && (MESSAGE_CALL.matcher(name).matches() || COMPARISONS.contains(name)
                || constructsError(context.calleeExpression()) || opensBrowser(context.calleeExpression()))) {
            return true;
        }
        if (context.inAnnotation() && DOCUMENTATION_ANNOTATIONS.contains(name)) {
            return true;
        }
        if (mentionsInbound(name) && INBOUND_CALL.matcher(name).matches()
                || mentionsInbound(prefix) && INBOUND.matcher(prefix).find()) {
            return true;
        }
        if (name.equals("URL") && !context.isFirstArgument()) {
            return true;
        }
        String expression = context.argumentExpression();
        return documentationKey(expression) || comparison(expression) || context.inSearchedList()
                || documentedList(context.prefix());
    }

    /** {@code ERROR_CONSTRUCTOR}, sought where what each of its matches holds stands: "errors.New", "Error" or "Exception". */
    private static boolean constructsError(String callee) {
        return (callee.contains("Error") || callee.contains("Exception") || callee.contains("errors.New"))
                && ERROR_CONSTRUCTOR.matcher(callee).find();
    }

    /** {@code BROWSER_CALL}, sought only where ".open" stands, as it does in each of its matches. */
    private static boolean opensBrowser(String callee) {
        return callee.contains(".open") && BROWSER_CALL.matcher(callee).find();
    }

    private static boolean startsWithAny(String text, String[] words) {
        for (String word : words) {
            if (text.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    /** A list given to a documentation key: pydantic's {@code Field(examples=["https://…"])}, {@code example: ['…']}. */
    private static boolean documentedList(String prefix) {
        if (prefix.indexOf('[') < 0) {
            return false;
        }
        java.util.regex.Matcher list = LIST_ELEMENTS.matcher(prefix);
        return list.find() && documentationKey(prefix.substring(0, list.start() + 1));
    }

    /** Each pattern is tried only where what it needs stands: most literals are refused without one. */
    static boolean documentationKey(String expression) {
        if (":=".indexOf(lastBefore(expression, "[{(")) < 0) {
            return false;
        }
        // a match is made of key characters only and ends the text: it lies in the text's last run of them
        int start = lastRunStart(expression, IncidentalLiterals::isKeyCharacter);
        return DOCUMENTATION_KEY.matcher(expression).region(start, expression.length()).useAnchoringBounds(false).find();
    }

    /** Where the text's last run of the characters {@code in} accepts begins (its length when it ends with none). */
    private static int lastRunStart(String text, CharacterTest in) {
        int start = text.length();
        while (start > 0 && in.accepts(text.charAt(start - 1))) {
            start--;
        }
        return start;
    }

    /** A test of one character, without boxing it. */
    private interface CharacterTest {
        boolean accepts(char c);
    }

    /** What {@code DOCUMENTATION_KEY} consumes: word characters, spaces, quotes, {@code ,({:=[} and a final line break. */
    private static boolean isKeyCharacter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "_ \t\n\u000B\f\r'\",({:=[\u0085\u2028\u2029"
                .indexOf(c) >= 0;
    }

    static boolean comparison(String expression) {
        if ("=>esn".indexOf(lastBefore(expression, "([")) < 0) {
            return false;
        }
        // a match is made of operator characters only and ends the text: it lies in the text's last run of them (the
        // bounds left transparent, so that \b sees the character before)
        int start = lastRunStart(expression, IncidentalLiterals::isOperatorCharacter);
        return COMPARISON.matcher(expression).region(start, expression.length()).useTransparentBounds(true)
                .useAnchoringBounds(false).find();
    }

    /** What {@code COMPARISON} consumes: {@code =!<>}, the letters of case, is, not and in, spaces, {@code ([}, a line break. */
    private static boolean isOperatorCharacter(char c) {
        return "=!<>caseinot([ \t\n\u000B\f\r\u0085\u2028\u2029".indexOf(c) >= 0;
    }

    /** Every form of {@code INBOUND} holds host, origin, cors or csrf in some case; of {@code INBOUND_CALL}, origin or cors. */
    private static boolean mentionsInbound(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            char c = (char) (prefix.charAt(i) | 0x20);
            if (c == 'h' && prefix.regionMatches(true, i, "host", 0, 4) || c == 'o' && prefix.regionMatches(true, i, "origin", 0, 6)
                    || c == 'c' && (prefix.regionMatches(true, i, "cors", 0, 4) || prefix.regionMatches(true, i, "csrf", 0, 4))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last character of {@code text} before its trailing spaces, one of {@code openings} and spaces again, or 0 for
     * none: what a pattern ending in {@code [:=]\s*[\[{(]?\s*$} or the like needs there.
     */
    static char lastBefore(String text, String openings) {
        int i = beforeSpaces(text, text.length() - 1);
        if (i >= 0 && openings.indexOf(text.charAt(i)) >= 0) {
            i = beforeSpaces(text, i - 1);
        }
        return i < 0 ? 0 : text.charAt(i);
    }

    /** Skips what {@code \s} and a final line terminator match, and more. */
    private static int beforeSpaces(String text, int from) {
        int i = from;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u0085')) {
            i--;
        }
        return i;
    }

}
