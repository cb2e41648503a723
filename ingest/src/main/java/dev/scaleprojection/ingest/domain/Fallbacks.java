package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a literal is only the default of something configurable, and what overrides it: an environment variable
 * (Java's {@code getenv(…) != null ? … : "…"}, {@code os.getenv("X", "…")}, {@code process.env.X || "…"}, a module's
 * copy of it read as {@code environment.X ?? "…"},
 * {@code dj_database_url.config(default="…")} which reads {@code DATABASE_URL}, the Go and
 * Python if-empty idiom, the branch taken when an {@code if} finds the variable unset, a default a line below replaces
 * from them or from a flag), a system property, a configuration lookup ({@code Configuration["X"] ?? "…"}), a command-line
 * flag default, a constant the bundler defines at build time ({@code __BACKEND_URL__ ?? "…"}), an option given to a module
 * ({@code options?.backend_url || "…"}), or a bound configuration class (Spring {@code @ConfigurationProperties}, pydantic {@code BaseSettings}).
 */
final class Fallbacks {

    static final String ENVIRONMENT = "environment";

    private static final Pattern SYSTEM_PROPERTY = Pattern.compile("System\\.getProperty\\s*\\(|\\bsys\\.props\\b");
    static final Pattern ENVIRONMENT_ACCESS = Pattern.compile("System\\.getenv|\\bgetenv\\s*\\(|\\bGetenv\\s*\\("
            + "|LookupEnv|GetEnvironmentVariable|process\\.env|import\\.meta\\.env|\\bos\\.environ|\\benviron\\s*[.\\[]"
            + "|\\benvironment\\.[A-Z][A-Z0-9_]*\\b"
            + "|\\bENV\\s*[\\[.]|\\bsys\\.env\\b|Deno\\.env|Bun\\.env|\\benv\\s*[.(\\[]|\\b[gG]et_?[eE]nv\\w*\\s*\\("
            + "|\\w*[eE]nv_?[oO]r\\w*\\s*\\(|[mM]ust_?[gG]et_?[eE]nv|getenv_or|\\benv_\\w+\\s*\\(|\\bdj_database_url\\.config\\b");
    static final Pattern CONFIGURATION_ACCESS = Pattern.compile("GetConnectionString|GetValue\\s*<|GetSection\\s*\\("
            + "|\\b[cC]onfiguration\\s*\\[|\\b[cC]onfig\\s*\\[|\\bviper\\.|\\bconfig\\.get\\w*\\s*\\(|\\bsettings\\.get\\w*\\s*\\("
            + "|\\bconf\\.get\\w*\\s*\\(|getProperty\\s*\\(|\\bconfig\\s*\\($|\\bgetConfig\\w*\\s*\\("
            + "|[cC]onfig\\.(?:getOrNull|propertyOrNull|property)\\s*\\(");
    private static final Pattern SETS_ENVIRONMENT = Pattern.compile("(process\\.env(\\.\\w+|\\[[^\\]]*])|environ\\[[^\\]]*]"
            + "|ENV\\[[^\\]]*])\\s*=\\s*$|(Setenv|setenv|putenv|SetEnvironmentVariable)$");
    private static final Pattern CLI_FLAG = Pattern.compile("(^|.*\\.)(add_argument|addoption|add_option)$|^@(click\\.)?option$"
            + "|^@(CommandLine\\.)?Option$|^(flag|pflag|kingpin)\\.\\w+$|.*Flags\\(\\)\\.\\w+$|^@?(typer\\.)?Option$");
    /** {@code NEXT_PUBLIC_API_URL}, {@code VITE_BACKEND}: a name written as environment variables are. */
    private static final Pattern ENVIRONMENT_NAME = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+");
    /** An object pattern taken out of the environment: {@code const { A = '', B } = process.env} (or window.ENV …). */
    private static final Pattern DESTRUCTURED_FROM = Pattern.compile("\\{[^{}]*}\\s*=\\s*[^;\\n{}]*?"
            + "(?:process\\.env|import\\.meta\\.env|window\\.(?:ENV|env|__ENV__|_env_))\\b");
    private static final int DESTRUCTURING_LINES = 40;
    /** The end of a destructuring of the environment, "} = process.env": each match holds ".env", looked for first. */
    private static final Pattern DESTRUCTURED_ENVIRONMENT = Pattern.compile("^[^;]*}\\s*=\\s*(process\\.env|import\\.meta\\.env)");
    /** {@code const { endpoint = "…" } = options;}: a default of a module's options (documenso's mail transports). */
    private static final Pattern DESTRUCTURED_OPTIONS = Pattern.compile("^[^;=]*}\\s*=\\s*(?:this\\.)?_?(?:\\w*[oO]ptions|\\w*[cC]onfig"
            + "|\\w*[sS]ettings|opts|cfg|conf)\\s*;?\\s*$");
    private static final Pattern BOUND_CONFIGURATION = Pattern.compile("@ConfigurationProperties|\\bBaseSettings\\b");
    /**
     * The name a conditional default tests or coalesces: {@code string.IsNullOrWhiteSpace(url) ? "…"}, {@code url == null
     * ? "…"}, {@code url != null ? url : "…"}, {@code url ?? "…"}, {@code url || "…"}, {@code url or "…"}.
     */
    private static final Pattern TESTED_NAME = Pattern.compile("(?:IsNullOrWhiteSpace|IsNullOrEmpty|isEmpty|isBlank|hasText"
            + "|isNullOrEmpty|isNullOrBlank)\\s*\\(\\s*([A-Za-z_][\\w.]*)\\s*\\)[^?]*\\?\\s*$"
            + "|([A-Za-z_][\\w.]*)\\s*[!=]==?\\s*(?:null|nil|None|undefined|\"\")\\s*\\?(?:\\s*\\2\\s*:)?\\s*$"
            + "|([A-Za-z_][\\w.]*)\\s*(?:\\?\\?|\\|\\||\\bor\\b|\\?:)\\s*$");
    /**
     * python-decouple's and Starlette's {@code config("DISPATCH_UI_URL", default="…")}: the environment variable named by
     * the first argument, else the default.
     */
    private static final Pattern ENVIRONMENT_NAME_ARGUMENT = Pattern.compile("^\\s*['\"][A-Z][A-Z0-9_]*['\"]\\s*,"
            + "(?:[^,]*,)*\\s*default\\s*=\\s*$");
    private static final Pattern LIST_DEFAULT = Pattern.compile("(?:\\?[^?]*:|\\|\\||\\?\\?|\\bor\\b)\\s*\\[$");
    /** Where a property or an assignment starts: {@code , brokers:}, {@code { brokers:}, {@code brokers =}. */
    private static final Pattern PROPERTY_START = Pattern.compile("(?:^|[,{;]\\s*)[A-Za-z_$][\\w$]*\\s*(?::(?!:)|=(?!=))");
    static final int IDIOM_LINES = 6;
    /** How far up the variable a conditional default tests may have been read: a few statements, comments between. */
    static final int READ_LINES = 15;
    /** {@code if (!url) url = …}: a default given on the line that finds the variable unset. */
    private static final Pattern UNSET_THEN_ASSIGNED = Pattern.compile("^\\s*if\\s*\\(\\s*!\\s*([A-Za-z_$][\\w$.]*)\\s*\\)\\s*\\{?\\s*"
            + "\\1\\s*=(?![=>])");
    /** A constant the bundler defines at build time from the build's configuration: Vite's and webpack's {@code __BACKEND_URL__}. */
    private static final Pattern BUILD_DEFINE = Pattern.compile("__[A-Z][A-Z0-9_]*__");
    /** A function named for the environment variable it reads, coalesced: documenso's {@code NEXT_PUBLIC_WEBAPP_URL() || "…"}. */
    private static final Pattern ENVIRONMENT_ACCESSOR = Pattern.compile("(?:^|[^\\w.$])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\(\\s*\\)"
            + "\\s*(?:\\?\\?|\\|\\|)\\s*$");

