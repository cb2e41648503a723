package dev.scaleprojection.ingest.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a shared collection ({@link SharedCollections}) is changed while the process serves requests: given the file, the
 * collection's name and its holder, the first mutator call, index assignment, Go {@code append} or {@code delete} made
 * inside a function that is no constructor, initializer or start-up hook (a .NET service registration among them; for
 * scripts, inside any block).
 */
final class ServingMutations {

    private static final String MUTATORS = "put|putAll|putIfAbsent|compute|computeIfAbsent|computeIfPresent|merge|remove|clear"
            + "|add|addAll|removeIf|removeAll|offer|poll|push|pop|set|replace|replaceAll|incrementAndGet|getAndIncrement"
            + "|decrementAndGet|getAndDecrement|addAndGet|getAndAdd|increment|decrement|getAndSet|accumulateAndGet|updateAndGet"
            + "|TryAdd|TryRemove|TryUpdate|AddOrUpdate|GetOrAdd|Add|Remove|Clear|Enqueue|TryDequeue|Push|Pop|Dequeue|Insert"
            + "|append|extend|update|pop|setdefault|popitem|discard|insert|appendleft|delete|splice|unshift|shift|Store"
            + "|LoadOrStore|Delete|Swap|CompareAndSwap";
    /**
     * Start-up hooks; in .NET, a method given the service collection or the application's builder registers services
     * while the host is built ({@code AddConsumers(Assembly assembly, IServiceCollection services)}).
     */
    private static final Pattern STARTUP = Pattern.compile("@PostConstruct|@EventListener\\(\\s*(ApplicationReadyEvent"
            + "|ContextRefreshedEvent)|afterPropertiesSet|@Bean\\b|[(,]\\s*(?:this\\s+)?(?:IServiceCollection|WebApplicationBuilder"
            + "|IHostApplicationBuilder)\\s+\\w+");

    private ServingMutations() {
    }

    /** The first mutation of {@code name} inside a function that runs while serving, not while starting. */
    static Optional<String> of(CodeFile file, String name, String holder) {
        Pattern mutated = Pattern.compile("(?<![\\w$])(?:this\\.|self\\.|" + Pattern.quote(holder) + "\\.)?" + Pattern.quote(name)
                + "\\s*(?:(?:\\.|\\?\\.)\\s*(" + MUTATORS
                + ")\\s*\\(|(\\[[^\\n;]*?]\\s*(?:=(?![=>])|\\+=|-=))|(\\s*=\\s*append\\())");
        Matcher matcher = mutated.matcher(file.code());
        while (matcher.find()) {
            if (servesRequests(file, matcher.start(), holder)) {
                return Optional.of(matcher.group(1) != null ? matcher.group(1) : matcher.group(2) != null ? "index-assignment"
                        : "append");
            }
        }
        Matcher deleted = Pattern.compile("\\b(?:delete\\s*\\(\\s*" + Pattern.quote(name) + "\\s*,|delete\\s+"
                + Pattern.quote(name)
                + "\\s*\\[|del\\s+" + Pattern.quote(name) + "\\s*\\[)").matcher(file.code());
        while (deleted.find()) {
            if (servesRequests(file, deleted.start(), holder)) {
                return Optional.of("delete");
            }
        }
        return Optional.empty();
    }

    /** Inside a function other than a constructor, an initializer or a start-up hook; for scripts, inside any block. */
    private static boolean servesRequests(CodeFile file, int offset, String holder) {
        if (file.insideTest(offset)) {
            return false;
        }
        Optional<Declarations.Scope> function = file.enclosingFunction(offset);
        if (function.isEmpty()) {
            return (file.language() == Language.JAVASCRIPT || file.language() == Language.TYPESCRIPT)
                    && braceDepth(file.code(), offset) > 0;
        }
        String name = function.get().name();
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return !simple.equals(holder) && !simple.equals("constructor") && !simple.equals("__init__") && !simple.equals("init")
                && !simple.equals("main") && !STARTUP.matcher(function.get().header()).find();
    }

    private static int braceDepth(String code, int offset) {
        int depth = 0;
        for (int i = 0; i < offset; i++) {
            char c = code.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
            }
        }
        return depth;
    }
}
