package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A literal that an option of a module, a plugin or a constructor replaces when it is given: {@code options?.backend_url
 * || "http://localhost:9000/static"} (medusa's local file provider), {@code this.config.redisUrl ?? "redis://…"}. The
 * expression coalesces a member read from an object named for options, configuration or settings; not a member of any
 * other object ({@code user.url || "…"}), nor a property of such an object's own ({@code options.length || …} reads no URL
 * either, but is no endpoint).
 */
final class OptionDefaults {

    private static final Pattern OPTION_MEMBER = Pattern.compile("(?:^|[^\\w.?$])(?:(?:this|self)\\.)?[A-Za-z_$]*"
            + "(?:[oO]ptions|[oO]pts|[cC]onfig|[cC]onfiguration|[sS]ettings)_?\\??\\.[A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*)*"
            + "\\s*(?:\\?\\?|\\|\\||\\bor\\b)\\s*$");

    /** A class of .NET's options pattern, bound from configuration by its section: {@code GlobalSettings}, {@code SmtpOptions}. */
    private static final Pattern OPTIONS_CLASS = Pattern.compile("\\w*(?:Settings|Options)");
    /** A settable property's initializer: {@code public virtual string ApiBaseUrl { get; set; } = "…"}. */
    private static final Pattern SETTABLE_INITIALIZER = Pattern.compile("\\{\\s*get\\s*;\\s*set\\s*;\\s*}\\s*=\\s*$");
    /** A getter's default for its bound backing field: {@code get => string.IsNullOrWhiteSpace(_apiUri) ? "…" : _apiUri}. */
    private static final Pattern GETTER_DEFAULT = Pattern.compile("\\bget\\s*(?:=>|\\{\\s*return\\b)[^;]*(?:\\?|\\?\\?)\\s*$");

    /** A field given a value: {@code c.CloseTimeout =}. */
    private static final Pattern FIELD_ASSIGNED = Pattern.compile("(?:^|[\\s;{])([A-Za-z_]\\w*(?:\\.[A-Za-z_]\\w*)+)\\s*=\\s*$");
    /** A type that holds configuration: {@code RouterConfig}, {@code PublisherOptions}. */
    private static final Pattern CONFIGURATION_TYPE = Pattern.compile("\\w*(?:Config|Configuration|Options|Opts|Settings)");

    /** envalid's validators: {@code cleanEnv(process.env, { API_BASE_URL: str({ default: 'http://localhost:3000' }) })}. */
    private static final java.util.Set<String> ENVALID_VALIDATORS = java.util.Set.of("str", "url", "host", "port", "num",
            "email", "json");
    private static final Pattern DEFAULT_KEY = Pattern.compile("(?:^|[{,])\\s*(?:default|devDefault)\\s*:\\s*$");

    private OptionDefaults() {
    }

    /** The default envalid gives an environment variable it validates, in a file that cleans the environment with it. */
    static boolean envalidDefault(CodeContext context) {
        return ENVALID_VALIDATORS.contains(context.calleeName()) && DEFAULT_KEY.matcher(context.argumentsBefore()).find()
                && context.uncommented().contains("cleanEnv");
    }

    /**
     * A default a configuration type gives a field its user left unset: {@code func (c *RouterConfig) setDefaults() { if
     * c.CloseTimeout == 0 { c.CloseTimeout = time.Second * 30 } }} (watermill's router). The caller's value wins.
     */
    static boolean unsetFieldDefault(CodeContext context, List<Declarations.Scope> enclosing) {
        String prefix = context.prefix();
        Matcher field = FIELD_ASSIGNED.matcher(prefix);
        if (!endsWithAssignment(prefix) || prefix.indexOf('.') < 0 || !field.find()) {
            return false;
        }
        String name = Pattern.quote(field.group(1));
        boolean tested = Pattern.compile("\\bif\\s*\\(?\\s*" + name + "\\s*===?\\s*(?:0|\"\"|nil|null|None|undefined)\\s*\\)?"
                + "\\s*(?:\\{|:)?\\s*$").matcher(context.linesBefore(1).strip()).find();
        return tested && enclosing.stream().anyMatch(scope -> java.util.Arrays.stream(scope.name().split("\\."))
                .anyMatch(part -> CONFIGURATION_TYPE.matcher(part).matches()));
    }

    /**
     * Whether {@code text} ends with '=' then only white space and line terminators, as {@code FIELD_ASSIGNED} needs at
     * its end: asked before the pattern, which would otherwise be tried at every offset of most prefixes.
     */
    private static boolean endsWithAssignment(String text) {
        int i = text.length() - 1;
        while (i >= 0 && isSpaceOrLineEnd(text.charAt(i))) {
            i--;
        }
        return i >= 0 && text.charAt(i) == '=';
    }

    /** What {@code \s} and {@code $} may leave at the end of a match: ASCII white space and Java's line terminators. */
    private static boolean isSpaceOrLineEnd(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028
                || c == 0x2029;
    }

    /**
     * A default of .NET's options pattern: the initializer of a settable property, or a getter's fallback, in a class
     * named {@code …Settings} or {@code …Options} (bitwarden's {@code GlobalSettings}), which configuration binds.
     */
    static boolean boundOptionDefault(Declarations.Scope type, CodeContext context) {
        if (!type.isType() || !OPTIONS_CLASS.matcher(type.name()).matches()) {
            return false;
        }
        String prefix = context.prefix();
        return prefix.contains("set") && SETTABLE_INITIALIZER.matcher(prefix).find()
                || prefix.contains("get") && GETTER_DEFAULT.matcher(prefix).find();
    }

    /** Whether {@code argumentExpression}, the expression a literal ends, is an option's member coalesced with it. */
    static boolean coalescesAnOption(String argumentExpression) {
        String expression = argumentExpression.stripTrailing();
        boolean coalesces = expression.endsWith("||") || expression.endsWith("??") || expression.endsWith("or");
        boolean named = expression.contains("pt") || expression.contains("onf") || expression.contains("ettings");
        return coalesces && named && OPTION_MEMBER.matcher(expression).find();
    }
}
