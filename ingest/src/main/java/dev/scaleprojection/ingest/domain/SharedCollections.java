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
 * Mutable collections shared by every request a process serves, and mutated while serving them: static fields (and
 * Kotlin companion or object members) holding maps, lists, sets, queues or atomic counters; fields of singleton beans
 * (Spring services, components, controllers) and of classes that hold their own one instance in a static field; module-level dicts and lists of Python web modules; package-level maps
 * and slices of Go HTTP servers; module-level objects, maps and arrays of Node servers. A collection only filled while
 * starting (static initializers, constructors, {@code @PostConstruct}, {@code init}, module top level) is a registry,
 * a memo keyed by reflected types, or of types by their names, is the same in every replica, meters are meant to be per replica, and immutable
 * collections and constants hold nothing mutable.
 */
final class SharedCollections {

    private static final Pattern MUTABLE = Pattern.compile("^(?:new\\s+)?(?:java\\.util\\.(?:concurrent\\.)?)?(HashMap|"
            + "ConcurrentHashMap"
            + "|ArrayList|LinkedList|HashSet|LinkedHashMap|LinkedHashSet|TreeMap|TreeSet|CopyOnWriteArrayList|CopyOnWriteArraySet"
            + "|ConcurrentLinkedQueue|ConcurrentLinkedDeque|ArrayDeque|LinkedBlockingQueue|ArrayBlockingQueue|"
            + "ConcurrentSkipListMap"
            + "|ConcurrentSkipListSet|WeakHashMap|Hashtable|Vector|Dictionary|ConcurrentDictionary|List|Queue|ConcurrentQueue"
            + "|ConcurrentBag|SortedDictionary|AtomicLong|AtomicInteger|AtomicReference|LongAdder|mutableMapOf|mutableListOf"
            + "|mutableSetOf|hashMapOf|arrayListOf|hashSetOf|linkedMapOf|Collections\\.synchronized\\w+|Maps\\.new\\w+"
            + "|Lists\\.new\\w+|Sets\\.new\\w+)\\b");
    /** The word each of {@link #MUTABLE}'s matches starts with: a text starting with any other word is none. */
    private static final CallNames MUTABLE_FIRST_WORDS = CallNames.of(List.of("new", "java", "HashMap", "ConcurrentHashMap",
            "ArrayList", "LinkedList", "HashSet", "LinkedHashMap", "LinkedHashSet", "TreeMap", "TreeSet", "CopyOnWriteArrayList",
            "CopyOnWriteArraySet", "ConcurrentLinkedQueue", "ConcurrentLinkedDeque", "ArrayDeque", "LinkedBlockingQueue",
            "ArrayBlockingQueue", "ConcurrentSkipListMap", "ConcurrentSkipListSet", "WeakHashMap", "Hashtable", "Vector",
            "Dictionary", "ConcurrentDictionary", "List", "Queue", "ConcurrentQueue", "ConcurrentBag", "SortedDictionary",
            "AtomicLong", "AtomicInteger", "AtomicReference", "LongAdder", "mutableMapOf", "mutableListOf", "mutableSetOf",
            "hashMapOf", "arrayListOf", "hashSetOf", "linkedMapOf", "Collections", "Maps", "Lists", "Sets"));
    private static final Pattern SINGLETON = Pattern.compile("@(Service|Component|RestController|Controller|Repository"
            + "|Singleton|ApplicationScoped|Named|Configuration)\\b|^object\\s|\\bobject\\s+\\w+");
    /**
     * A memo of reflection keyed by type ({@code ConcurrentDictionary<Type, ConstructorInfo[]>}), or of the types named by
     * their names ({@code Map<String, Optional<Class>>}, EventStore samples' EventTypeMapper): alike in every replica.
     */
    private static final Pattern REFLECTION_KEYED = Pattern.compile("(?:Dictionary|Map)\\s*<\\s*(?:System\\.)?(?:Type|Class"
            + "(?:<[^>]*>)?|MethodInfo|PropertyInfo|ConstructorInfo|FieldInfo|MemberInfo|Method|Field|Constructor<[^>]*>)\\s*,"
            + "|(?:Dictionary|Map)\\s*<\\s*\\w+\\s*,\\s*(?:Optional\\s*<\\s*)?(?:System\\.)?(?:Type|Class(?:<[^<>]*>)?)\\??\\s*>");
    /** Handles of meters registered per label value ({@code Map<String, Counter>}): each replica reports its own. */
    private static final Pattern METER_HANDLES = Pattern.compile("Map\\s*<[^<>]*,\\s*(?:[\\w.]*\\.)?(?:Counter|Timer|Gauge"
            + "|DistributionSummary|LongTaskTimer|Histogram)\\s*>");
    private static final Pattern PYTHON_COLLECTION = Pattern.compile(
            "(?m)^([A-Za-z_]\\w*)\\s*(?::\\s*[^=\\n]+)?=\\s*(\\{\\s*}|\\[\\s*]|dict\\(\\s*\\)|list\\(\\s*\\)|set\\(\\s*\\)"
                    + "|(?:collections\\.)?(?:defaultdict|OrderedDict|Counter|deque)\\([^)]*\\))\\s*$");
    private static final Pattern GO_COLLECTION = Pattern.compile(
            "(?m)^(?:var\\s+)?([A-Za-z_]\\w*)\\s*(?:=\\s*(map\\[[^\\]]*][\\w.*\\[\\]]*\\s*\\{\\s*}|make\\(\\s*map\\[[^)]*\\)"
                    + "|\\[][\\w.*]+\\s*\\{\\s*})|\\s+(map\\[[^\\]]*][\\w.*\\[\\]]+|\\[][\\w.*]+)\\s*$)");
    private static final Pattern SCRIPT_COLLECTION = Pattern.compile(
            "(?m)^(?:export\\s+)?(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*(?::\\s*[^=\\n]+)?=\\s*(\\{\\s*}|\\[\\s*]"
                    + "|new\\s+(?:Map|Set|WeakMap)\\s*(?:<[^>]*>)?\\(\\s*\\))\\s*;?\\s*$");

