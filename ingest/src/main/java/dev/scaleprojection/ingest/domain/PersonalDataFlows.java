package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data handed to something outside the bounded context, read from the arguments of calls (interpolated
 * strings included): log statements ({@code log.info("…{}", user.getEmail())}, {@code logger.info(f"…{email}")},
 * {@code console.log(user.email)}, Kotlin's {@code log.info { "…${user.email}" }}), published events and messages ({@code kafkaTemplate.send(…)},
 * {@code publisher.publishEvent(…)}, {@code channel.basic_publish(…)}), HTTP requests to other services and
 * analytics SDKs. A value passed through a masking or hashing call first does not count; neither do keys and
 * message texts, nor route registrations, whose arguments are handler functions.
 */
final class PersonalDataFlows {

    private static final Pattern MASKING = Pattern.compile("(?i).*(mask|redact|hash|anonymi[sz]|obfuscat|sanitiz|encrypt"
            + "|pseudonymi[sz]|digest|sha\\d*|md5|truncat|scrub|hide).*");
    /** A call that only tests its argument: {@code string.IsNullOrEmpty(details.GrantorEmail)} logs a yes or no. */
    private static final Pattern PREDICATE = Pattern.compile("(?i)(?:is|has)(?:null|notnull|nullorempty|nullorwhitespace|empty"
            + "|notempty|blank|notblank|text|value)|nonnull|isset|bool|boolean|len");
    /** What separates the members of a value ({@link ValueChains}). */
    private static final Pattern SEPARATOR = Pattern.compile("\\?\\.|!!\\.|\\.|->");
    private static final Pattern CALLEE = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*$");
    private static final Set<String> REFLECTION = Set.of("GetType", "getClass", "javaClass", "__class__", "constructor");
    private static final Set<String> ERROR_WORDS = Set.of("err", "error", "errors", "exception");
    private static final Pattern ACCESSOR = Pattern.compile("(?:get|is|Get|Is)([A-Z]\\w*)");

    private PersonalDataFlows() {
    }

    static List<Finding> of(CodeFile file, String context) {
        List<Finding> findings = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String code = file.code();
        List<Calls.Call> calls = new ArrayList<>(Calls.in(code, EgressChannels.CALLED));
        if (file.language() == Language.KOTLIN) {
            calls.addAll(Calls.withTrailingLambda(code, EgressChannels.LOG_METHODS::contains));
        }
        for (Calls.Call call : calls) {
            Optional<String> channel = EgressChannels.channel(call).or(() -> EgressChannels.bareLog(code, call));
            if (channel.isEmpty() || !channel.get().equals(EgressChannels.LOG) && passesFunction(code, call)
                    || channel.get().equals(EgressChannels.MAIL) && EgressChannels.declares(code, call)
                    || channel.get().equals(EgressChannels.EVENT) && textMessage(file, call)
                    || channel.get().equals(EgressChannels.HTTP) && EgressChannels.sameOrigin(file, call)) {
                continue;
            }
            // Whether the call sits in a test needs the file's declarations: asked only of a call that passes personal data.
            boolean outsideTests = false;
            for (Value value : values(file, call)) {
                Optional<String> kind = PersonalData.kindOf(value.field(), value.holder(), "");
                if (kind.isEmpty() || namesError(value.field())
                        || value.holder().isEmpty() && holdsOnlyLiterals(file, value.expression())
                        || channel.get().equals(EgressChannels.MAIL) && (EgressChannels.namesSender(value.field())
                        || EgressChannels.namesSender(keyBefore(file.code(), value.offset())))) {
                    continue;
                }
                if (!outsideTests && file.insideTest(call.nameStart())) {
                    break;
                }
                outsideTests = true;
                String anchor = file.anchor(call.nameStart());
                if (seen.add(anchor + "\n" + channel.get() + "\n" + value.field())) {
                    String holder = file.enclosingType(call.nameStart()).map(Declarations.Scope::name)
                            .orElse(Regexes.replaceFirst(file.file().name(), "\\.[^.]*$", ""));
                    Map<String, String> attributes = PersonalDataDetector.attributes(kind.get(), value.field(), holder, context,
                            "channel", channel.get());
                    attributes.put("via", call.expression());
                    attributes.put("expression", value.expression());
                    attributes.put("value", channel.get() + ":" + value.field());
                    findings.add(file.finding(PersonalDataDetector.EGRESS, value.offset(), anchor, attributes));
                }
            }
        }
        return findings;
    }

