package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in Mongoose schemas written as object literals, the way most Express back ends define their MongoDB
 * documents: {@code const userSchema = mongoose.Schema({ name: {type: String}, email: String }, {timestamps: true})}
 * or {@code new Schema({…})}. Each top-level key of the definition is a stored field of the model the file registers
 * the schema as ({@code mongoose.model('User', userSchema)}), else of the schema's variable without "Schema"
 * ({@code userSchema}: {@code User}). Nested objects are the field's options or a sub-document and are not read as
 * fields of their own; the second argument holds the schema's options. Decorated classes ({@code @Schema()}, NestJS)
 * are read as members by {@link PersonalDataStores}.
 */
final class MongooseSchemas {

    private static final Pattern SCHEMA = Pattern.compile(
            "(?:\\b(?:const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*(?::\\s*[\\w<>.\\s,]+)?=\\s*)?\\b(?:new\\s+)?(?:mongoose\\s*\\.\\s*)?Schema\\s*(?:<[^>()]*>)?\\s*\\(\\s*\\{");
    private static final Pattern MODEL = Pattern.compile(
            "\\bmodel\\s*(?:<[^>()]*>)?\\s*\\(\\s*['\"`]([A-Za-z_$][\\w$]*)['\"`]\\s*,\\s*([A-Za-z_$][\\w$]*)\\s*[,)]");
    private static final Pattern KEY = Pattern.compile("([A-Za-z_$][\\w$]*|'[^']+'|\"[^\"]+\")\\s*:");
    private static final Pattern TYPE = Pattern.compile("\\btype\\s*:\\s*\\[?\\s*(?:[\\w$]+\\.)*([A-Za-z_$][\\w$]*)");
    private static final Pattern VALUE_TYPE = Pattern.compile("\\[?\\s*(?:[\\w$]+\\.)*([A-Za-z_$][\\w$]*)");

    private MongooseSchemas() {
    }

    static List<Finding> of(CodeFile file, String context) {
        if (file.language() != Language.JAVASCRIPT && file.language() != Language.TYPESCRIPT) {
            return List.of();
        }
        String content = file.file().content();
        if (!content.contains("Schema") || !content.contains("mongoose")) {
            return List.of();
        }
        String code = file.code();
        Map<String, String> models = models(file.uncommented());
        List<Finding> findings = new ArrayList<>();
        Matcher schema = SCHEMA.matcher(code);
        while (schema.find()) {
            int open = schema.end() - 1;
            if (file.insideTest(schema.start())) {
                continue;
            }
            Optional<String> holder = holder(schema.group(1), models);
            if (holder.isEmpty()) {
                continue;
            }
            fields(file, open, Calls.closing(code, open), holder.get(), context, findings);
        }
        return findings;
    }

    /** Model names by the variable of the schema they are registered with: {@code model('User', userSchema)}. */
    private static Map<String, String> models(String text) {
        Map<String, String> models = new java.util.HashMap<>();
        Matcher model = MODEL.matcher(text);
        while (model.find()) {
            models.putIfAbsent(model.group(2), model.group(1));
        }
        return models;
    }

    private static Optional<String> holder(String variable, Map<String, String> models) {
        if (variable == null) {
            return Optional.empty();
        }
        String registered = models.get(variable);
        if (registered != null) {
            return Optional.of(registered);
        }
        String name = variable.endsWith("Schema") ? variable.substring(0, variable.length() - "Schema".length()) : variable;
        return name.isEmpty() || name.equalsIgnoreCase("schema") ? Optional.empty()
                : Optional.of(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1));
    }

    /** The top-level keys of the definition {@code code[open, close]}, each with the type its value names. */
    private static void fields(CodeFile file, int open, int close, String holder, String context, List<Finding> findings) {
        String code = file.code();
        String text = file.uncommented();
        int at = open + 1;
        while (at < close) {
            while (at < close && (Character.isWhitespace(code.charAt(at)) || code.charAt(at) == ',')) {
                at++;
            }
            Matcher key = KEY.matcher(text).region(at, close);
            int valueFrom = key.lookingAt() ? key.end() : at;
            int valueEnd = valueEnd(code, valueFrom, close);
            if (valueFrom > at) {
                String name = key.group(1).replaceAll("^['\"]|['\"]$", "");
                String type = type(text.substring(valueFrom, valueEnd));
                PersonalData.kindOf(name, holder, type).ifPresent(kind -> findings.add(file.finding(
                        PersonalDataDetector.STORED, key.start(1), holder + "." + name,
                        PersonalDataDetector.attributes(kind, name, holder, context, "store", "mongoose"))));
            }
            at = valueEnd + 1;
        }
    }

    /** Where a key's value ends: at the next ',' or the object's end outside any nesting. */
    private static int valueEnd(String code, int from, int close) {
        int depth = 0;
        for (int i = from; i < close; i++) {
            char c = code.charAt(i);
            if (c == '{' || c == '[' || c == '(') {
                depth++;
            } else if (c == '}' || c == ']' || c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i;
            }
        }
        return close;
    }

    /** {@code String}, {@code [String]}, {@code Schema.Types.ObjectId}, {@code {type: Boolean, …}}: the type's last name. */
    private static String type(String value) {
        String stripped = value.strip();
        Matcher matcher = stripped.startsWith("{") ? TYPE.matcher(stripped) : VALUE_TYPE.matcher(stripped);
        boolean found = stripped.startsWith("{") ? matcher.find() : matcher.lookingAt();
        return found ? matcher.group(1) : "";
    }
}
