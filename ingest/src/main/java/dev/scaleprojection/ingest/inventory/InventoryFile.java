package dev.scaleprojection.ingest.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads an inventory (YAML): an optional default {@code organization} and a list of {@code repositories}, each with a
 * {@code url} or a {@code path}, optional {@code name}, {@code organization}, {@code system}, {@code branch}, and
 * credentials by environment variable ({@code tokenEnv}, {@code usernameEnv}). Every problem is collected and named by
 * field: unknown keys, a missing location, duplicate names, and any secret written inline.
 */
public final class InventoryFile {

    private static final Set<String> TOP_KEYS = Set.of("organization", "repositories");
    private static final Set<String> REPOSITORY_KEYS = Set.of("name", "url", "path", "organization", "system", "branch",
            "tokenEnv", "usernameEnv");
    private static final Set<String> SECRET_KEYS = Set.of("token", "password", "secret", "username", "credentials", "auth",
            "accesstoken", "apikey", "privatekey");
    private static final Pattern GIT_URL = Pattern.compile("^(https?|git|ssh|file)://.+|^[\\w.-]+@[\\w.-]+:.+");
    private static final Pattern URL_PASSWORD = Pattern.compile("^[a-z+]+://[^/@]*:[^/@]*@.*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private InventoryFile() {
    }

