package dev.scaleprojection.platform.config;

/** A configuration value that cannot be used; the message names the key, its environment variable and what is expected. */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String key, String value, String expected) {
        super("Configuration '" + key + "' (environment " + Settings.environmentName(key) + ") is '" + value
                + "', but it must be " + expected + ".");
    }
}
