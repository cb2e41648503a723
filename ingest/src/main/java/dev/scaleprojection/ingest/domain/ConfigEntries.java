package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flattens a configuration file into keys and values, whatever its format: YAML and JSON by key path
 * ({@code spring.datasource.url}, {@code ConnectionStrings.Default}), properties, dotenv, INI, TOML, HOCON-like and
 * nginx-like files line by line, XML by element and attribute. Sequence items keep the key of their sequence. A JSON
 * Schema document ({@code $schema} a json-schema.org meta-schema) describes configuration and sets none: its examples,
 * defaults and bounds are no entries (kratos' {@code embedx/config.schema.json}).
 */
public final class ConfigEntries {

    private static final int MAX_DEPTH = 64;
    private static final ThreadLocal<Object[]> LAST = ThreadLocal.withInitial(() -> new Object[3]);

    private ConfigEntries() {
    }

    /**
     * The entries of a file; the last file read on a thread is kept with its parser, for the next detector that asks.
     */
    public static List<ConfigEntry> of(SourceFile file, YamlParser yaml) {
        Object[] last = LAST.get();
        if (last[0] != file || last[1] != yaml) {
            last[0] = null;
            last[2] = read(file, yaml);
            last[0] = file;
            last[1] = yaml;
        }
        @SuppressWarnings("unchecked")
        List<ConfigEntry> entries = (List<ConfigEntry>) last[2];
        return entries;
    }

    private static List<ConfigEntry> read(SourceFile file, YamlParser yaml) {
        String name = file.name().toLowerCase(Locale.ROOT);
        List<ConfigEntry> entries = new ArrayList<>();
        if (name.endsWith(".yml") || name.endsWith(".yaml")) {
            for (TreeNode document : yaml.parseAll(file.content())) {
                flatten("", document, entries, 0);
            }
        } else if (name.endsWith(".json")) {
            if (!PublishedLanguageDetector.isJsonSchema(file.content())) {
                flatten("", JsonTree.parse(file.content()), entries, 0);
            }
        } else if (name.endsWith(".properties")) {
            entries.addAll(KeyValueFiles.properties(file.content()));
        } else if (name.equals(".env") || name.startsWith(".env.") || name.endsWith(".env")) {
            entries.addAll(KeyValueFiles.dotenv(file.content()));
        } else if (name.endsWith(".xml") || name.endsWith(".config")) {
            entries.addAll(KeyValueFiles.xmlAttributes(file.content()));
        } else {
            entries.addAll(KeyValueFiles.sections(file.content(), name.endsWith(".conf")));
        }
        return List.copyOf(entries);
    }

    /** Every scalar under {@code node}, keyed by its dotted path; the entry line is the line of the key. */
    static void flatten(String path, TreeNode node, List<ConfigEntry> entries, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node instanceof TreeNode.Scalar scalar) {
            if (!path.isEmpty()) {
                entries.add(new ConfigEntry(path, scalar.value(), scalar.line()));
            }
        } else if (node instanceof TreeNode.Mapping mapping) {
            for (TreeNode.Entry entry : mapping.entries()) {
                String key = path.isEmpty() ? entry.key() : path + "." + entry.key();
                if (entry.value() instanceof TreeNode.Scalar scalar) {
                    entries.add(new ConfigEntry(key, scalar.value(), entry.line()));
                } else {
                    flatten(key, entry.value(), entries, depth + 1);
                }
            }
        } else if (node instanceof TreeNode.Sequence sequence) {
            for (TreeNode item : sequence.items()) {
                flatten(path, item, entries, depth + 1);
            }
        }
    }
}
