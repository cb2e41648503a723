package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An embedded database engine on the production classpath of a Maven or Gradle build: H2, HSQLDB and Derby (which
 * Spring Boot starts in memory when no datasource URL is set) or SQLite (a file), declared at any scope but a test one
 * ({@code <scope>test</scope>}, {@code testImplementation}, {@code testRuntimeOnly} …), outside a Maven plugin's own
 * dependencies and outside {@code <dependencyManagement>}, which only sets the version of a module that declares it
 * (digital-restaurant's parent POM). One finding per engine, at the line naming the artifact, marked when only a development profile
 * declares it ({@link DevelopmentProfiles}).
 */
final class EmbeddedDatabaseDependencies {

    private static final Map<String, EmbeddedDatabases.Embedded> ARTIFACTS = Map.of(
            "com.h2database:h2", new EmbeddedDatabases.Embedded("h2", "memory"),
            "org.hsqldb:hsqldb", new EmbeddedDatabases.Embedded("hsqldb", "memory"),
            "hsqldb:hsqldb", new EmbeddedDatabases.Embedded("hsqldb", "memory"),
            "org.apache.derby:derby", new EmbeddedDatabases.Embedded("derby", "memory"),
            "org.xerial:sqlite-jdbc", new EmbeddedDatabases.Embedded("sqlite", "file"));
    private static final Pattern MAVEN_DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern GRADLE_DEPENDENCY = Pattern.compile(
            "(?m)^\\s*(\\w+)\\s*\\(?\\s*[\"']([\\w.-]+:[\\w.-]+)(?::[^\"']*)?[\"']");

    private EmbeddedDatabaseDependencies() {
    }

    /** An engine declared, and whether only a development profile puts it on the classpath. */
    record Declared(EmbeddedDatabases.Embedded embedded, String artifact, int offset, boolean development) {
    }

    static List<Declared> of(String fileName, String content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.equals("pom.xml")) {
            return maven(blankComments(content));
        }
        if (name.equals("build.gradle") || name.equals("build.gradle.kts")) {
            return gradle(content);
        }
        return List.of();
    }

    private static List<Declared> maven(String pom) {
        List<Declared> declared = new ArrayList<>();
        Matcher dependency = MAVEN_DEPENDENCY.matcher(pom);
        while (dependency.find()) {
            String body = dependency.group(1);
            String artifact = element(body, "groupId") + ":" + element(body, "artifactId");
            EmbeddedDatabases.Embedded embedded = ARTIFACTS.get(artifact);
            if (embedded != null && !element(body, "scope").equals("test") && !insidePlugin(pom, dependency.start())
                    && !PomElements.inside(pom, dependency.start(), "dependencyManagement")) {
                int offset = dependency.start(1) + body.indexOf("<artifactId>");
                declared.add(new Declared(embedded, artifact, offset,
                        DevelopmentProfiles.insideMavenDevelopmentProfile(pom, dependency.start())));
            }
        }
        return declared;
    }

    private static List<Declared> gradle(String build) {
        List<Declared> declared = new ArrayList<>();
        Matcher dependency = GRADLE_DEPENDENCY.matcher(build);
        while (dependency.find()) {
            String configuration = dependency.group(1).toLowerCase(Locale.ROOT);
            boolean development = DevelopmentProfiles.isGradleDevelopmentConfiguration(dependency.group(1));
            Optional.ofNullable(ARTIFACTS.get(dependency.group(2)))
                    .filter(embedded -> !configuration.startsWith("test") && !configuration.contains("androidtest"))
                    .ifPresent(embedded -> declared.add(new Declared(embedded, dependency.group(2), dependency.start(2),
                            development)));
        }
        return declared;
    }

    /** A plugin's own dependency (liquibase-maven-plugin given H2) is on the build's classpath, not the application's. */
    private static boolean insidePlugin(String pom, int offset) {
        return PomElements.inside(pom, offset, "plugin");
    }

    private static String element(String body, String tag) {
        int open = body.indexOf("<" + tag + ">");
        int close = body.indexOf("</" + tag + ">");
        return open >= 0 && close > open ? body.substring(open + tag.length() + 2, close).strip() : "";
    }

    /** Comments blanked with spaces so that offsets still point at the same lines. */
    private static String blankComments(String xml) {
        StringBuilder text = new StringBuilder(xml);
        Matcher comment = XML_COMMENT.matcher(xml);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (text.charAt(i) != '\n') {
                    text.setCharAt(i, ' ');
                }
            }
        }
        return text.toString();
    }
}
