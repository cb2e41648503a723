package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Caches and sessions kept in the memory of one process: Caffeine, Guava and Ehcache heap caches, Spring's concurrent-map and
 * Caffeine cache managers, .NET memory caches and the in-memory distributed cache, cachetools and Django's local-memory
 * cache, node-cache and lru-cache, Go in-process caches; HTTP session attributes, express-session without a store
 * (its MemoryStore), Flask-Session and Django sessions kept on the local filesystem, Gin's memstore. Each is a place
 * where one instance remembers what the next request may be served by another instance without.
 */
final class InProcessState {

    /** A kind of in-process state: how code creates it, what it is, and a lower-case word its code always holds. */
    /** {@code hint}: a lower-case word the file mentions first; {@code literal}: text (case as written) every match holds. */
    private record Kind(Pattern pattern, String collection, String mutation, String hint, String literal) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind(Pattern.compile("\\bCaffeine\\s*\\.\\s*newBuilder\\s*\\("), "caffeine", "cache", "caffeine",
                    "Caffeine"),
            new Kind(Pattern.compile("\\bCacheBuilder\\s*\\.\\s*newBuilder\\s*\\("), "guava-cache", "cache", "cachebuilder",
                    "CacheBuilder"),
            new Kind(Pattern.compile("\\bnew\\s+ConcurrentMapCacheManager\\s*\\("), "concurrent-map-cache-manager",
                    "cache", "concurrentmapcachemanager", "ConcurrentMapCacheManager"),
            new Kind(Pattern.compile("\\bnew\\s+CaffeineCacheManager\\s*\\("), "caffeine-cache-manager", "cache",
                    "caffeinecachemanager", "CaffeineCacheManager"),
            new Kind(Pattern.compile("\\bResourcePoolsBuilder\\s*\\.\\s*(?:newResourcePoolsBuilder\\s*\\(\\s*\\)\\s*\\.\\s*)?heap\\s*\\("),
                    "ehcache-heap", "cache", "resourcepoolsbuilder", "ResourcePoolsBuilder"),
            new Kind(Pattern.compile("\\bAddMemoryCache\\s*\\("), "memory-cache", "cache", "addmemorycache", "AddMemoryCache"),
            new Kind(Pattern.compile("\\bAddDistributedMemoryCache\\s*\\("), "distributed-memory-cache", "session",
                    "adddistributedmemorycache", "AddDistributedMemoryCache"),
            new Kind(Pattern.compile("\\bnew\\s+MemoryCache\\s*\\(|\\bMemoryCache\\.Default\\b"), "memory-cache",
                    "cache", "memorycache", "MemoryCache"),
            new Kind(Pattern.compile("\\b(?:cachetools\\.)?(?:TTLCache|LRUCache|LFUCache)\\s*\\("), "cachetools",
                    "cache", "cache(", "Cache"),
            new Kind(Pattern.compile("\\bnew\\s+NodeCache\\s*\\("), "node-cache", "cache", "nodecache", "NodeCache"),
            new Kind(Pattern.compile("\\bnew\\s+(?:LRUCache|LRU)\\s*(?:<[^>]*>)?\\("), "lru-cache", "cache", "lru", "LRU"),
            new Kind(Pattern.compile("\\b(?:bigcache\\.New\\w*|freecache\\.NewCache|ristretto\\.NewCache|gocache\\.New)\\s*\\("),
                    "go-cache", "cache", "cache", ".New"),
            new Kind(Pattern.compile("\\bmemstore\\.NewStore\\s*\\("), "memstore", "session", "memstore", "memstore.NewStore"),
            new Kind(Pattern.compile("\\bnew\\s+MemoryStore\\s*\\("), "memory-store", "session", "memorystore", "MemoryStore"),
            new Kind(Pattern.compile("\\b(?:getSession\\s*\\(\\s*(?:true|false)?\\s*\\)|"
                    + "[sS]ession)\\s*\\.\\s*setAttribute\\s*\\("),
                    "http-session", "session", "setattribute", "setAttribute"),
            new Kind(Pattern.compile("\\bSession\\s*\\.\\s*Set(?:String|Int32)?\\s*\\("), "http-session", "session", "session",
                    "Session"));
    private static final Pattern EXPRESS_SESSION = Pattern.compile("\\bsession\\s*\\(\\s*\\{");
    private static final Pattern GO_CACHE_IMPORT = Pattern.compile("\"github\\.com/patrickmn/go-cache\"");
    private static final Pattern GO_CACHE = Pattern.compile("\\bcache\\.New\\s*\\(");
    private static final Pattern LOCAL_SETTING = Pattern.compile("django\\.core\\.cache\\.backends\\.locmem\\.LocMemCache"
            + "|django\\.contrib\\.sessions\\.backends\\.file");
    private static final Pattern FLASK_SESSION = Pattern.compile("SESSION_TYPE[\"']?\\s*\\]?\\s*[:=]\\s*[\"']"
            + "(filesystem|cachelib)[\"']");

    private InProcessState() {
    }

    static List<Finding> of(CodeFile file) {
        if (!file.mentions("cache", "session", "memorystore", "memstore", "lru")) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        Set<Integer> lines = new HashSet<>();
        String code = file.code();
        for (Kind kind : KINDS) {
            if (!file.mentions(kind.hint()) || !code.contains(kind.literal())
                    || kind.collection().equals("ehcache-heap") && file.mentions("clusteredresourcepoolbuilder")) {
                continue;
            }
            Matcher matcher = kind.pattern().matcher(code);
            while (matcher.find()) {
                add(file, matcher.start(), kind.collection(), kind.mutation(), lines, findings);
            }
        }
        if (file.language() == Language.GO && GO_CACHE_IMPORT.matcher(file.uncommented()).find()) {
            Matcher cache = GO_CACHE.matcher(code);
            while (cache.find()) {
                add(file, cache.start(), "go-cache", "cache", lines, findings);
            }
        }
        if ((file.language() == Language.JAVASCRIPT || file.language() == Language.TYPESCRIPT)
                && file.uncommented().contains("express-session")) {
            Matcher session = EXPRESS_SESSION.matcher(code);
            while (session.find()) {
                int close = Calls.closing(code, session.end() - 2);
                if (!Regexes.matches(code.substring(session.end() - 1, Math.min(code.length(), close)), "(?s).*\\bstore\\s*:.*")) {
                    add(file, session.start(), "express-session-memory-store", "session", lines, findings);
                }
            }
        }
        if (file.language() == Language.PYTHON && file.mentions("locmem", "sessions.backends.file", "session_type")) {
            Matcher setting = LOCAL_SETTING.matcher(file.uncommented());
            while (setting.find()) {
                int added = findings.size();
                add(file, setting.start(), setting.group().contains("locmem") ? "locmem-cache" : "file-session",
                        setting.group().contains("locmem") ? "cache" : "session", lines, findings);
                if (findings.size() > added) {
                    findings.set(added, withFallback(file, setting.start(), findings.get(added)));
                }
            }
            Matcher flask = FLASK_SESSION.matcher(file.uncommented());
            while (flask.find()) {
                add(file, flask.start(), "flask-session-" + flask.group(1), "session", lines, findings);
            }
        }
        return findings;
    }

    private static void add(CodeFile file, int offset, String collection, String mutation, Set<Integer> lines,
                            List<Finding> findings) {
        if (file.insideTest(offset) || !lines.add(file.line(offset))) {
            return;
        }
        String holder = file.enclosingType(offset).map(Declarations.Scope::name)
                .orElse(Regexes.replaceFirst(file.file().name(), "\\.[^.]*$", ""));
        findings.add(SharedCollections.finding(file, offset, file.anchorOrMember(offset), holder, collection, collection,
                mutation, "process"));
    }

    /**
     * A setting the file uses only when the environment or configuration names no other (bakerydemo's {@code if REDIS_URL:
     * … else: CACHES = {… LocMemCache …}}) carries {@code overriddenBy}, as a fallback endpoint does ({@link Fallbacks}).
     */
    private static Finding withFallback(CodeFile file, int offset, Finding finding) {
        for (StringLiteral literal : file.source().literals()) {
            if (literal.startOffset() <= offset && offset < literal.endOffset()) {
                CodeContext context = CodeContext.of(file.source(), file.language(), literal);
                Optional<String> by = Fallbacks.overriddenBy(context, file.enclosing(offset));
                if (by.isEmpty()) {
                    return finding;
                }
                Map<String, String> attributes = new LinkedHashMap<>(finding.attributes());
                attributes.put("overriddenBy", by.get());
                return new Finding(finding.kind(), finding.source(), finding.path(), finding.startLine(), finding.endLine(),
                        finding.snippet(), finding.anchor(), attributes);
            }
        }
        return finding;
    }
}
