package dev.scaleprojection.classifier.catalog;

import dev.scaleprojection.domain.Axis;
import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.classifier.domain.Explanation;
import dev.scaleprojection.classifier.domain.FactPredicate;
import dev.scaleprojection.classifier.domain.Uncertainty;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.domain.ScaleVector;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One rule of a catalog read from its YAML mapping, field by field: the first bad field is named, with the rule's id
 * (or its position before the id is known), in an {@link InvalidCatalogException}.
 */
final class RuleReader {
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
        Map<?, ?> explanation = map(fields, "explanation");
        TreeMap<Level, Category> categories = categories(map(fields, "categories"), "categories");
        FactPredicate when = predicate(map(fields, "when"));
        Rule.GapPer gapPer = gapPer(when);
        return new Rule(name, version,
                constant(Concern.class, "concern", text(fields, "concern")),
                constant(Axis.class, "axis", text(fields, "axis")),
                strings(fields, "scaleVectors").stream().map(v -> constant(ScaleVector.class, "scaleVectors", v)).toList(),
                text(fields, "title"),
                when,
                categories,
                uncertainty(categories),
                new Explanation(text(explanation, "currentState"), text(explanation, "atScale"),
                        text(explanation, "required"), optionalText(fields, "remediation")),
                gapPer,
                supersededBy());
    }

    /** The rules whose gaps on a fact stand instead of this rule's: their ids, never this rule's own. */
    private TreeSet<String> supersededBy() {
        TreeSet<String> ids = new TreeSet<>(strings(fields, "supersededBy", "supersededBy"));
        for (String id : ids) {
            if (!id.matches("[a-z0-9]+([.-][a-z0-9]+)*")) {
                fail("supersededBy", "must name rule ids ('" + id + "' is not one)");
            }
            if (id.equals(name)) {
                fail("supersededBy", "cannot name the rule itself");
            }
        }
        return ids;
    }

    /** fact (the default): one gap per firing fact; component: one gap for the component, on all its firing facts. */
    private Rule.GapPer gapPer(FactPredicate when) {
        Object raw = fields.get("gapPer");
        if (raw == null) {
            return Rule.GapPer.FACT;
        }
        Rule.GapPer gapPer = constant(Rule.GapPer.class, "gapPer", String.valueOf(raw));
        if (gapPer == Rule.GapPer.COMPONENT && when.spansSystem()) {
            fail("gapPer", "cannot be component with when.acrossComponents: each component's gap stands on its own facts");
        }
        return gapPer;
    }

    private FactPredicate predicate(Map<?, ?> when) {
        known(when, "when", Set.of("kinds", "attributes", "requires", "absent", "minCount", "countDistinct",
                "acrossContexts", "acrossComponents", "sameAttributes", "entityNames"));
        List<String> kinds = strings(when, "kinds", "when.kinds");
        if (kinds.isEmpty()) {
            fail("when.kinds", "must name at least one fact kind");
        }
        return new FactPredicate(new TreeSet<>(kinds), attributes(when.get("attributes"), "when.attributes"),
                new TreeSet<>(strings(when, "requires", "when.requires")), new TreeSet<>(strings(when, "absent", "when.absent")),
                count(when, "minCount", 1), count(when, "acrossContexts", 0), acrossComponents(when), sameAttributes(when),
                countDistinct(when), entityNames(when));
    }

    private List<String> entityNames(Map<?, ?> when) {
        List<String> names = strings(when, "entityNames", "when.entityNames");
        List<String> same = strings(when, "sameAttributes", "when.sameAttributes");
        names.stream().filter(name -> !same.contains(name)).findFirst().ifPresent(name ->
                fail("when.entityNames", "names " + name + ", which is not among sameAttributes: only shared values are compared as entity names"));
        return names;
    }

    private String countDistinct(Map<?, ?> when) {
        if (!when.containsKey("countDistinct")) {
            return "";
        }
        if (!(when.get("countDistinct") instanceof String attribute) || attribute.isBlank()) {
            throw fail("when.countDistinct", "must name one attribute whose distinct values minCount counts");
        }
        if (!when.containsKey("minCount")) {
            fail("when.countDistinct", "applies only with minCount: what it counts");
        }
        return attribute;
    }

    private int acrossComponents(Map<?, ?> when) {
        int across = count(when, "acrossComponents", 0);
        if (across == 1) {
            fail("when.acrossComponents", "must be at least 2: a rule without it already looks at each component");
        }
        return across;
    }

    private List<String> sameAttributes(Map<?, ?> when) {
        List<String> same = strings(when, "sameAttributes", "when.sameAttributes");
        if (!same.isEmpty() && !when.containsKey("acrossComponents") && !when.containsKey("acrossContexts")) {
            fail("when.sameAttributes", "applies only with acrossComponents or acrossContexts: the values components or contexts must share");
        }
        return same;
    }

    /** The uncertain block: when the facts leave the category open, what settles it, and how each settlement decides. */
    private Optional<Uncertainty> uncertainty(TreeMap<Level, Category> categories) {
        Object raw = fields.get("uncertain");
        boolean uncertainCategory = categories.containsValue(Category.UNCERTAIN);
        if (raw == null) {
            if (uncertainCategory) {
                fail("uncertain.settledBy", "is required when a category is UNCERTAIN: say what evidence would settle it");
            }
            return Optional.empty();
        }
        if (!(raw instanceof Map<?, ?> uncertain)) {
            throw fail("uncertain", "must be a mapping with settledBy, and when or settles");
        }
        known(uncertain, "uncertain", Set.of("when", "settledBy", "settles"));
        TreeMap<String, String> undecidedWhen = attributes(uncertain.get("when"), "uncertain.when");
        if (undecidedWhen.isEmpty() && !uncertainCategory) {
            fail("uncertain.when", "must name the attributes that leave the category open (or a category must be UNCERTAIN)");
        }
        String settledBy = text(uncertain, "settledBy", "uncertain.settledBy");
        TreeMap<String, SortedMap<Level, Category>> settlements = new TreeMap<>();
        Object settles = uncertain.get("settles");
        if (settles != null && !(settles instanceof Map<?, ?>)) {
            throw fail("uncertain.settles", "must map a fact kind (such as asserted.<statement>) to the categories it decides");
        }
        if (settles instanceof Map<?, ?> byKind) {
            byKind.forEach((kind, decided) -> {
                String field = "uncertain.settles." + kind;
                if (!(decided instanceof Map<?, ?> levels) || levels.isEmpty()) {
                    throw fail(field, "must give a category for at least one level");
                }
                TreeMap<Level, Category> settled = categories(levels, field);
                if (settled.containsValue(Category.UNCERTAIN)) {
                    fail(field, "must decide: UNCERTAIN is not a settlement");
                }
                settlements.put(String.valueOf(kind), settled);
            });
        }
        return Optional.of(new Uncertainty(undecidedWhen, settledBy, settlements));
    }

    private TreeMap<Level, Category> categories(Map<?, ?> raw, String field) {
        if (raw.isEmpty()) {
            fail(field, "must give a category for at least one level");
        }
        TreeMap<Level, Category> categories = new TreeMap<>();
        raw.forEach((level, category) -> categories.put(
                constant(Level.class, field, String.valueOf(level)),
                constant(Category.class, field + "." + level, String.valueOf(category))));
        return categories;
    }

    private TreeMap<String, String> attributes(Object raw, String field) {
        TreeMap<String, String> attributes = new TreeMap<>();
        if (raw == null) {
            return attributes;
        }
        if (!(raw instanceof Map<?, ?> map)) {
            throw fail(field, "must be a mapping of attribute to value");
        }
        map.forEach((k, v) -> attributes.put(String.valueOf(k), String.valueOf(v)));
        return attributes;
    }

    private int count(Map<?, ?> from, String field, int absent) {
        Object value = from.get(field);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof Integer number) || number < 1) {
            throw fail("when." + field, "must be a whole number of at least 1");
        }
        return number;
    }

    private void known(Map<?, ?> block, String field, Set<String> keys) {
        for (Object key : block.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                fail(field + "." + key, "is not a known field (known: " + new TreeSet<>(keys) + ")");
            }
        }
    }

    private int number(String field) {
        Object value = fields.get(field);
        if (!(value instanceof Integer number) || number < 1) {
            throw fail(field, "must be a whole number of at least 1");
        }
        return number;
    }

    private String text(Map<?, ?> from, String field) {
        return text(from, field, field);
    }

    private String text(Map<?, ?> from, String field, String path) {
        Object value = from.get(field);
        if (!(value instanceof String text) || text.isBlank()) {
            throw fail(path, "is required and must be text");
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
        return strings(from, field, field);
    }

    private List<String> strings(Map<?, ?> from, String field, String path) {
        Object value = from.get(field);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw fail(path, "must be a list");
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