    /**
     * A variable the file declares with a literal and only ever sets to literals holds the program's own text, no
     * person's: opentelemetry-demo's payment logs {@code ip}, its bind address {@code "0.0.0.0"} or {@code "[::]"}.
     */
    private static boolean holdsOnlyLiterals(CodeFile file, String name) {
        if (!Regexes.matches(name, "[A-Za-z_$][\\w$]*")) {
            return false;
        }
        String code = file.uncommented();
        String quoted = Pattern.quote(name);
        if (!Pattern.compile("(?:\\b(?:let|const|var|val|auto|String|string)\\s+" + quoted + "\\s*(?::\\s*\\w+\\s*)?=|\\b"
                + quoted + "\\s*:=)\\s*[\"'`]").matcher(code).find()) {
            return false;
        }
        Matcher assignment = Pattern.compile("(?<![\\w$.])" + quoted + "\\s*(?::\\s*\\w+\\s*)?:?=(?![=>])\\s*(.)").matcher(code);
        while (assignment.find()) {
            char first = assignment.group(1).charAt(0);
            if (first != '"' && first != '\'' && first != '`') {
                return false;
            }
        }
        return true;
    }

    /**
     * An error value named after what it is about, Go's sentinel {@code userbus.ErrUniqueEmail} or an {@code
     * emailErr}: it says an address was wrong, it holds none.
     */
    private static boolean namesError(String field) {
        List<String> words = Identifiers.words(field);
        return words.size() > 1 && (words.get(0).equals("err") || ERROR_WORDS.contains(Identifiers.last(words)));
    }

    /** A call given a function is a registration ({@code router.post("/x", (req, res) => …)}), not a request. */
    /**
     * A bare {@code sender.send(…)} inside an SMS sender (litemall's {@code TencentSmsSender}) sends a text message to
     * the person, no event: the phone number is what reaches them, as an address is for mail.
     */
    private static boolean textMessage(CodeFile file, Calls.Call call) {
        return Identifiers.words(call.receiverName()).equals(List.of("sender")) && file.enclosingType(call.nameStart())
                .map(type -> Identifiers.words(type.name()).contains("sms")).orElse(false);
    }

    private static boolean passesFunction(String code, Calls.Call call) {
        String arguments = code.substring(call.open(), Math.min(code.length(), call.close()));
        return arguments.contains("=>") || Regexes.matches(arguments, "(?s).*\\b(function|lambda|func|def)\\b.*");
    }

    private record Value(String expression, String field, String holder, int offset) {
    }

