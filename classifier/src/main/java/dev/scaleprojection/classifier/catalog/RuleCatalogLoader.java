package dev.scaleprojection.classifier.catalog;

import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.classifier.domain.Explanation;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.domain.ScaleVector;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a rule catalog from YAML (the shape of rules/builtin.yml). Validation is whole: the first bad rule or field is
 * named in an {@link InvalidCatalogException} and nothing of the catalog is used.
 */
public final class RuleCatalogLoader {

    public static final String BUILTIN = "/rules/builtin.yml";

    private RuleCatalogLoader() {
    }

    public static RuleCatalog builtin() {
        try (InputStream in = RuleCatalogLoader.class.getResourceAsStream(BUILTIN)) {
            if (in == null) {
                throw new IllegalStateException("The built-in rule catalog " + BUILTIN + " is missing from the classpath");
            }
            return read(new java.io.InputStreamReader(in, StandardCharsets.UTF_8), "built-in catalog");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RuleCatalog read(Reader reader, String origin) {
        Object document;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            document = new Yaml(new SafeConstructor(options)).load(reader);
        } catch (YAMLException e) {
            throw new InvalidCatalogException(origin + " is not valid YAML: " + e.getMessage());
        }
        if (!(document instanceof Map<?, ?> root) || !(root.get("rules") instanceof List<?> entries)) {
            throw new InvalidCatalogException(origin + ": expected a top-level 'rules:' list");
        }
        List<Rule> rules = new ArrayList<>();
        var ids = new HashSet<String>();
        for (int i = 0; i < entries.size(); i++) {
            Rule rule = new RuleReader(origin, i, entries.get(i)).read();
            if (!ids.add(rule.id())) {
                throw new InvalidCatalogException(origin + ": rule '" + rule.id() + "' is defined twice");
            }
            rules.add(rule);
        }
        return new RuleCatalog(rules);
    }

    private static final class RuleReader {
        private final String origin;
        private final Map<?, ?> fields;
        private String name;

        RuleReader(String origin, int index, Object entry) {
            this.origin = origin;
            this.name = "#" + (index + 1);
            if (!(entry instanceof Map<?, ?> map)) {
                throw new InvalidCatalogException(origin + ": rule " + name + " must be a mapping");
            }
            this.fields = map;
        }

        Rule read() {
            name = text(fields, "id");
            if (!name.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
                fail("id", "must be lower-case words joined by '.' or '-'");
            }
            int version = number("version");
            Map<?, ?> when = map(fields, "when");
            List<String> kinds = strings(when, "kinds");
            if (kinds.isEmpty()) {
                fail("when.kinds", "must name at least one fact kind");
            }
            Map<?, ?> explanation = map(fields, "explanation");
            return new Rule(name, version,
                    constant(Concern.class, "concern", text(fields, "concern")),
                    constant(Axis.class, "axis", text(fields, "axis")),
                    strings(fields, "scaleVectors").stream().map(v -> constant(ScaleVector.class, "scaleVectors", v)).toList(),
                    text(fields, "title"),
                    new HashSet<>(kinds),
                    attributes(when),
                    categories(),
                    new Explanation(text(explanation, "currentState"), text(explanation, "atScale"),
                            text(explanation, "required"), optionalText(fields, "remediation")));
        }

        private TreeMap<Level, Category> categories() {
            Map<?, ?> raw = map(fields, "categories");
            if (raw.isEmpty()) {
                fail("categories", "must give a category for at least one level");
            }
            TreeMap<Level, Category> categories = new TreeMap<>();
            raw.forEach((level, category) -> categories.put(
                    constant(Level.class, "categories", String.valueOf(level)),
                    constant(Category.class, "categories." + level, String.valueOf(category))));
            return categories;
        }

        private TreeMap<String, String> attributes(Map<?, ?> when) {
            TreeMap<String, String> attributes = new TreeMap<>();
            Object raw = when.get("attributes");
            if (raw == null) {
                return attributes;
            }
            if (!(raw instanceof Map<?, ?> map)) {
                throw fail("when.attributes", "must be a mapping of attribute to value");
            }
            map.forEach((k, v) -> attributes.put(String.valueOf(k), String.valueOf(v)));
            return attributes;
        }

        private int number(String field) {
            Object value = fields.get(field);
            if (!(value instanceof Integer number) || number < 1) {
                throw fail(field, "must be a whole number of at least 1");
            }
            return number;
        }

        private String text(Map<?, ?> from, String field) {
            Object value = from.get(field);
            if (!(value instanceof String text) || text.isBlank()) {
                throw fail(field, "is required and must be text");
            }
            return text.trim();
        }

        private String optionalText(Map<?, ?> from, String field) {
            Object value = from.get(field);
            return value == null ? "" : String.valueOf(value).trim();
        }

        private Map<?, ?> map(Map<?, ?> from, String field) {
            Object value = from.get(field);
            if (!(value instanceof Map<?, ?> map)) {
                throw fail(field, "is required and must be a mapping");
            }
            return map;
        }

        private List<String> strings(Map<?, ?> from, String field) {
            Object value = from.get(field);
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                throw fail(field, "must be a list");
            }
            return list.stream().map(String::valueOf).toList();
        }

        private <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
            try {
                return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw fail(field, "'" + value + "' is not one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        private InvalidCatalogException fail(String field, String problem) {
            throw new InvalidCatalogException(origin + ": rule '" + name + "', field '" + field + "' " + problem);
        }
    }
}
