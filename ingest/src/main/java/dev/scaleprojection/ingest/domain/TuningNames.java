package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which tuning parameter a name stands for (batch, page, pool, queue, timeout, retry), read from its words:
 * {@code BATCH_SIZE}, {@code pageSize}, {@code maximum-pool-size}, {@code queueCapacity}, {@code connectTimeoutMs},
 * {@code maxRetries}, {@code maxWait}. A retry delay is not a retry count, a pool's wait is a timeout, a buffer is not a queue, a batch's or a page's number is not
 * its size, and names of codes, states and
 * identifiers ({@code TIMEOUT_EXIT_CODE}, {@code RETRY_STATUS}) are not tuning at all.
 */
final class TuningNames {

    static final String BATCH = "batch";
    static final String PAGE = "page";
    static final String POOL = "pool";
    static final String QUEUE = "queue";
    static final String TIMEOUT = "timeout";
    static final String RETRY = "retry";

    private static final Set<String> SIZES = Set.of("size", "limit", "count", "max", "length", "capacity", "maximum",
            "num", "number", "total", "min", "minimum", "cap");
    private static final Set<String> RETRY_COUNTS = Set.of("retry", "retries", "attempts", "attempt", "tries", "count",
            "limit", "max", "times", "number", "num", "total", "maximum");
    private static final Set<String> NOT_TUNING = Set.of("error", "err", "errors", "code", "codes", "status", "exit", "signal",
            "id", "ids", "index", "idx", "offset", "version", "level", "exception", "message", "msg", "label", "header",
            "headers", "param", "topic", "key", "keys", "url", "uri", "name", "names", "enabled", "enable", "disabled",
            "flag", "policy", "strategy", "handler", "listener", "callback", "type", "kind", "mode", "state", "remaining",
            "left", "elapsed", "delay", "interval", "backoff", "jitter", "multiplier", "factor", "period", "template",
            "annotation", "property", "prop", "props", "exceeded", "expired", "reached", "test", "mock", "fake");
    private static final Set<String> WORKERS = Set.of("workers", "worker", "threads", "thread", "connections", "connection",
            "conns", "executors", "consumers");
    private static final Set<String> WORKER_COUNTS = Set.of("max", "num", "count", "number", "maximum", "min", "minimum",
            "total", "limit", "pool", "size", "core");

    /** Answers kept for the names already read, per kind of use; names recur across files (pageSize, setTimeout). */
    private static final int MAX_KEPT = 8192;
    private static final Map<String, Optional<String>> NAMED = new ConcurrentHashMap<>();
    private static final Map<String, Optional<String>> CALLED = new ConcurrentHashMap<>();

    private TuningNames() {
    }

    /** The parameter a declared name, key or keyword argument stands for. */
    static Optional<String> parameter(String name) {
        return remembered(NAMED, name, false);
    }

    /**
     * The parameter a call configures by its name alone: {@code setConnectTimeout}, {@code newFixedThreadPool},
     * {@code ArrayBlockingQueue}, {@code stop_after_attempt}; the noun itself may close the name.
     */
    static Optional<String> ofCall(String name) {
        return remembered(CALLED, name, true);
    }

    private static Optional<String> remembered(Map<String, Optional<String>> kept, String name, boolean call) {
        Optional<String> parameter = kept.get(name);
        if (parameter == null) {
            parameter = parameter(Identifiers.words(name), call);
            if (kept.size() < MAX_KEPT) {
                kept.put(name, parameter);
            }
        }
        return parameter;
    }

    private static Optional<String> parameter(List<String> words, boolean call) {
        if (words.isEmpty() || words.stream().anyMatch(NOT_TUNING::contains)) {
            return Optional.empty();
        }
        String joined = String.join("", words);
        String last = Identifiers.last(words);
        if (joined.contains("timeout") || words.contains("deadline")) {
            return Optional.of(TIMEOUT);
        }
        boolean retryWord = joined.contains("retry") || joined.contains("retries") || words.contains("attempts")
                || words.contains("attempt") || words.contains("tries");
        if (retryWord && (RETRY_COUNTS.contains(last) || call)) {
            return Optional.of(RETRY);
        }
        if ((words.contains("batch") || words.contains("chunk") || words.contains("bulk"))
                && (SIZES.contains(last) && !last.equals("number") || last.equals("batch") || last.equals("chunk"))
                || joined.contains("pollrecords") || joined.equals("fetchsize") || joined.endsWith("fetchsize")
                // how many messages a consumer takes ahead of its acknowledgements: AMQP's prefetch count, a batch
                || words.contains("prefetch") && (SIZES.contains(last) || last.equals("prefetch"))) {
            return Optional.of(BATCH);
        }
        if (words.contains("page") && SIZES.contains(last) && !last.equals("number") || joined.contains("perpage")
                || joined.contains("pagesize") || call && (joined.equals("pagerequest") || joined.equals("pageable"))) {
            return Optional.of(PAGE);
        }
        // how long to wait, even for a pool: TeaStore's CREATION_THREAD_POOL_WAIT; a count of waiters is no time
        if (words.contains("wait") && !words.contains("queue") && !SIZES.contains(last)) {
            return Optional.of(TIMEOUT);
        }
        if (words.contains("pool") && (SIZES.contains(last) || WORKER_COUNTS.contains(last) || last.equals("pool"))
                || words.stream().anyMatch(WORKERS::contains) && words.stream().anyMatch(WORKER_COUNTS::contains)
                || joined.contains("poolsize") || joined.contains("connectionlimit") || joined.contains("maxworkers")
                || words.contains("concurrency")) {
            return Optional.of(POOL);
        }
        if ((words.contains("queue") || words.contains("backlog"))
                && (SIZES.contains(last) || last.equals("depth") || call && last.equals("queue"))
                || joined.contains("queuecapacity") || joined.contains("queuesize")) {
            return Optional.of(QUEUE);
        }
        return Optional.empty();
    }

    /** The parameter a dotted key names by its last two segments, or its last: {@code hikari.maximum-pool-size}. */
    static Optional<String> ofKey(String key) {
        String[] segments = key.split("\\.");
        String last = segments[segments.length - 1];
        String lastTwo = segments.length > 1 ? segments[segments.length - 2] + "." + last : last;
        return parameter(lastTwo).or(() -> parameter(last));
    }

    /** HTTP status constants such as {@code REQUEST_TIMEOUT = 408} or {@code GATEWAY_TIMEOUT = 504} are not timeouts. */
    static boolean isStatusCode(String name, String value) {
        return (value.equals("408") || value.equals("504"))
                && Regexes.matches(name.toLowerCase(java.util.Locale.ROOT), ".*(request|gateway).*");
    }
}
