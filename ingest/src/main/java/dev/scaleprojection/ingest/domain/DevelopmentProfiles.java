package dev.scaleprojection.ingest.domain;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What only a developer's machine reads: the development profile of a build or of an application's settings. An
 * embedded database there (jhipster's H2 in {@code application-dev.yml} and in the Maven {@code dev} profile, beside a
 * PostgreSQL in {@code application-prod.yml}) is not what the deployed component stores its data in.
 * <ul>
 *   <li>settings files of a development profile: Spring's {@code application-dev.yml} ({@code -development},
 *   {@code -local}, also {@code bootstrap-…} and {@code .properties}), ASP.NET's {@code appsettings.Development.json}
 *   ({@code .Local.json}), dotenv's {@code .env.development} ({@code .env.dev}, {@code .env.local},
 *   {@code .env.development.local}), node-config's {@code config/development.json} ({@code .yml}, {@code .yaml}),
 *   a Django settings module for development ({@code settings/dev.py}, {@code development.py}, {@code local.py});</li>
 *   <li>a Maven {@code <profile>} whose {@code <id>} is {@code dev}, {@code development} or {@code local};</li>
 *   <li>Gradle's {@code developmentOnly} and {@code testAndDevelopmentOnly} configurations (Spring Boot's plugin keeps
 *   them out of the packaged application).</li>
 * </ul>
 * Test profiles are not here: their files are test files already ({@link FileRoles}).
 */
final class DevelopmentProfiles {

    private static final Set<String> NAMES = Set.of("dev", "development", "local");
    private static final Pattern SETTINGS = Pattern.compile("(?i)(?:application|bootstrap)-(?:dev|development|local)"
            + "\\.(?:ya?ml|properties)|appsettings\\.(?:development|local)\\.json"
            + "|\\.env\\.(?:dev|development|local)(?:\\.local)?");
    private static final Pattern NODE_CONFIG = Pattern.compile("(?i)(?:dev|development|local)\\.(?:json|ya?ml)");
    private static final Pattern SETTINGS_MODULE = Pattern.compile("(?:dev|development|local)\\.py");

    private DevelopmentProfiles() {
    }

    /** Whether the settings file or module at {@code path} is read only under a development profile. */
    static boolean isDevelopmentSettings(String path) {
        int slash = path.lastIndexOf('/');
        String name = path.substring(slash + 1);
        if (SETTINGS.matcher(name).matches()) {
            return true;
        }
        String folder = slash > 0 ? path.substring(path.lastIndexOf('/', slash - 1) + 1, slash) : "";
        return folder.equals("config") && NODE_CONFIG.matcher(name).matches()
                || folder.equals("settings") && SETTINGS_MODULE.matcher(name).matches();
    }

    /** Whether {@code offset} of a Maven POM lies inside a {@code <profile>} for development. */
    static boolean insideMavenDevelopmentProfile(String pom, int offset) {
        int open = pom.lastIndexOf("<profile>", offset);
        if (open < 0 || pom.lastIndexOf("</profile>", offset) > open) {
            return false;
        }
        int idOpen = pom.indexOf("<id>", open);
        int idClose = pom.indexOf("</id>", idOpen + 1);
        return idOpen >= 0 && idClose > idOpen && idOpen < offset
                && NAMES.contains(pom.substring(idOpen + 4, idClose).strip().toLowerCase(Locale.ROOT));
    }

    /** Whether a Gradle dependency configuration keeps its artifacts out of the packaged application. */
    static boolean isGradleDevelopmentConfiguration(String configuration) {
        return configuration.equals("developmentOnly") || configuration.equals("testAndDevelopmentOnly");
    }
}
