package dev.scaleprojection.cli;

import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.domain.RuleCatalog;
import dev.scaleprojection.classifier.domain.RulesInForce;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The catalog a process configures: the built-in rules, with those of an organization's file joining or replacing them. */
final class Catalogs {

    private Catalogs() {
    }

    static RuleCatalog configured(Optional<String> organizationFile) {
        RuleCatalog builtin = RuleCatalogLoader.builtin();
        if (organizationFile.isEmpty()) {
            return builtin;
        }
        RuleCatalog own = read(Path.of(organizationFile.get()));
        Map<String, dev.scaleprojection.classifier.domain.Rule> byId = new TreeMap<>();
        own.rules().forEach(rule -> byId.put(rule.id(), rule));
        return RulesInForce.of(builtin, byId);
    }

    static RuleCatalog read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Rule catalog " + file + " does not exist or is not a file.");
        }
        try (Reader reader = Files.newBufferedReader(file)) {
            return RuleCatalogLoader.read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rule catalog " + file, e);
        }
    }
}
