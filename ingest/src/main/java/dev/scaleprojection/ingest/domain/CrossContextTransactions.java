package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One transaction that writes to aggregates of several bounded contexts: a {@code @Transactional} method (or a method
 * of a {@code @Transactional} class) calling writing methods of repositories whose packages belong to two or more
 * contexts, or a Django {@code transaction.atomic} function or block creating, updating or deleting models of two or
 * more apps. Reads ({@code find…}, {@code get…}, {@code exists…}, {@code count…}) do not count.
 */
final class CrossContextTransactions {

    private static final Pattern TRANSACTIONAL = Pattern.compile("@(?:[\\w.]+\\.)?Transactional\\b");
    private static final Pattern REPOSITORY_TYPE = Pattern.compile("\\w*(Repository|Repo|Dao|DAO)");
    private static final Pattern READ = Pattern.compile("(find|get|exists|count|read|query|search|load|fetch|select|list|is|has"
            + "|stream|lookup|check|contains|all|page)([A-Z_].*)?");
    private static final Pattern DJANGO_WRITE = Pattern.compile(
            "\\b([A-Z]\\w*)\\.objects\\.(?:[\\w().,= ]*?\\.)??(create|update|delete|bulk_create|bulk_update|get_or_create"
                    + "|update_or_create)\\s*\\(");
    private static final Pattern ATOMIC_BLOCK = Pattern.compile("(?m)^(\\s*)with\\s+(?:transaction\\.)?atomic\\(");

    private CrossContextTransactions() {
    }

    static List<Finding> of(CodeFile file) {
        return switch (file.language()) {
            case JAVA, KOTLIN -> jvm(file);
            case PYTHON -> django(file);
            default -> List.of();
        };
    }

    private static List<Finding> jvm(CodeFile file) {
        Optional<String> ownPackage = Imports.packageOf(file);
        if (ownPackage.isEmpty() || !TRANSACTIONAL.matcher(file.code()).find()) {
            return List.of();
        }
        List<String> own = Arrays.asList(ownPackage.get().split("\\."));
        Map<String, List<String>> imports = file.imports();
        Map<String, TypeMember> repositories = new LinkedHashMap<>();
        for (TypeMember member : file.members()) {
            if (REPOSITORY_TYPE.matcher(Regexes.replaceAll(member.type(), "<.*", "")).matches()) {
                repositories.put(member.holder() + "." + member.name(), member);
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<Calls.Call> writes = Calls.in(file.code(), name -> !READ.matcher(name).matches());
        for (Declarations.Scope scope : file.scopes()) {
            if (scope.kind() != Declarations.Kind.FUNCTION || !transactional(file, scope)) {
                continue;
            }
            String holder = file.enclosingType(scope.start()).map(Declarations.Scope::name).orElse("");
            Set<String> contexts = new TreeSet<>();
            Set<String> written = new TreeSet<>();
            for (Calls.Call call : writes) {
                TypeMember repository = repositories.get(holder + "." + Regexes.replaceFirst(call.receiver(), "^this\\.", ""));
                if (call.open() < scope.start() || call.open() >= scope.end() || repository == null) {
                    continue;
                }
                String type = Regexes.replaceAll(repository.type(), "<.*", "");
                List<String> typePackage = imports.getOrDefault(type, own);
                contexts.add(BoundedContexts.crossing(own, typePackage, 2).map(c -> c.get(1))
                        .orElse(BoundedContexts.ofPackage(ownPackage.get())));
                written.add(type);
            }
            if (contexts.size() >= 2) {
                findings.add(finding(file, scope, contexts, written));
            }
        }
        return findings;
    }

    private static boolean transactional(CodeFile file, Declarations.Scope function) {
        if (TRANSACTIONAL.matcher(function.header()).find()) {
            return true;
        }
        return file.enclosingType(function.start()).filter(type -> TRANSACTIONAL.matcher(type.header()).find()).isPresent();
    }

    private static List<Finding> django(CodeFile file) {
        String code = file.code();
        if (!code.contains("atomic")) {
            return List.of();
        }
        Map<String, List<String>> imports = file.imports();
        List<Finding> findings = new ArrayList<>();
        for (Declarations.Scope scope : file.scopes()) {
            if (scope.kind() == Declarations.Kind.FUNCTION && decorated(file, scope)) {
                djangoWrites(file, scope.start(), scope.end(), imports).ifPresent(found -> findings.add(
                        finding(file, scope, found.contexts(), found.models())));
            }
        }
        Matcher block = ATOMIC_BLOCK.matcher(code);
        while (block.find()) {
            int end = blockEnd(file, block.start(), block.group(1).length());
            Optional<Declarations.Scope> function = file.enclosingFunction(block.start());
            if (function.isPresent() && decorated(file, function.get())) {
                continue;
            }
            int start = block.start();
            djangoWrites(file, start, end, imports).ifPresent(found -> findings.add(file.finding(
                    CrossContextReferenceDetector.TRANSACTION, file.source().lineStart(file.line(start))
                            + block.group(1).length(),
                    file.anchor(start), attributes(found.contexts(), found.models()))));
        }
        return findings;
    }

    private record Writes(Set<String> contexts, Set<String> models) {
    }

    private static Optional<Writes> djangoWrites(CodeFile file, int start, int end, Map<String, List<String>> imports) {
        Matcher write = DJANGO_WRITE.matcher(file.code()).region(start, end);
        Set<String> contexts = new TreeSet<>();
        Set<String> models = new TreeSet<>();
        while (write.find()) {
            String model = write.group(1);
            List<String> module = imports.get(model);
            if (module == null || !module.contains("models")) {
                continue;
            }
            contexts.add(BoundedContexts.normalize(OrmRelations.djangoApp(module)));
            models.add(model);
        }
        return contexts.size() >= 2 ? Optional.of(new Writes(contexts, models)) : Optional.empty();
    }

    private static boolean decorated(CodeFile file, Declarations.Scope function) {
        int line = file.line(function.start());
        for (int above = line - 1; above >= Math.max(1, line - 4); above--) {
            String text = file.source().codeLine(above).strip();
            if (Regexes.matches(text, "@(transaction\\.)?atomic\\b.*")) {
                return true;
            }
            if (!text.startsWith("@")) {
                return false;
            }
        }
        return false;
    }

    /** The end of the indented block opened by the line at {@code start}, whose own indentation is {@code indent}. */
    private static int blockEnd(CodeFile file, int start, int indent) {
        LexedSource source = file.source();
        for (int line = file.line(start) + 1; line <= source.lineCount(); line++) {
            String code = source.codeLine(line);
            if (!code.isBlank() && code.length() - code.stripLeading().length() <= indent) {
                return source.lineStart(line);
            }
        }
        return source.code().length();
    }

    private static Finding finding(CodeFile file, Declarations.Scope function, Set<String> contexts, Set<String> written) {
        int name = file.code().indexOf(function.name().substring(function.name().lastIndexOf('.') + 1), function.start());
        return file.finding(CrossContextReferenceDetector.TRANSACTION, Math.max(function.start(), name),
                file.anchor(Math.max(function.start(), name)), attributes(contexts, written));
    }

    private static Map<String, String> attributes(Set<String> contexts, Set<String> written) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("contexts", String.join(",", contexts));
        attributes.put("writes", String.join(",", written));
        attributes.put("value", String.join(",", contexts));
        return attributes;
    }
}
