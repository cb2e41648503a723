package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Configuration files a configuration server keeps for other applications, one named for each: piggymetrics' config
 * server serves {@code src/main/resources/shared/account-service.yml} to account-service, and a {@code config-repo/}
 * holds {@code orders-dev.yml} for orders' dev profile. Such a file lies in a folder named for shared configuration
 * ({@code shared}, {@code config}, {@code configs}, {@code config-repo}, {@code configurations}) and configures the
 * component it is named for, not the one whose folder holds it; {@code application.yml} there configures every
 * application, and stays where it lies.
 */
public final class SharedConfigurations {

    private static final Set<String> FOLDERS = Set.of("shared", "config", "configs", "config-repo", "configurations",
            "configuration");
    private static final List<String> EXTENSIONS = List.of(".yml", ".yaml", ".properties");

    private SharedConfigurations() {
    }

    /**
     * The component names a shared configuration file may be named for, most specific first: {@code orders-dev.yml}
     * may be orders' dev profile or the application orders-dev. Empty for any other file.
     */
    public static List<String> applicationNames(String path) {
        String stem = stem(path);
        if (stem.isEmpty() || stem.startsWith("application") || stem.startsWith("bootstrap")) {
            return List.of();
        }
        int profile = stem.lastIndexOf('-');
        return profile > 0 ? List.of(ComponentLayout.name(stem), ComponentLayout.name(stem.substring(0, profile)))
                : List.of(ComponentLayout.name(stem));
    }

    /** Whether the path is a YAML or properties file in a folder named for shared configuration. */
    public static boolean isShared(String path) {
        return !stem(path).isEmpty();
    }

    /** The file's name without its extension, when it is a shared configuration file; empty otherwise. */
    private static String stem(String path) {
        int slash = path.lastIndexOf('/');
        int parentSlash = slash <= 0 ? -1 : path.lastIndexOf('/', slash - 1);
        if (slash <= 0 || !FOLDERS.contains(path.substring(parentSlash + 1, slash).toLowerCase(Locale.ROOT))) {
            return "";
        }
        String file = path.substring(slash + 1);
        return EXTENSIONS.stream().filter(file::endsWith).findFirst()
                .map(extension -> file.substring(0, file.length() - extension.length())).orElse("");
    }
}