    /** {@code uri ??= new Uri(}, {@code options.Endpoint ??= }: the literal, alone or given a constructor, coalesced into a name. */
    private static final Pattern COALESCING_ASSIGNMENT = Pattern.compile("^(?:this\\.)?([A-Za-z_][\\w.]*)\\s*\\?\\?=\\s*"
            + "(?:new\\s+[\\w.]+\\s*\\(\\s*)?$");
    private static final java.util.Set<String> OPTION_WORDS = java.util.Set.of("options", "settings", "configuration", "config");

    private Fallbacks() {
    }

    static Optional<String> overriddenBy(CodeContext context, List<Declarations.Scope> enclosing) {
        String expression = context.calleeExpression() + "( " + context.argumentExpression();
        if (setsEnvironment(context.argumentExpression()) || setsEnvironment(context.callee())) {
            return Optional.empty();
        }
        if ((expression.contains("getProperty") || expression.contains("sys.props"))
                && SYSTEM_PROPERTY.matcher(expression).find()) {
            return Optional.of("system-property");
        }
        if (readsEnvironment(expression)
                || context.suffix().contains(".env") && DESTRUCTURED_ENVIRONMENT.matcher(context.suffix()).find()) {
            return Optional.of(ENVIRONMENT);
        }
        if (context.argumentExpression().contains("()") && ENVIRONMENT_ACCESSOR.matcher(context.argumentExpression()).find()) {
            return Optional.of(ENVIRONMENT);
        }
        if (context.calleeName().equals("config") && ENVIRONMENT_NAME_ARGUMENT.matcher(context.argumentsBefore()).find()) {
            return Optional.of(ENVIRONMENT);
        }
        if (OptionDefaults.envalidDefault(context)) {
            return Optional.of(ENVIRONMENT);
        }
        if (readsConfiguration(expression) || OptionDefaults.coalescesAnOption(context.argumentExpression())
                || context.suffix().indexOf('}') >= 0 && DESTRUCTURED_OPTIONS.matcher(context.suffix()).find()) {
            return Optional.of("configuration");
        }
        if (setByFlag(context.callee()) || setByFlag(context.calleeExpression())) {
            return Optional.of("cli-flag");
        }
        Optional<String> listDefault = listDefault(context);
        if (listDefault.isPresent()) {
            return listDefault;
        }
        Optional<String> idiom = context.assignedName().flatMap(name -> ifEmptyIdiom(context, name, IDIOM_LINES)
                        .or(() -> ConditionalDefaults.replacedLater(context, name)))
                .or(() -> testedName(context.argumentExpression()).flatMap(name -> BUILD_DEFINE.matcher(name).matches()
                        ? Optional.of("configuration") : ifEmptyIdiom(context, name, READ_LINES)
                        .or(() -> destructured(context, name))));
        if (idiom.isPresent()) {
            return idiom;
        }
        Matcher unset = context.prefix().startsWith("if") ? UNSET_THEN_ASSIGNED.matcher(context.prefix()) : null;
        if (unset != null && unset.find()) {
            Optional<String> read = ifEmptyIdiom(context, unset.group(1), READ_LINES);
            if (read.isPresent()) {
                return read;
            }
        }
        Optional<String> otherwise = ConditionalDefaults.whenUnset(context).or(() -> ConditionalDefaults.inElseOfTest(context));
        if (otherwise.isPresent()) {
            return otherwise;
        }
        Optional<String> coalesced = context.prefix().contains("??=") ? coalescedDefault(context, enclosing) : Optional.empty();
        if (coalesced.isPresent()) {
            return coalesced;
        }
        if (OptionDefaults.unsetFieldDefault(context, enclosing)) {
            return Optional.of("configuration");
        }
        boolean bound = enclosing.stream().anyMatch(scope -> scope.isType()
                && (bindsConfiguration(scope.header()) || OptionDefaults.boundOptionDefault(scope, context)
                || SettingsClasses.boundThroughBase(scope.header(), context.uncommented())));
        return bound ? Optional.of("configuration-binding") : Optional.empty();
    }