    /**
     * The key or keyword a value is given to, {@code from} in {@code from: DOCUMENSO_INTERNAL_EMAIL} or {@code
     * from_email=settings.DEFAULT_FROM}: the address mail is sent from is the program's own, whatever holds it.
     */
    private static String keyBefore(String code, int offset) {
        int i = offset - 1;
        while (i >= 0 && (code.charAt(i) == ' ' || code.charAt(i) == '\t')) {
            i--;
        }
        if (i < 1 || code.charAt(i) != ':' && code.charAt(i) != '=' || code.charAt(i - 1) == ':' || code.charAt(i - 1) == '=') {
            return "";
        }
        int end = i;
        i--;
        while (i >= 0 && Character.isWhitespace(code.charAt(i))) {
            i--;
        }
        int keyEnd = i + 1;
        while (i >= 0 && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '_')) {
            i--;
        }
        return end > 0 ? code.substring(i + 1, keyEnd) : "";
    }

    private static List<Value> values(CodeFile file, Calls.Call call) {
        List<Value> values = new ArrayList<>();
        String code = file.code();
        int end = Math.min(code.length(), call.close());
        read(file, code.substring(call.open() + 1, end), call.open() + 1, values);
        List<StringLiteral> literals = file.source().literals();
        // Literals are in order of their starts: those inside the call's parentheses follow the first one after them.
        for (int i = firstStartingAfter(literals, call.open()); i < literals.size() && literals.get(i).startOffset() <= end;
                i++) {
            StringLiteral literal = literals.get(i);
            if (literal.endOffset() <= end + 1) {
                for (Interpolations.Interpolation interpolation : Interpolations.of(file, literal)) {
                    read(file, interpolation.expression(), interpolation.offset(), values);
                }
            }
        }
        return values;
    }

    private static void read(CodeFile file, String text, int base, List<Value> values) {
        ValueChains matcher = new ValueChains(text);
        while (matcher.find()) {
            if (calledOrNamed(text, matcher.end()) || masked(text, matcher.start()) || negated(text, matcher.start())) {
                continue;
            }
            String expression = withoutSpaces(matcher.value());
            String[] segments = SEPARATOR.split(expression);
            if (reflected(segments)) {
                continue;
            }
            String field = property(segments[segments.length - 1]);
            String holder = segments.length > 1 ? property(segments[segments.length - 2]) : "";
            if (holder.equals("this") || holder.equals("self")) {
                holder = file.enclosingType(base + matcher.start()).map(Declarations.Scope::name).orElse("");
            }
            values.add(new Value(expression, field, holder, base + matcher.start()));
        }
    }

    /** {@code value.replaceAll("\\s+", "")} without a regular expression. */
    private static String withoutSpaces(String value) {
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }

    /** The index of the first literal that starts after {@code offset}, or the number of literals. */
    private static int firstStartingAfter(List<StringLiteral> literals, int offset) {
        int low = 0;
        int high = literals.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (literals.get(middle).startOffset() > offset) {
                high = middle;
            } else {
                low = middle + 1;
            }
        }
        return low;
    }

    /**
     * Whether what follows a value, past whitespace, makes it a call ({@code (}) or a name being given a value
     * ({@code name: …}, {@code name = …}) rather than a value passed: not {@code ::}, {@code ==} or {@code =>}.
     */
    private static boolean calledOrNamed(String text, int end) {
        int next = end;
        while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
            next++;
        }
        if (next >= text.length()) {
            return false;
        }
        char c = text.charAt(next);
        char after = next + 1 < text.length() ? text.charAt(next + 1) : ' ';
        return c == '(' || c == ':' && after != ':' || c == '=' && after != '=' && after != '>';
    }

    /** {@code hasIp: !!req.ip}, {@code !user.email}: a yes or no, not the value. */
    private static boolean negated(String text, int start) {
        int before = start - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) {
            before--;
        }
        return before >= 0 && text.charAt(before) == '!';
    }

    /** {@code event.GetType().FullName}, {@code user.getClass().getName()}: the name of a type, not of a person. */
    private static boolean reflected(String[] segments) {
        for (int i = 0; i < segments.length - 1; i++) {
            if (REFLECTION.contains(withoutCall(segments[i]))) {
                return true;
            }
        }
        return false;
    }

    /** {@code getEmail()} is the property {@code email}. */
    private static String property(String segment) {
        String name = withoutCall(segment);
        Matcher accessor = ACCESSOR.matcher(name);
        if (accessor.matches()) {
            String property = accessor.group(1);
            return Character.toLowerCase(property.charAt(0)) + property.substring(1);
        }
        return name;
    }

    /** The segment without a final {@code ()}; most hold none, and are given back without a regular expression. */
    private static String withoutCall(String segment) {
        return segment.contains("()") ? Regexes.replaceAll(segment, "\\(\\)$", "") : segment;
    }

    /** Inside the arguments of a call that masks, hashes or encrypts what it is given, or only tests it or counts it. */
    private static boolean masked(String text, int offset) {
        int depth = 0;
        for (int i = offset - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth > 0) {
                    depth--;
                } else {
                    Matcher name = CALLEE.matcher(text.substring(0, i));
                    if (name.find() && (MASKING.matcher(name.group(1)).matches()
                            || PREDICATE.matcher(name.group(1)).matches())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
