package dev.scaleprojection.classifier.integration;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.classifier.ClassifierApp;
import dev.scaleprojection.classifier.catalog.RuleCatalogLoader;
import dev.scaleprojection.classifier.topology.ClassifierTopology;
import dev.scaleprojection.platform.streams.StreamsSettings;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * One classifier instance in a JVM of its own, so that a test can kill it outright (no close, no leaving the group, an
 * open transaction left behind) as a crashed or evicted machine would. Arguments: bootstrap servers, registry URL,
 * state folder, application id, then Streams overrides as {@code key=value}. Prints {@code RUNNING} once it processes
 * and runs until killed or its standard input closes.
 */
public final class ClassifierInstanceProcess {

    private ClassifierInstanceProcess() {
    }

    public static void main(String[] args) throws IOException {
        StreamsSettings settings = new StreamsSettings(args[0], Path.of(args[2]), 1, 1);
        for (int i = 4; i < args.length; i++) {
            String[] override = args[i].split("=", 2);
            settings = settings.with(override[0], override[1]);
        }
        SchemaRegistryClient registry = new SchemaRegistryClient(args[1]);
        ClassifierTopology.ClassifierSerdes serdes = new ClassifierTopology.ClassifierSerdes(ConfluentAvroSerde.forValues(registry, FactEvent.class),
                ConfluentAvroSerde.forValues(registry, GapChanged.class));
        ClassifierApp app = ClassifierApp.start(settings, args[3], serdes, RuleCatalogLoader.builtin(), 3);
        System.out.println("RUNNING");
        System.out.flush();
        while (System.in.read() >= 0) {
            // runs until killed; a closed input (the test ended without killing it) closes the instance
        }
        app.close();
    }

    /** The overrides both instances of the test use, so that a dead member is given up in seconds rather than 45. */
    static Map<String, String> quickFailover() {
        return Map.of("session.timeout.ms", "6000", "heartbeat.interval.ms", "1000", "producer.transaction.timeout.ms", "8000");
    }
}