    /**
     * C#'s {@code ??=} giving a default to a member of options or settings ({@code options.Endpoint ??= "…"}: the
     * configuration's) or to an optional parameter of the enclosing method ({@code Uri? uri = null} then {@code uri ??= new
     * Uri("http://localhost:11434")}, eShopSupport's Ollama client: the default of a caller that passes none).
     */
    private static Optional<String> coalescedDefault(CodeContext context, List<Declarations.Scope> enclosing) {
        Matcher coalesced = COALESCING_ASSIGNMENT.matcher(context.prefix());
        if (!coalesced.find()) {
            return Optional.empty();
        }
        String target = coalesced.group(1);
        int dot = target.lastIndexOf('.');
        if (dot >= 0) {
            return Identifiers.words(target.substring(0, dot)).stream().anyMatch(OPTION_WORDS::contains)
                    ? Optional.of("configuration") : Optional.empty();
        }
        Pattern optional = Pattern.compile("[\\w?>\\]]\\s+" + Pattern.quote(target) + "\\s*=\\s*(?:null|default)\\b");
        return enclosing.stream().filter(scope -> !scope.isType()).reduce((outer, inner) -> inner)
                .filter(function -> optional.matcher(function.header()).find()).map(function -> "caller");
    }

    /** {@code CLI_FLAG}: each of its forms holds "add_argument", "ption", "flag", "kingpin" or "Flags()". */
    private static boolean setByFlag(String callee) {
        return (callee.contains("add_argument") || callee.contains("ption") || callee.contains("flag")
                || callee.contains("kingpin") || callee.contains("Flags()")) && CLI_FLAG.matcher(callee).matches();
    }

    /** {@code BOUND_CONFIGURATION}, searched only in a header holding the word each of its matches holds. */
    private static boolean bindsConfiguration(String header) {
        return (header.contains("@ConfigurationProperties") || header.contains("BaseSettings"))
                && BOUND_CONFIGURATION.matcher(header).find();
    }

    /** {@code ENVIRONMENT_ACCESS}: each of its forms says "env" in some case, but dj-database-url's. */
    static boolean readsEnvironment(String text) {
        return (mentionsEnv(text) || text.contains("dj_database_url")) && ENVIRONMENT_ACCESS.matcher(text).find();
    }