    /** Reads {@code file}; relative paths in it are relative to the file's folder. */
    public static Inventory read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the inventory " + file, e);
        }
        Path folder = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), folder);
    }

    public static Inventory parse(String yaml, String source, Path baseFolder) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        } catch (YAMLException e) {
            throw new InvalidInventoryException(source, List.of("(document): not valid YAML: " + e.getMessage().lines().findFirst().orElse("")));
        }
        List<String> problems = new ArrayList<>();
        if (!(document instanceof Map<?, ?> top)) {
            throw new InvalidInventoryException(source, List.of("(document): must be a mapping with a 'repositories' list"));
        }
        unknownKeys(top, TOP_KEYS, "", problems);
        Optional<String> organization = text(top, "organization", "organization", problems);
        organization.filter(org -> !NAME.matcher(org).matches()).ifPresent(org ->
                problems.add("organization: lower case letters, digits, '.', '_' and '-' only, was '" + org + "'"));
        List<InventoryRepository> repositories = new ArrayList<>();
        if (!(top.get("repositories") instanceof List<?> entries) || entries.isEmpty()) {
            problems.add("repositories: a non-empty list of repositories is required");
        } else {
            Set<String> names = new HashSet<>();
            for (int i = 0; i < entries.size(); i++) {
                String at = "repositories[" + i + "]";
                if (!(entries.get(i) instanceof Map<?, ?> entry)) {
                    problems.add(at + ": must be a mapping with a url or a path");
                    continue;
                }
                repository(entry, at, organization, baseFolder, problems).ifPresent(repository -> {
                    if (!names.add(repository.name())) {
                        problems.add(at + ".name: '" + repository.name() + "' is listed twice; names must be unique");
                    }
                    repositories.add(repository);
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInventoryException(source, problems);
        }
        return new Inventory(repositories);
    }

    private static Optional<InventoryRepository> repository(Map<?, ?> entry, String at, Optional<String> defaultOrganization,
                                                            Path baseFolder, List<String> problems) {
        int before = problems.size();
        for (Object key : entry.keySet()) {
            String normalized = String.valueOf(key).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (SECRET_KEYS.contains(normalized)) {
                problems.add(at + "." + key + ": secrets are never written in the inventory; name the environment variable "
                        + "that holds it with tokenEnv (and usernameEnv)");
            }
        }
        unknownKeys(entry, REPOSITORY_KEYS, at + ".", problems);
        Optional<String> url = text(entry, "url", at + ".url", problems);
        Optional<String> path = text(entry, "path", at + ".path", problems);
        if (url.isEmpty() && path.isEmpty()) {
            problems.add(at + ".url: a url (git) or a path (local folder) is required");
        } else if (url.isPresent() && path.isPresent()) {
            problems.add(at + ".url: give a url or a path, not both");
        }
        url.filter(u -> !GIT_URL.matcher(u).matches()).ifPresent(u ->
                problems.add(at + ".url: not a git URL (https://, ssh://, git://, file:// or user@host:path), was '" + u + "'"));
        url.filter(u -> URL_PASSWORD.matcher(u).matches()).ifPresent(u ->
                problems.add(at + ".url: holds a password; secrets are never written in the inventory, use tokenEnv"));
        Optional<String> organization = text(entry, "organization", at + ".organization", problems).or(() -> defaultOrganization);
        if (organization.isEmpty()) {
            problems.add(at + ".organization: required here or at the top of the inventory");
        }
        organization.filter(org -> !NAME.matcher(org).matches()).ifPresent(org ->
                problems.add(at + ".organization: lower case letters, digits, '.', '_' and '-' only, was '" + org + "'"));
        Optional<String> tokenEnv = envName(entry, "tokenEnv", at, problems);
        Optional<String> usernameEnv = envName(entry, "usernameEnv", at, problems);
        if (usernameEnv.isPresent() && tokenEnv.isEmpty()) {
            problems.add(at + ".usernameEnv: only meaningful with tokenEnv");
        }
        if (path.isPresent() && tokenEnv.isPresent()) {
            problems.add(at + ".tokenEnv: a local path needs no credentials");
        }
        Optional<String> branch = text(entry, "branch", at + ".branch", problems);
        String location = url.orElseGet(() -> path.map(p -> baseFolder.resolve(p).normalize().toString()).orElse(""));
        String system = text(entry, "system", at + ".system", problems).orElseGet(() -> derivedName(location));
        if (!NAME.matcher(system).matches()) {
            problems.add(at + ".system: lower case letters, digits, '.', '_' and '-' only, was '" + system + "'");
        }
        String name = text(entry, "name", at + ".name", problems).orElse(system);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new InventoryRepository(name, location, url.isPresent(), organization.orElseThrow(), system, branch,
                tokenEnv, usernameEnv));
    }

    /** The last segment of a URL or path, lower case, [a-z0-9-]: {@code git@github.com:acme/Shop-API.git} is {@code shop-api}. */
    static String derivedName(String location) {
        String trimmed = location.replaceAll("[/\\\\]+$", "");
        String last = trimmed.substring(Math.max(Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':')), trimmed.lastIndexOf('\\')) + 1)
                .replaceAll("\\.git$", "");
        String name = last.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return name.isEmpty() ? "repository" : name;
    }

    private static Optional<String> envName(Map<?, ?> entry, String key, String at, List<String> problems) {
        Optional<String> value = text(entry, key, at + "." + key, problems);
        value.filter(v -> !ENV_NAME.matcher(v).matches()).ifPresent(v -> problems.add(at + "." + key
                + ": must name an environment variable (letters, digits, '_'), not hold a secret"));
        return value.filter(v -> ENV_NAME.matcher(v).matches());
    }

    private static Optional<String> text(Map<?, ?> map, String key, String field, List<String> problems) {
        Object value = map.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof Map || value instanceof List || String.valueOf(value).isBlank()) {
            problems.add(field + ": must be a non-empty text");
            return Optional.empty();
        }
        return Optional.of(String.valueOf(value).strip());
    }

    private static void unknownKeys(Map<?, ?> map, Set<String> known, String prefix, List<String> problems) {
        Map<String, Object> unknown = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            String normalized = String.valueOf(key).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            if (!known.contains(String.valueOf(key)) && !SECRET_KEYS.contains(normalized)) {
                unknown.put(String.valueOf(key), value);
            }
        });
        unknown.keySet().forEach(key -> problems.add(prefix + key + ": unknown key; known keys are " + new java.util.TreeSet<>(known)));
    }
}
