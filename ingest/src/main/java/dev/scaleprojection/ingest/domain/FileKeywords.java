package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which of the detectors' keywords a file holds in any ASCII case, found in one pass over it ({@link KeywordAutomaton})
 * for every detector that asks, instead of one search per word and detector; kept by the file ({@link SourceFile#keywords}).
 * The answers are those of {@code contains} on the file's ASCII-lower-cased content; a word outside the automaton's
 * set is answered by a search that ignores ASCII case. The pass also notes where the stems that detectors look at one
 * by one occur ({@link #starts}), so that no detector needs a lower-cased copy of the file.
 */
final class FileKeywords {

    /** Words detectors test files for before a closer look (their hints); any other word is searched for. */
    private static final List<String> COMMON = List.of(
            // tuning
            "timeout", "batch", "chunk", "bulk", "page", "pool", "queue", "retr", "attempt", "tries", "worker", "thread",
            "connection", "concurrency", "deadline", "records", "fetchsize", "fetch_size", "backlog", "time_out", "conns",
            "prefetch",
            // machine paths (MachinePaths.ROOTS)
            "/home/", "/users/", "/tmp/", "/mnt/", "/var/", "/data/", "/opt/", "/srv/", "/root/", "/media/", "/volumes/", "\\\\",
            // tenancy
            "tenant", "orgid", "org_id", "x-org", "organizationid", "organization_id", "organisation", "teamid", "team_id",
            "workspaceid", "workspace_id", "groupid", "group_id",
            // internal calls
            "url", "uri", "endpoint", "host", "addr", "grpc", "dapr", "axios.create",
            // personal data in DDL run from code; modules that run in a browser
            "create table", "react", "use client", "vue", "vant", "element-", "antd", "@mui/",
            // shared collections and in-process state
            "@app.", "@router.", "@bp.", "@blueprint", ".route(", "api_view", "(request", "flask(", "fastapi(", "apirouter(",
            "blueprint(", "sanic(", "quart(", "@api.", "http.responsewriter", "*gin.context", "echo.context", "*fiber.ctx",
            "http.handlefunc", "mux.newrouter", "chi.newrouter", "app.get(", "app.post(", "app.put(", "app.delete(",
            "app.patch(", "app.use(", "app.all(", "router.", "server.get(", "server.post(", "server.route(", "fastify",
            "express(", "(req, res", "(req,res", "new koa(", "createserver(", "map", "list", "set", "deque", "atomic", "adder",
            "dictionary", "hashtable", "vector", "mutable", "bag", "cache", "session", "memorystore", "memstore", "lru",
            "locmem", "sessions.backends.file", "session_type", "adddistributedmemorycache", "addmemorycache", "cache(",
            "cachebuilder", "cachetools", "caffeine", "caffeinecachemanager", "concurrentmapcachemanager", "memorycache",
            "nodecache", "setattribute", "function use", "const use",
            // metric labels
            "prometheus", "prom-client", "opentelemetry", "metrics", "meter", "counter", "gauge", "histogram", "tag(",
            "tags.of", "tag.of", "micrometer", "meterregistry", "client.counter", "client.histogram", "client.gauge",
            "client.summary", "metrics.", ".labels(", "withlabelvalues(", "counter(", "histogram(", "gauge(", "summary(",
            "countervec(", "histogramvec(", "gaugevec(", "counter.builder", "timer.builder", "gauge.builder",
            "summary.builder", "registry.",
            // SQLAlchemy Core tables, reads of the environment, Ehcache's heap pools, static members
            "table(", "getenv", "environ", "process.env", "resourcepoolsbuilder", "clusteredresourcepoolbuilder", "static",
            // modules that run in a browser
            "@angular/", "document.",
            // ASP.NET Core Identity's user; Debezium's connectors
            "identityuser", "io.debezium.connector.");

    private static final KeywordAutomaton AUTOMATON = new KeywordAutomaton(words(), located());

    /** Which words a text holds, and where its located words start; the final fields publish the filled arrays safely. */
    record Present(KeywordsFound found) {

        boolean[] words() {
            return found.words();
        }
    }

    private FileKeywords() {
    }

    /** Whether the file's content holds {@code lowerWord} (lower case) in any ASCII case. */
    static boolean contains(SourceFile file, String lowerWord) {
        int id = AUTOMATON.id(lowerWord);
        return id >= 0 ? file.keywords().words()[id] : AsciiText.containsIgnoreCase(file.content(), lowerWord);
    }

    /**
     * Where the file's content holds {@code lowerWord} (lower case) in any ASCII case: each start offset, ascending,
     * overlapping occurrences included, as repeated {@code indexOf(lowerWord, i + 1)} on the lower-cased content finds
     * them. The pass notes them for the stems of {@link #located}; any other word is searched for.
     */
    static int[] starts(SourceFile file, String lowerWord) {
        int slot = AUTOMATON.slot(lowerWord);
        return slot >= 0 ? file.keywords().found().starts(slot) : searched(file.content(), lowerWord);
    }

    private static int[] searched(String content, String lowerWord) {
        return IntStream.rangeClosed(0, content.length() - lowerWord.length())
                .filter(i -> AsciiText.startsWithIgnoreCase(content, i, lowerWord)).toArray();
    }

    /** Whether the keyword pass answers for {@code lowerWord}; any other word costs a search of the file. */
    static boolean inThePass(String lowerWord) {
        return AUTOMATON.id(lowerWord) >= 0;
    }

    /** Whether the file's content holds one of {@code lowerWords} (lower case) in any ASCII case. */
    static boolean containsAny(SourceFile file, String... lowerWords) {
        for (String word : lowerWords) {
            if (contains(file, word)) {
                return true;
            }
        }
        return false;
    }

    /** The keyword pass over a file's content, run once per file. */
    static Present scan(String content) {
        return new Present(AUTOMATON.find(content));
    }

    private static List<String> words() {
        List<String> words = new ArrayList<>(COMMON);
        words.addAll(located());
        return words;
    }

    /** The stems whose every occurrence a detector looks at: tuning names, tenant identifiers, observability set-ups. */
    private static List<String> located() {
        List<String> words = new ArrayList<>(List.of(HardcodedTuning.STEMS));
        words.addAll(List.of(TenantIdentifierDetector.MENTIONED));
        ObservabilitySetups.CODE.forEach(signature -> words.addAll(signature.hints()));
        return words;
    }
}
