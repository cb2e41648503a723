package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * A light scan of the declarations of a file (types and functions with their extent), enough to name where a line sits:
 * {@code OrderRepository.connect}, {@code Repo.Connect} for a Go method, {@code Settings.database_url} for a field.
 * C-like languages are scanned by braces, Python and Ruby by indentation.
 */
final class Declarations {

    /** A type body, a function, or the parameter list of a primary constructor ({@code class Name(…)}). */
    enum Kind { TYPE, FUNCTION, CONSTRUCTOR_PARAMETERS }

    /** A declaration spanning {@code [start, end)}: from the line naming it to the end of its body. */
    record Scope(Kind kind, String name, String header, int start, int end) {

        boolean contains(int offset) {
            return start <= offset && offset < end;
        }

        boolean isType() {
            return kind != Kind.FUNCTION;
        }
    }

    private static final Pattern TEST_TYPE = Pattern.compile("Test\\w*|\\w*(Test|Tests|TestCase|IT)");
    private static final Pattern TEST_FUNCTION = Pattern.compile("test_\\w*|Test[A-Z_]\\w*");
    /** A Locust user or task set ({@code class Shopper(HttpUser)}): a load test, whatever its file is called. */
    private static final Pattern LOAD_TEST_TYPE = Pattern.compile(
            "\\(\\s*(?:locust\\.)?(?:Fast)?HttpUser\\s*\\)|\\(\\s*(?:locust\\.)?(?:Sequential)?TaskSet\\s*\\)");

    private final List<Scope> scopes;

    private Declarations(List<Scope> scopes) {
        List<Scope> sorted = new ArrayList<>(scopes);
        sorted.sort(Declarations::outermostFirst);
        this.scopes = List.copyOf(sorted);
    }

    /** By start, then the longest first; written out, as the JVM does not inline a chain of {@code Comparator} lambdas. */
    private static int outermostFirst(Scope a, Scope b) {
        int order = Integer.compare(a.start(), b.start());
        return order != 0 ? order : Integer.compare(b.end(), a.end());
    }

    /** Scans declarations only when first asked: most files hold no finding and need no anchor. */
    static java.util.function.Supplier<Declarations> lazily(LexedSource source, Language language) {
        return () -> source.declarations(language);
    }

    static Declarations of(LexedSource source, Language language) {
        return switch (language) {
            case PYTHON, RUBY -> new Declarations(IndentedDeclarations.scan(source, language));
            case OTHER -> new Declarations(List.of());
            default -> new Declarations(BracedDeclarations.scan(source, language));
        };
    }

    /** Every declaration, outermost first (by start, then the longest first). */
    List<Scope> scopes() {
        return scopes;
    }

    /** Enclosing declarations, outermost first. */
    List<Scope> enclosing(int offset) {
        List<Scope> enclosing = new ArrayList<>();
        for (Scope scope : scopes) {
            if (scope.start() > offset) {
                break;
            }
            if (scope.contains(offset)) {
                enclosing.add(scope);
            }
        }
        return enclosing;
    }

    /** Inside a test written into a production file: a class such as {@code Test}, {@code FooTests}, a {@code TestCase}, or a {@code test_…} function. */
    boolean insideTest(int offset) {
        return enclosing(offset).stream().anyMatch(scope -> scope.isType()
                ? isTestType(scope.name()) || scope.header().contains("TestCase")
                        || isLoadTestType(scope.header())
                : isTestFunction(scope.name()));
    }

    /** {@code LOAD_TEST_TYPE}: each of its headers names an HttpUser or a TaskSet; most headers do neither. */
    private static boolean isLoadTestType(String header) {
        return (header.contains("HttpUser") || header.contains("TaskSet")) && LOAD_TEST_TYPE.matcher(header).find();
    }

    /** {@code TEST_TYPE}: each of its names holds "Test" or ends with "IT"; most names do neither. */
    private static boolean isTestType(String name) {
        return (name.contains("Test") || name.endsWith("IT")) && TEST_TYPE.matcher(name).matches();
    }

    /** {@code TEST_FUNCTION}: each of its names starts with "test_" or "Test". */
    private static boolean isTestFunction(String name) {
        return (name.startsWith("test_") || name.startsWith("Test")) && TEST_FUNCTION.matcher(name).matches();
    }

    boolean insideFunction(int offset) {
        return enclosing(offset).stream().anyMatch(scope -> scope.kind() == Kind.FUNCTION);
    }

    /** Inside the parameter list of {@code class Name(…)}, which the brace scan records as a type ending at ')'. */
    boolean insidePrimaryConstructor(int offset) {
        List<Scope> scopes = enclosing(offset);
        return !scopes.isEmpty() && scopes.get(scopes.size() - 1).kind() == Kind.CONSTRUCTOR_PARAMETERS;
    }

    /**
     * Type names from the outside in, then the outermost function of each type (a lambda or nested function belongs to
     * its method); outside functions, the member being declared, when known.
     */
    String anchor(int offset, Optional<String> member) {
        StringJoiner anchor = new StringJoiner(".");
        boolean inFunction = false;
        boolean anyFunction = false;
        for (Scope scope : enclosing(offset)) {
            if (scope.isType()) {
                anchor.add(scope.name());
                inFunction = false;
            } else if (!inFunction) {
                anchor.add(scope.name());
                inFunction = true;
                anyFunction = true;
            }
        }
        if (!anyFunction) {
            member.ifPresent(anchor::add);
        }
        return anchor.toString();
    }
}
