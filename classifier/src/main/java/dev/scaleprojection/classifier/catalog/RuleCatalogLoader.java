package dev.scaleprojection.classifier.catalog;

import dev.scaleprojection.classifier.domain.Rule;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads a rule catalog from YAML (the shape of rules/builtin.yml, described in docs/rules.md). Validation is whole: the
 * first bad rule or field is named in an {@link InvalidCatalogException} and nothing of the catalog is used.
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
}
