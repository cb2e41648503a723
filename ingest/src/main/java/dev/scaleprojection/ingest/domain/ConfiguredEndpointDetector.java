package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Endpoints set in configuration files (application.yml and .properties, .env, appsettings.json, INI, TOML, XML …):
 * {@code endpoint.configured} anchored at the key. A value that is only a placeholder ({@code ${DB_URL}}) configures
 * nothing; a placeholder default ({@code ${DB_URL:jdbc:…}}) is the configured value, marked {@code overridable=true}.
 * Message bundles are translated text, not configuration. A gateway's routes in its own configuration are its calls to
 * the services they route to ({@link GatewayRoutes}).
 */
public final class ConfiguredEndpointDetector implements Detector {

    public static final String CONFIGURED = "endpoint.configured";

    /** A version is never an address, however much "10.2.0.1" looks like one. */
    private static final java.util.regex.Pattern VERSION_KEY = java.util.regex.Pattern.compile("(?i).*version[^.]*");

    /** Translated messages ({@code messages_de.properties}, {@code i18n/}, {@code locales/}): text, never addresses. */
    private static final java.util.regex.Pattern MESSAGE_BUNDLE = java.util.regex.Pattern.compile(
            "(?i)(.*/)?(messages|strings|labels|validationmessages)(_[a-z]{2,3}([_-][a-z]{2,4})?)?\\.properties"
                    + "|(.*/)?(i18n|l10n|locales?|translations|lang)/.*");

    private final YamlParser yaml;

    public ConfiguredEndpointDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.CONFIGURATION);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.CONFIGURATION || MESSAGE_BUNDLE.matcher(file.path()).matches()) {
            return List.of();
        }
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Finding> findings = new ArrayList<>();
        boolean routes = GatewayRoutes.mayHold(file);
        List<ConfigEntry> entries = ConfigEntries.of(file, yaml);
        LoopbackCalls.serverPort(file, entries).ifPresent(findings::add);
        for (ConfigEntry entry : entries) {
            endpoint(entry.key(), entry.value()).ifPresent(configured -> findings.add(new Finding(CONFIGURED,
                    Finding.CONFIGURATION, file.path(), entry.line(), entry.line(),
                    Snippets.lines(lines, entry.line(), entry.line()), entry.key(), configured)));
            if (routes) {
                GatewayRoutes.call(file, entry, lines).ifPresent(findings::add);
            }
        }
        return List.copyOf(findings);
    }

    /** The attributes of the endpoint configured as {@code key = value}, if it is one; shared with descriptors. */
    static Optional<Map<String, String>> endpoint(String key, String value) {
        if (value.isBlank() || Placeholders.isBarePlaceholder(value)
                || AsciiText.containsIgnoreCase(key, "version") && VERSION_KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        Placeholders.Resolved resolved = Placeholders.resolve(value);
        if (!EndpointParser.mayHoldEndpoint(resolved.value()) && !EndpointContext.allowsBareNames(key)) {
            return Optional.empty(); // what the parser answers, without reading the rest of the key's context
        }
        EndpointParser.Reading reading = EndpointParser.read(resolved.value());
        if (!reading.mayBeEndpoint()) {
            return Optional.empty(); // no key makes it one: its context is not worth reading
        }
        // nor where every key makes it the same one (a JDBC URL, most URLs)
        return reading.in(() -> EndpointContext.ofKey(key)).map(endpoint -> {
            Map<String, String> attributes = new LinkedHashMap<>(endpoint.attributes());
            if (resolved.usedDefault()) {
                attributes.put("overridable", "true");
            }
            return attributes;
        });
    }
}
