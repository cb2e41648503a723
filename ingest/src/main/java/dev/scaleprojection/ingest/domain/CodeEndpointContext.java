package dev.scaleprojection.ingest.domain;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Derives an {@link EndpointContext} from the code around a literal: a host is expected after {@code host=},
 * {@code .host(}, {@code Addr:}, {@code "bootstrap.servers",} or as the first argument of a client such as
 * {@code new Jedis(…)}; a bind address is expected in {@code listen(…)}, {@code app.run(…)} or {@code http.Server{Addr:}}.
 */
final class CodeEndpointContext {

    private static final String HOST_WORDS = "(host\\w*|server\\w*|address|addr|endpoint\\w*|broker\\w*|bootstrap\\w*|seeds?"
            + "|contact\\w*points|nodes|urls?|uris?)";
    /**
     * {@code host=}, {@code Host =}, {@code "host":}, {@code Addr:}, {@code host =>}, Go's {@code addr :=}, a Go slice
     * {@code ServiceUrls: []string{}.
     */
    static final Pattern HOST_ASSIGNMENT = Pattern.compile("(?i)" + HOST_WORDS + "[\"']?\\s*(:=|:|=|=>)\\s*"
            + "(?:\\[]\\s*[\\w.]+\\s*)?[\\[{(]?\\s*$");
    /** Hosts a URL is matched against, not called: {@code supportedHosts = ["www.figma.com"]}, {@code allowedOrigins}. */
    private static final Pattern HOSTS_TO_MATCH = Pattern.compile("(?i)(allowed|allow|supported|trusted|known|valid|blocked"
            + "|block|deny|denied|ignored|excluded|safe|white|black)[-_]?(hosts?|hostnames|domains?|origins?|urls)[\"']?\\s*"
            + "(:|=|=>)\\s*(?:\\[]\\s*[\\w.]+\\s*)?[\\[{(]?\\s*$");
    /** {@code props.put("bootstrap.servers", …)}: a key naming a host as the only argument before the literal. */
    static final Pattern HOST_KEY_ARGUMENT = Pattern.compile(
            "(?i)^[\"']?[\\w.$-]*" + HOST_WORDS + "[\\w.$-]*[\"']?\\s*,\\s*$");
    /** {@code .host("…")}, {@code setHost("…")}, {@code withEndpoint("…")}. */
    private static final Pattern HOST_SETTER = Pattern.compile("(?i)(set|with)?" + HOST_WORDS);
    private static final Set<String> HOST_FIRST_CLIENTS = Set.of("InetSocketAddress", "Jedis", "JedisPool", "JedisPooled",
            "JedisCluster", "HostAndPort", "MongoClient", "ServerAddress", "HttpHost", "Socket", "createConnection",
            "Redis", "StrictRedis", "RedisClient", "Memcached", "Client", "connect", "Dial", "DialTimeout", "create_engine",
            "create_connection", "KafkaProducer", "KafkaConsumer", "Elasticsearch", "ConnectionMultiplexer", "Connect");
    private static final Pattern BIND_CALL = Pattern.compile(
            "(?i)(listen\\w*|bind\\w*|serve\\w*|run|start\\w*|createserver|listenandserve\\w*|useurls|urls\\.add)");
    static final Pattern BIND_CONTEXT = Pattern.compile(
            "(?i)(\\bServer\\s*\\{[^}]*addr\\s*:\\s*$|(bind|listen)\\w*[\"']?\\s*[:=]\\s*$|server\\.(address|host)\\s*=\\s*$)");

    private CodeEndpointContext() {
    }

    static EndpointContext of(CodeContext context) {
        String before = context.argumentsBefore();
        String prefix = context.prefix();
        String name = context.calleeName();
        boolean hostExpected = mayEndAssignment(before) && HOST_ASSIGNMENT.matcher(before).find()
                || mayEndAssignment(prefix) && HOST_ASSIGNMENT.matcher(prefix).find() && !HOSTS_TO_MATCH.matcher(prefix).find()
                || IncidentalLiterals.lastBefore(before, "") == ',' && HOST_KEY_ARGUMENT.matcher(before).find()
                || context.isFirstArgument() && (HOST_FIRST_CLIENTS.contains(name) || HOST_SETTER.matcher(name).matches());
        boolean bind = !name.isEmpty() && "lbsrcuLBSRCU".indexOf(name.charAt(0)) >= 0 && BIND_CALL.matcher(name).matches()
                || ":=".indexOf(IncidentalLiterals.lastBefore(prefix, "")) >= 0 && BIND_CONTEXT.matcher(prefix).find();
        return new EndpointContext(technologyHint(context), hostExpected, false, bind);
    }

    /**
     * Whether {@code HOST_ASSIGNMENT} may end the text: its operator (':', '=' or '=>') is the last character but an
     * opening and spaces, or a Go slice type ({@code []string{}) follows it.
     */
    static boolean mayEndAssignment(String text) {
        return ":=>".indexOf(IncidentalLiterals.lastBefore(text, "[{(")) >= 0 || text.contains("[]");
    }

    /**
     * A technology named in the call or argument; failing that, anywhere in the statement ({@code 'ENGINE':
     * 'django.db.backends.postgresql'} next to {@code 'HOST'}), except Kafka, whose hint widens what counts as an endpoint.
     */
    private static java.util.Optional<String> technologyHint(CodeContext context) {
        return Technologies.hintIn(context.lowerContext()).or(() -> Technologies
                .hintIn(context.prefix().toLowerCase(java.util.Locale.ROOT)).filter(technology -> !technology.equals("kafka")));
    }
}
