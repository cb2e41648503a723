package dev.scaleprojection.schemas.registry;

import java.io.ByteArrayOutputStream;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The Confluent wire format: byte 0 is the magic byte 0x0, bytes 1-4 the big-endian schema id, then the Avro binary
 * body. Writes that header, and reads the schema id back from a record, refusing bytes in any other format.
 */
final class ConfluentWireFormat {

    static final byte MAGIC_BYTE = 0x0;
    static final int HEADER_LENGTH = 5;

    private ConfluentWireFormat() {
    }

    static void writeHeader(ByteArrayOutputStream out, int schemaId) {
        out.write(MAGIC_BYTE);
        out.write(schemaId >>> 24);
        out.write(schemaId >>> 16);
        out.write(schemaId >>> 8);
        out.write(schemaId);
    }

    /** @throws SerializationException naming the topic and what is wrong with the bytes */
    static int schemaIdOf(String topic, byte[] data) {
        if (data.length < HEADER_LENGTH) {
            throw new SerializationException("Cannot deserialize a record of topic '" + topic + "': " + data.length
                    + " bytes are too short for the Confluent wire format (magic byte 0x00, 4-byte schema id, Avro body).");
        }
        if (data[0] != MAGIC_BYTE) {
            throw new SerializationException("Cannot deserialize a record of topic '" + topic + "': unknown magic byte "
                    + String.format("0x%02x", data[0] & 0xff) + ": not in the Confluent wire format (magic byte 0x00,"
                    + " 4-byte schema id, Avro body). Was it written by a producer without the Avro serializer?");
        }
        return ((data[1] & 0xff) << 24) | ((data[2] & 0xff) << 16) | ((data[3] & 0xff) << 8) | (data[4] & 0xff);
    }
}