    /** {@code SETS_ENVIRONMENT}: each of its forms says "env" in some case. */
    private static boolean setsEnvironment(String text) {
        return mentionsEnv(text) && SETS_ENVIRONMENT.matcher(text).find();
    }

    /** {@code CONFIGURATION_ACCESS}: each of its forms holds one of these words. */
    private static boolean readsConfiguration(String text) {
        return (text.contains("onf") || text.contains("GetConnectionString") || text.contains("GetValue")
                || text.contains("GetSection") || text.contains("viper.") || text.contains("settings.")
                || text.contains("getProperty")) && CONFIGURATION_ACCESS.matcher(text).find();
    }

    /** Whether "env" stands in {@code text} in any ASCII case. */
    static boolean mentionsEnv(String text) {
        return envAround(text, 'n') || envAround(text, 'N');
    }

    private static boolean envAround(String text, char n) {
        for (int i = text.indexOf(n); i >= 0 && i + 1 < text.length(); i = text.indexOf(n, i + 1)) {
            if (i > 0 && (text.charAt(i - 1) | 0x20) == 'e' && (text.charAt(i + 1) | 0x20) == 'v') {
                return true;
            }
        }
        return false;
    }

    /**
     * The variable a conditional default stands in for, read from the environment or configuration a few lines up:
     * {@code var seqUrl = configuration["Serilog:SeqServerUrl"]; … string.IsNullOrWhiteSpace(seqUrl) ? "http://seq" : seqUrl}.
     */
    private static Optional<String> testedName(String argumentExpression) {
        if (argumentExpression.indexOf('?') < 0 && argumentExpression.indexOf('|') < 0 && !argumentExpression.contains("or")) {
            return Optional.empty();
        }
        java.util.regex.Matcher tested = TESTED_NAME.matcher(argumentExpression);
        if (!tested.find()) {
            return Optional.empty();
        }
        String name = tested.group(1) != null ? tested.group(1) : tested.group(2) != null ? tested.group(2) : tested.group(3);
        return Optional.of(name);
    }

    /**
     * A default list given when a variable is unset: {@code brokers: process.env.KAFKA_BROKERS ?
     * process.env.KAFKA_BROKERS.split(',') : ['localhost:9092']}. Only the property or assignment the list ends counts.
     */
    private static Optional<String> listDefault(CodeContext context) {
        if (!context.argumentExpression().isBlank()) {
            return Optional.empty();
        }
        String prefix = context.prefix();
        if (!prefix.endsWith("[") || !LIST_DEFAULT.matcher(prefix).find()) {
            return Optional.empty();
        }
        java.util.regex.Matcher start = PROPERTY_START.matcher(prefix);
        int from = 0;
        while (start.find()) {
            from = start.end();
        }
        String segment = prefix.substring(from);
        return readsEnvironment(segment) ? Optional.of(ENVIRONMENT)
                : readsConfiguration(segment) ? Optional.of("configuration") : Optional.empty();
    }


    /** {@code url := os.Getenv("URL"); if url == "" { url = "…" }} and its Python, Java and JavaScript cousins. */
    /**
     * A variable named like an environment variable that the file took, further up, out of the environment object by
     * destructuring: {@code const { NEXT_PUBLIC_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT = '' } = typeof window !== 'undefined'
     * ? window.ENV : {};} and, lines below, {@code NEXT_PUBLIC_OTEL_… || 'http://localhost:4318/v1/traces'}
     * (opentelemetry-demo's browser tracer, whose {@code window.ENV} the server page fills from its environment).
     */
    private static Optional<String> destructured(CodeContext context, String name) {
        if (!ENVIRONMENT_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        String before = context.linesBefore(DESTRUCTURING_LINES);
        int at = before.lastIndexOf(name);
        if (at < 0) {
            return Optional.empty();
        }
        Pattern destructuredName = Pattern.compile("[{,]\\s*" + Pattern.quote(name) + "\\b");
        Matcher declaration = DESTRUCTURED_FROM.matcher(before);
        while (declaration.find()) {
            if (declaration.start() <= at && at < declaration.end() && destructuredName.matcher(declaration.group()).find()) {
                return Optional.of(ENVIRONMENT);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> ifEmptyIdiom(CodeContext context, String name, int lines) {
        if (!context.linesBeforeHold(lines, name)) {
            return Optional.empty();
        }
        String before = context.linesBefore(lines);
        Pattern mentionsName = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
        for (String line : before.split("\n")) {
            if (line.contains(name) && mentionsName.matcher(line).find()) {
                if (readsEnvironment(line)) {
                    return Optional.of(ENVIRONMENT);
                }
                if (readsConfiguration(line)) {
                    return Optional.of("configuration");
                }
            }
        }
        return Optional.empty();
    }
}
