package dev.scaleprojection.platform.registry;

import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.schemas.registry.ConfluentAvroSerde;
import dev.scaleprojection.schemas.registry.SchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * What {@link WithoutAvroTrustedPackages} runs inside its fresh class loader: a serde round trip, and for contrast the
 * plain Avro reader that such a JVM refuses. Public with String results because it is called by reflection.
 */
public final class UntrustedJvmRoundTrip {

    private UntrustedJvmRoundTrip() {
    }

    /** @return the event after a round trip through the serde, as text */
    public static String throughTheSerde(String registryUrl, String topic) {
        try (ConfluentAvroSerde<FactEvent> serde = ConfluentAvroSerde.forValues(new SchemaRegistryClient(registryUrl), FactEvent.class)) {
            FactEvent event = SampleRecords.hardcodedEndpointObserved();
            return serde.deserializer().deserialize(topic, serde.serializer().serialize(topic, event)).toString();
        }
    }

    /** @return how Avro's own reader for the generated class fails here, or "read" if it does not */
    public static String throughAPlainSpecificReader() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(FactEvent.class).write(SampleRecords.hardcodedEndpointObserved(), encoder);
        encoder.flush();
        try {
            new SpecificDatumReader<>(FactEvent.class).read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
            return "read";
        } catch (SecurityException refused) {
            return refused.getClass().getSimpleName() + ": " + refused.getMessage();
        }
    }
}