    private SharedCollections() {
    }

    static List<Finding> of(CodeFile file) {
        return switch (file.language()) {
            case JAVA, KOTLIN, CSHARP, SCALA -> fields(file);
            case PYTHON -> file.mentions("@app.", "@router.", "@bp.", "@blueprint", ".route(", "api_view", "(request", "flask(",
                    "fastapi(", "apirouter(", "blueprint(", "sanic(", "quart(", "@api.") ? topLevel(file,
                            PYTHON_COLLECTION, "module")
                    : List.of();
            case GO -> file.mentions("http.responsewriter", "*gin.context", "echo.context", "*fiber.ctx", "http.handlefunc",
                    "mux.newrouter", "chi.newrouter") ? topLevel(file, GO_COLLECTION, "package") : List.of();
            case JAVASCRIPT, TYPESCRIPT -> file.mentions("app.get(", "app.post(", "app.put(", "app.delete(", "app.patch(",
                    "app.use(", "app.all(", "router.", "server.get(", "server.post(", "server.route(", "fastify", "express(",
                    "(req, res", "(req,res", "new koa(", "createserver(") ? topLevel(file, SCRIPT_COLLECTION, "module")
                    : List.of();
            default -> List.of();
        };
    }

    private static List<Finding> fields(CodeFile file) {
        if (!file.mentions("map", "list", "set", "queue", "deque", "atomic", "adder", "dictionary", "hashtable", "vector",
                "mutable", "bag")) {
            return List.of();
        }
        if (!mayInitializeACollection(file)) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (TypeMember member : file.members()) {
            boolean targetTyped = Regexes.matches(member.initializer(), "new\\s*\\(\\s*\\)|\\[\\s*]");
            Matcher collection = MUTABLE.matcher(targetTyped ? member.type() : member.initializer());
            boolean isCollection = collection.find();
            boolean singleton = file.language() != Language.CSHARP && SINGLETON.matcher(member.holderHeader()).find()
                    || isCollection && !member.isStatic() && handRolledSingleton(file, member.holder());
            if (!isCollection || !(member.isStatic() || singleton) || file.insideTest(member.offset())
                    || REFLECTION_KEYED.matcher(member.type() + " " + member.initializer()).find()
                    || METER_HANDLES.matcher(member.type()).find()) {
                continue;
            }
            String scope = member.isStatic() ? "static" : "singleton";
            ServingMutations.of(file, member.name(), member.holder()).ifPresent(mutation -> findings.add(finding(file, member.offset(),
                    file.anchor(member.offset(), Optional.of(member.name())), member.holder(), member.name(),
                    collection.group(1), mutation, scope)));
        }
        return findings;
    }

    /**
     * A class that keeps its one instance in a static field of its own type ({@code private static Registry registry =
     * new Registry();}, a lazy {@code static volatile Registry instance;} behind {@code getInstance()}): TeaStore's
     * service registry, whose instance maps every request shares.
     */
    private static boolean handRolledSingleton(CodeFile file, String holder) {
        if (holder.isEmpty() || !file.mentions("static")) {
            return false;
        }
        String simple = holder.substring(holder.lastIndexOf('.') + 1);
        return Pattern.compile("\\bstatic\\s+(?:(?:final|volatile|readonly|private|public|protected|internal)\\s+)*"
                + Pattern.quote(simple) + "\\s+\\w+\\s*[=;]").matcher(file.uncommented()).find();
    }

