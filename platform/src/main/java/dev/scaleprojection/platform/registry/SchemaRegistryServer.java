package dev.scaleprojection.platform.registry;

import dev.scaleprojection.platform.kafka.KafkaClients;
import io.javalin.Javalin;
import java.net.BindException;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded schema registry speaking the Confluent REST API subset the product's client uses, with compatibility
 * checks (BACKWARD by default). Its state lives in a compacted Kafka topic: {@link #start()} rebuilds it from there, so
 * schema ids and versions survive restarts. Run one per registry topic: it reads the topic only when it starts.
 */
public final class SchemaRegistryServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchemaRegistryServer.class);

    private final RegistryServerConfig config;
    private final RegistryJournal journal;
    private final SchemaStore store;
    private final Javalin http;

    public SchemaRegistryServer(String bootstrapServers, int replicationFactor, String host, int port) {
        this(new RegistryServerConfig(KafkaClients.plaintext(bootstrapServers), replicationFactor, host, port));
    }

    public SchemaRegistryServer(RegistryServerConfig config) {
        this.config = config;
        this.journal = new RegistryJournal(config.kafka(), config.replicationFactor());
        this.store = new SchemaStore(journal::append);
        RegistryRoutes routes = new RegistryRoutes(store, config.basicAuth());
        this.http = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.startup.showOldJavalinVersionWarning = false;
            javalin.jetty.threadPool = smallThreadPool();
            routes.addTo(javalin.routes);
        });
    }

    /**
     * Reads the registry topic (creating it if missing) to its end, then starts listening.
     *
     * @return this server
     * @throws IllegalStateException if Kafka cannot be read or the port cannot be bound
     */
    public SchemaRegistryServer start() {
        journal.replay(store::apply);
        try {
            http.start(config.host(), config.port());
        } catch (RuntimeException e) {
            if (isPortInUse(e)) {
                throw new IllegalStateException("The schema registry cannot listen on " + config.host() + ":" + config.port()
                        + ": the port is in use. Stop what uses it or choose another port.", e);
            }
            throw e;
        }
        log.info("Schema registry listening at {} with {} subjects", url(), store.subjects().size());
        return this;
    }

    /** The URL clients use, e.g. {@code http://localhost:8081}. */
    public String url() {
        return "http://localhost:" + port();
    }

    public int port() {
        return http.port();
    }

    @Override
    public void close() {
        http.stop();
        journal.close();
    }

    private static boolean isPortInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return true;
            }
        }
        return false;
    }

    private static QueuedThreadPool smallThreadPool() {
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("schema-registry");
        return threads;
    }
}
