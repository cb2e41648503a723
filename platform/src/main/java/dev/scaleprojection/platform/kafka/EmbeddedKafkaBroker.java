package dev.scaleprojection.platform.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Apache Kafka broker (KRaft, broker and controller combined) running inside this JVM.
 * Its logs and metadata live under {@code <dataDir>/kafka}: formatted on first start, reused as they are on a restart,
 * so topics, offsets and committed transactions survive. This is the same server {@code kafka.Kafka} runs.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** The listener clients (and the broker itself) connect to; PLAINTEXT unless a test secures it. */
    static final String CLIENT_LISTENER = "CLIENTS";

    private final KafkaRaftServer server;
    private final KafkaClients clients;
    private final Path logDir;

    private EmbeddedKafkaBroker(KafkaRaftServer server, KafkaClients clients, Path logDir) {
        this.server = server;
        this.clients = clients;
        this.logDir = logDir;
    }

    /**
     * Starts a broker whose data lives under {@code dataDir/kafka}. Port 0 picks a free port.
     *
     * @throws IllegalStateException if the broker does not become ready within a minute
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) {
        return start(dataDir, port, Map.of(), Map.of());
    }

    /**
     * A broker whose client listener is configured by {@code serverOverrides} (for example SASL, to test a secured
     * cluster), reached by clients with {@code clientSettings}.
     */
    static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, Object> serverOverrides, Map<String, String> clientSettings) {
        // Ports chosen here are free when chosen, not when the broker binds them: another process may take one in
        // between. Such a start is tried again with new ports; a port the user named is not replaced.
        for (int attempt = 1; ; attempt++) {
            int[] ports = port == 0 ? freePorts(2) : new int[] {port, freePorts(1)[0]};
            try {
                return start(dataDir, ports[0], ports[1], serverOverrides, clientSettings);
            } catch (IllegalStateException e) {
                if (port != 0 || !isPortInUse(e) || attempt == PORT_ATTEMPTS) {
                    throw e;
                }
                log.warn("A port chosen for the Kafka broker ({} or {}) was taken before it bound; trying other ports", ports[0], ports[1]);
            }
        }
    }

    private static EmbeddedKafkaBroker start(Path dataDir, int brokerPort, int controllerPort, Map<String, Object> serverOverrides,
            Map<String, String> clientSettings) {
        Path logDir = dataDir.resolve("kafka").toAbsolutePath();
        KafkaRaftServer server = null;
        try {
            Files.createDirectories(logDir);
            Map<String, Object> props = serverProperties(logDir, brokerPort, controllerPort);
            props.putAll(serverOverrides);
            KafkaConfig config = new KafkaConfig(props, false);
            if (!Files.exists(logDir.resolve("meta.properties"))) {
                format(logDir);
            }
            server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            String bootstrap = "localhost:" + brokerPort;
            EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, clientSettings.isEmpty() ? KafkaClients.plaintext(bootstrap)
                    : KafkaClients.with(bootstrap, clientSettings), logDir);
            broker.awaitReady(Duration.ofMinutes(1));
            log.info("Kafka broker ready at {} (data in {})", bootstrap, logDir);
            return broker;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the Kafka data folder " + logDir, e);
        } catch (RuntimeException e) {
            if (isPortInUse(e)) {
                shutDownQuietly(server);
                throw new IllegalStateException("Kafka cannot listen on port " + brokerPort + " (or its controller on " + controllerPort
                        + "): it is in use. Stop what uses it or choose another port with --kafka-port.", e);
            }
            throw e;
        }
    }

    private static void shutDownQuietly(KafkaRaftServer server) {
        if (server == null) {
            return;
        }
        try {
            server.shutdown();
            server.awaitShutdown();
        } catch (RuntimeException e) {
            log.debug("Shutting down a broker that failed to start", e);
        }
    }

    private static Map<String, Object> serverProperties(Path logDir, int brokerPort, int controllerPort) {
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", Integer.toString(NODE_ID));
        props.put("controller.quorum.voters", NODE_ID + "@localhost:" + controllerPort);
        props.put("listeners", CLIENT_LISTENER + "://localhost:" + brokerPort + "," + CONTROLLER_LISTENER + "://localhost:" + controllerPort);
        props.put("advertised.listeners", CLIENT_LISTENER + "://localhost:" + brokerPort);
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        props.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        props.put("log.dirs", logDir.toString());
        props.put("metadata.log.dir", logDir.toString());
        props.put("offsets.topic.replication.factor", "1");
        props.put("offsets.topic.num.partitions", "5");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("transaction.state.log.num.partitions", "5");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("group.initial.rebalance.delay.ms", "0");
        props.put("num.partitions", "1");
        props.put("default.replication.factor", "1");
        props.put("auto.create.topics.enable", "false");
        props.put("log.cleaner.dedupe.buffer.size", Integer.toString(4 * 1024 * 1024));
        props.put("log.cleaner.threads", "1");
        props.put("num.network.threads", "2");
        props.put("num.io.threads", "2");
        props.put("background.threads", "2");
        return props;
    }

    private static void format(Path logDir) {
        try {
            new Formatter()
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .addDirectory(logDir.toString())
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setPrintStream(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka data folder " + logDir + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = clients.admin(Map.of(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000", AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000"))) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        // Topic creation needs the controller to see the broker as registered and unfenced.
                        admin.listTopics().names().get(5, TimeUnit.SECONDS);
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        close();
                        throw new IllegalStateException("Kafka broker did not become ready within " + timeout, notYet);
                    }
                }
            }
        }
    }

    public String bootstrapServers() {
        return clients.bootstrapServers();
    }

    /** How clients reach this broker. */
    public KafkaClients clients() {
        return clients;
    }

    public Path logDir() {
        return logDir;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
    }

    /** {@code count} distinct free ports: all sockets are held open together, so the system cannot hand out one twice. */
    static int[] freePorts(int count) {
        ServerSocket[] sockets = new ServerSocket[count];
        try {
            int[] ports = new int[count];
            for (int i = 0; i < count; i++) {
                sockets[i] = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
                sockets[i].setReuseAddress(true);
                ports[i] = sockets[i].getLocalPort();
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException("No free local port", e);
        } finally {
            for (ServerSocket socket : sockets) {
                if (socket != null) {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // the port was only looked at
                    }
                }
            }
        }
    }

    private static final int PORT_ATTEMPTS = 3;

    private static boolean isPortInUse(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException) {
                return true;
            }
        }
        return false;
    }

    /** Topic names the broker keeps for itself; the product never touches them. */
    static final Set<String> INTERNAL_TOPICS = Set.of("__consumer_offsets", "__transaction_state");
}
