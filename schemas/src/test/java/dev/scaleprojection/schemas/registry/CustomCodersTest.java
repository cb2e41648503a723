package dev.scaleprojection.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactRef;
import dev.scaleprojection.avro.GapChange;
import dev.scaleprojection.avro.ScanCompleted;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.avro.ScoreChanged;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.avro.specific.SpecificRecordBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The serializer lets generated records encode themselves (Avro's custom coders); the bytes must be those of Avro's
 * schema-walking writer, for every record the pipeline publishes, whatever its fields hold: random records of each
 * schema, unions on every branch, empty and long arrays, strings outside Latin-1.
 */
class CustomCodersTest {

    private static final String TEXT = "aZ09 -_./:{}é→—漢𝄞";

    @ParameterizedTest
    @ValueSource(classes = {FactEvent.class, GapChanged.class, Rule.class, ScoreChanged.class, ComponentAssessed.class})
    void writesTheBytesOfTheSchemaWalkingWriter(Class<? extends SpecificRecord> recordClass) throws IOException {
        TrustedSpecificData data = new TrustedSpecificData(recordClass);
        Schema schema = data.getSchema(recordClass);
        DatumWriter<Object> custom = ConfluentAvroSerializer.writerFor(schema, data);
        DatumWriter<Object> walking = new SpecificDatumWriter<>(schema, data);
        Random random = new Random(recordClass.getSimpleName().hashCode());
        for (int i = 0; i < 500; i++) {
            Object generic = randomValue(schema, random, 0);
            Object specific = data.deepCopy(schema, generic);
            assertThat(specific).isInstanceOf(recordClass);
            assertThat(bytes(custom, specific)).as("record %d: %s", i, specific).isEqualTo(bytes(walking, specific));
        }
    }

    /**
     * The records that make up most of the bytes (a gap round's changes with their facts' evidence, a scan's facts)
     * take the custom coders' path; the compiler gives none to records with a logical type (their timestamps), which
     * are written by walking the schema, their nested records still encoding themselves.
     */
    @ParameterizedTest
    @ValueSource(classes = {GapChange.class, FactRef.class, Evidence.class, FactObserved.class, ScanCompleted.class})
    void theBulkOfThePipelinesBytesEncodesItself(Class<? extends SpecificRecordBase> recordClass) throws ReflectiveOperationException {
        assertThat(hasCustomCoders(recordClass.getDeclaredConstructor().newInstance())).isTrue();
    }

    private static boolean hasCustomCoders(Object record) {
        try {
            Method method = SpecificRecordBase.class.getDeclaredMethod("hasCustomCoders");
            method.setAccessible(true);
            return (boolean) method.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("Avro's SpecificRecordBase no longer has hasCustomCoders()", e);
        }
    }

    private static byte[] bytes(DatumWriter<Object> writer, Object record) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        writer.write(record, encoder);
        encoder.flush();
        return out.toByteArray();
    }

    private static Object randomValue(Schema schema, Random random, int depth) {
        return switch (schema.getType()) {
            case RECORD -> {
                GenericData.Record record = new GenericData.Record(schema);
                schema.getFields().forEach(field -> record.put(field.pos(), randomValue(field.schema(), random, depth + 1)));
                yield record;
            }
            case ARRAY -> {
                int size = depth > 4 ? 0 : random.nextInt(random.nextInt(4) == 0 ? 40 : 4);
                List<Object> items = new ArrayList<>(size);
                for (int i = 0; i < size; i++) {
                    items.add(randomValue(schema.getElementType(), random, depth + 1));
                }
                yield new GenericData.Array<>(schema, items);
            }
            case MAP -> {
                Map<String, Object> map = new HashMap<>();
                for (int i = random.nextInt(4); i > 0; i--) {
                    map.put(text(random), randomValue(schema.getValueType(), random, depth + 1));
                }
                yield map;
            }
            case UNION -> randomValue(schema.getTypes().get(random.nextInt(schema.getTypes().size())), random, depth);
            case ENUM -> new GenericData.EnumSymbol(schema, schema.getEnumSymbols().get(random.nextInt(schema.getEnumSymbols().size())));
            case FIXED -> new GenericData.Fixed(schema, randomBytes(random, schema.getFixedSize()));
            case STRING -> text(random);
            case BYTES -> ByteBuffer.wrap(randomBytes(random, random.nextInt(16)));
            case INT -> random.nextInt();
            case LONG -> schema.getLogicalType() != null && "timestamp-millis".equals(schema.getLogicalType().getName())
                    ? Instant.ofEpochMilli(random.nextLong() >> 20) : random.nextLong();
            case FLOAT -> random.nextFloat();
            case DOUBLE -> random.nextDouble();
            case BOOLEAN -> random.nextBoolean();
            case NULL -> null;
        };
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(random.nextInt(8) == 0 ? 300 : 12); i > 0; i--) {
            text.appendCodePoint(TEXT.codePointAt(TEXT.offsetByCodePoints(0, random.nextInt(TEXT.codePointCount(0, TEXT.length())))));
        }
        return text.toString();
    }

    private static byte[] randomBytes(Random random, int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }
}
