package dev.scaleprojection.platform.registry;

import dev.scaleprojection.avro.Evidence;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.FactObserved;
import dev.scaleprojection.avro.FactSource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;

/** Records and small schemas for registry and serde tests; each call returns a fresh value. */
public final class SampleRecords {

    private SampleRecords() {
    }

    /** A hard-coded endpoint observed in one repository. */
    public static FactEvent hardcodedEndpointObserved() {
        Evidence evidence = new Evidence("acme/billing", "0a1b2c3", "src/main/java/Billing.java", 12, 12,
                "String url = \"http://10.0.0.5:8080\";");
        FactObserved observed = new FactObserved("scan-1", "fp-endpoint-1", "endpoint.hardcoded", FactSource.SOURCE_CODE,
                evidence, Map.of("host", "10.0.0.5"));
        return new FactEvent("scan-1/fp-endpoint-1", "acme/billing/api", Instant.ofEpochMilli(1_700_000_000_000L), observed);
    }

    /** A record schema {@code <name>} with the given required string fields. */
    public static Schema recordWithStrings(String name, String... fields) {
        SchemaBuilder.FieldAssembler<Schema> assembler = SchemaBuilder.record(name).namespace("test.registry").fields();
        for (String field : fields) {
            assembler = assembler.requiredString(field);
        }
        return assembler.endRecord();
    }

    /** The same record with one more string field, which defaults to "": a BACKWARD-compatible change. */
    public static Schema withDefaultedField(Schema record, String field) {
        List<Schema.Field> fields = new ArrayList<>();
        record.getFields().forEach(existing -> fields.add(new Schema.Field(existing, existing.schema())));
        fields.add(new Schema.Field(field, Schema.create(Schema.Type.STRING), null, ""));
        return Schema.createRecord(record.getName(), record.getDoc(), record.getNamespace(), false, fields);
    }
}
