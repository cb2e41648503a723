package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where configuration is kept in code: a class named like a configuration or constants holder
 * ({@code DbConfig}, {@code AppSettings}, {@code Constants}) gives {@code config-class}; a module named so
 * ({@code config.py}, {@code settings.ts}, {@code db_constants.go}, Angular's {@code environment.prod.ts}), or a
 * module of a Python settings package ({@code settings/production.py}), gives {@code config-module}.
 */
final class Holders {

    /**
     * The endings of a configuration or constants holder's name, tested with {@code endsWith}: the pattern
     * {@code .*(Config|…)} it replaces backtracked from the end of each name over every alternative, once per finding.
     */
    private static final List<String> CONFIG_CLASS_ENDINGS = List.of("Config", "Configuration", "Properties", "Props",
            "Settings", "Constants", "Constant", "Consts", "Defaults");
    private static final Pattern CONFIG_MODULE = Pattern.compile(
            "(?i)(.*[._-])?(config|configuration|settings|constants|consts|defaults|conf|environment|env)"
                    + "|.*(Config|Settings|Constants|Environment)");
    /** The words each name {@code CONFIG_MODULE} matches ends with, in some case. */
    private static final String[] CONFIG_MODULE_ENDINGS = {"config", "configuration", "settings", "constants", "consts",
        "defaults", "conf", "environment", "env"};

    private Holders() {
    }

    static Optional<String> of(SourceFile file, List<Declarations.Scope> enclosing) {
        boolean configClass = enclosing.stream().anyMatch(scope -> scope.isType() && isConfigClass(scope.name()));
        if (configClass) {
            return Optional.of("config-class");
        }
        String name = file.name();
        String base = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        boolean configModule = endsWithAnyIgnoringCase(base, CONFIG_MODULE_ENDINGS) && CONFIG_MODULE.matcher(base).matches();
        return configModule && !base.toLowerCase(Locale.ROOT).equals("conftest")
                || inSettingsPackage(file) ? Optional.of("config-module") : Optional.empty();
    }

    /** A type named like a configuration or constants holder: {@code DbConfig}, {@code AppSettings}, {@code Constants}. */
    static boolean isConfigClass(String name) {
        return CONFIG_CLASS_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static boolean endsWithAnyIgnoringCase(String name, String[] endings) {
        for (String ending : endings) {
            if (name.regionMatches(true, name.length() - ending.length(), ending, 0, ending.length())) {
                return true;
            }
        }
        return false;
    }

    /** Django's settings split by environment: {@code bakerydemo/settings/production.py}, {@code settings/base.py}. */
    private static boolean inSettingsPackage(SourceFile file) {
        String path = file.path();
        return file.language() == Language.PYTHON && (path.startsWith("settings/") || path.contains("/settings/"))
                && path.indexOf('/', path.lastIndexOf("settings/") + 9) < 0;
    }
}