    /**
     * Whether an initializer ({@link TypeMember#initializer}: what follows {@code =} or Kotlin's {@code by}) anywhere in
     * the file could be a mutable collection or target-typed ({@code new()}, {@code []}): a member's is one of them, so
     * a file with none (most files) needs no reading of its members.
     */
    static boolean mayInitializeACollection(CodeFile file) {
        String text = file.uncommented();
        for (int at = text.indexOf('='); at >= 0; at = text.indexOf('=', at + 1)) {
            if (mayStartACollection(text, at + 1)) {
                return true;
            }
        }
        if (file.language() == Language.KOTLIN) {
            for (int at = text.indexOf("by"); at >= 0; at = text.indexOf("by", at + 1)) {
                if (mayStartACollection(text, at + 2)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean mayStartACollection(String text, int from) {
        int start = from;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start == text.length()) {
            return false;
        }
        char first = text.charAt(start);
        if (first == '[') {
            return true;
        }
        if (text.startsWith("new", start)) {
            int after = start + 3;
            while (after < text.length() && Character.isWhitespace(text.charAt(after))) {
                after++;
            }
            if (after < text.length() && text.charAt(after) == '(') {
                return true;
            }
        } else if (!(first >= 'A' && first <= 'Z' || first == 'j' || first == 'm' || first == 'h' || first == 'a' || first == 'l')) {
            return false;
        }
        int wordEnd = start;
        while (wordEnd < text.length() && isAsciiWordPart(text.charAt(wordEnd))) {
            wordEnd++;
        }
        return MUTABLE_FIRST_WORDS.contains(text, start, wordEnd)
                && MUTABLE.matcher(text).region(start, text.length()).lookingAt();
    }

    private static boolean isAsciiWordPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Module-level (Python, JavaScript) or package-level (Go) collections mutated inside functions of a web module. */
    private static List<Finding> topLevel(CodeFile file, Pattern declaration, String scope) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String module = Regexes.replaceFirst(file.file().name(), "\\.[^.]*$", "");
        LexedSource source = file.source();
        for (int line = 1; line <= source.lineCount(); line++) {
            String code = source.codeLine(line);
            if (code.isEmpty() || Character.isWhitespace(code.charAt(0)) || !looksLikeCollection(code)) {
                continue;
            }
            Matcher matcher = declaration.matcher(file.code()).region(source.lineStart(line),
                    source.lineStart(line) + code.length());
            if (!matcher.find()) {
                continue;
            }
            String name = matcher.group(1);
            int offset = matcher.start(1);
            if (!file.enclosing(offset).isEmpty() || !seen.add(name)) {
                continue;
            }
            String written = matcher.group(2) != null ? matcher.group(2) : matcher.groupCount() >= 3 && matcher.group(3) != null
                    ? matcher.group(3) : "";
            String collection = collectionType(file.language(), written);
            ServingMutations.of(file, name, module).ifPresent(mutation -> findings.add(finding(file, offset,
                    file.anchor(offset, Optional.of(name)), module, name, collection, mutation, scope)));
        }
        return findings;
    }

    /** A cheap look at a top-level line before the declaration pattern runs on it. */
    private static boolean looksLikeCollection(String code) {
        String end = code.stripTrailing();
        return end.endsWith("{}") || end.endsWith("[]") || end.endsWith(")") || end.endsWith(");") || end.endsWith("{};")
                || end.endsWith("[];") || end.contains("map[") || end.endsWith("}");
    }

    private static String collectionType(Language language, String written) {
        String stripped = written.strip();
        boolean script = language == Language.JAVASCRIPT || language == Language.TYPESCRIPT;
        if (stripped.startsWith("{")) {
            return script ? "object" : "dict";
        }
        if (stripped.startsWith("[]")) {
            return language == Language.GO ? "slice" : script ? "array" : "list";
        }
        if (stripped.startsWith("[")) {
            return script ? "array" : "list";
        }
        if (stripped.startsWith("map") || stripped.startsWith("make")) {
            return "map";
        }
        Matcher constructor = Pattern.compile("(\\w+)\\s*(?:<[^>]*>)?\\(").matcher(Regexes.replaceFirst(stripped, "^new\\s+", "")
                .replaceFirst("^collections\\.", ""));
        return constructor.find() ? constructor.group(1) : "collection";
    }

    static Finding finding(CodeFile file, int offset, String anchor, String holder, String field, String collection,
                           String mutation, String scope) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("holder", holder);
        attributes.put("field", field);
        attributes.put("collection", collection);
        attributes.put("mutation", mutation);
        attributes.put("scope", scope);
        attributes.put("value", field);
        return file.finding(SharedStateDetector.SHARED_STATE, offset, anchor, attributes);
    }
}
