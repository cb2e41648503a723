package dev.scaleprojection.platform.kafka;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * An in-process broker whose client listener requires SASL/PLAIN authentication, as a secured production cluster does:
 * clients without {@link #clientSettings(String, String)} for a known user are refused. Users: {@code alice} (password
 * {@code alice-secret}) and the broker's own {@code admin}.
 */
public final class SecuredKafkaBroker {

    public static final String USER = "alice";
    public static final String PASSWORD = "alice-secret";

    private SecuredKafkaBroker() {
    }

    public static EmbeddedKafkaBroker start(Path dataDir) {
        String listener = EmbeddedKafkaBroker.CLIENT_LISTENER.toLowerCase(Locale.ROOT);
        return EmbeddedKafkaBroker.start(dataDir, 0, Map.of(
                "listener.security.protocol.map", EmbeddedKafkaBroker.CLIENT_LISTENER + ":SASL_PLAINTEXT,CONTROLLER:PLAINTEXT",
                "sasl.enabled.mechanisms", "PLAIN",
                "sasl.mechanism.inter.broker.protocol", "PLAIN",
                "listener.name." + listener + ".plain.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required"
                        + " username=\"admin\" password=\"admin-secret\" user_admin=\"admin-secret\" user_" + USER + "=\"" + PASSWORD + "\";"),
                clientSettings(USER, PASSWORD));
    }

    /** The client settings of a user: what a client properties file for this cluster holds. */
    public static Map<String, String> clientSettings(String user, String password) {
        return Map.of("security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "PLAIN",
                "sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + user
                        + "\" password=\"" + password + "\";");
    }
}
