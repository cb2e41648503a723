package dev.scaleprojection.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Configuration values by key ({@code kafka.bootstrap-servers}), resolved as: explicit overrides (command-line options),
 * then the environment ({@code SCALE_PROJECTION_KAFKA_BOOTSTRAP_SERVERS}), then a properties file, then defaults.
 * Only {@code *App} classes and the command line read it; the rest of the code receives values.
 */
public final class Settings {

    public static final String ENV_PREFIX = "SCALE_PROJECTION_";

    private final Map<String, String> overrides;
    private final Map<String, String> environment;
    private final Map<String, String> file;

    private Settings(Map<String, String> overrides, Map<String, String> environment, Map<String, String> file) {
        this.overrides = Map.copyOf(overrides);
        this.environment = Map.copyOf(environment);
        this.file = Map.copyOf(file);
    }

    public static Settings load(Optional<Path> configFile, Map<String, String> environment, Map<String, String> overrides) {
        return new Settings(overrides, environment, configFile.map(Settings::readFile).orElse(Map.of()));
    }

    public static Settings of(Map<String, String> values) {
        return new Settings(values, Map.of(), Map.of());
    }

    public static String environmentName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    public Optional<String> find(String key) {
        String value = overrides.get(key);
        if (value == null) {
            value = environment.get(environmentName(key));
        }
        if (value == null) {
            value = file.get(key);
        }
        return Optional.ofNullable(value).map(String::trim).filter(v -> !v.isEmpty());
    }

    public String get(String key, String defaultValue) {
        return find(key).orElse(defaultValue);
    }

    public int getInt(String key, int defaultValue) {
        return find(key).map(v -> parseInt(key, v)).orElse(defaultValue);
    }

    public long getLong(String key, long defaultValue) {
        Optional<String> value = find(key);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Long.parseLong(value.get());
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, value.get(), "a whole number");
        }
    }

    /** A copy with these values taking precedence over everything else. */
    public Settings with(Map<String, String> moreOverrides) {
        Map<String, String> merged = new HashMap<>(overrides);
        merged.putAll(moreOverrides);
        return new Settings(merged, environment, file);
    }

    private static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ConfigurationException(key, value, "a whole number");
        }
    }

    private static Map<String, String> readFile(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigurationException("config", path.toString(), "an existing properties file");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read configuration file " + path, e);
        }
        Map<String, String> values = new HashMap<>();
        properties.stringPropertyNames().forEach(name -> values.put(name, properties.getProperty(name)));
        return values;
    }
}
