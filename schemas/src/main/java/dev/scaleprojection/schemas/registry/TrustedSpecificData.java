package dev.scaleprojection.schemas.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;

/**
 * Avro's SpecificData for one generated record class, trusting that class's own package without the JVM-wide
 * {@code org.apache.avro.SERIALIZABLE_PACKAGES} property: named types in that package load from the class's loader;
 * any other class name goes through Avro's usual check. Logical-type conversions are those the generated class uses.
 */
final class TrustedSpecificData extends SpecificData {

    private final String trustedPackage;
    private final Map<String, Class<?>> trustedClasses = new ConcurrentHashMap<>();

    TrustedSpecificData(Class<? extends SpecificRecord> recordClass) {
        super(recordClass.getClassLoader());
        this.trustedPackage = recordClass.getPackageName();
        SpecificData.getForClass(recordClass).getConversions().forEach(this::addLogicalTypeConversion);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class getClass(Schema schema) {
        boolean named = switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> true;
            default -> false;
        };
        if (named && trustedPackage.equals(schema.getNamespace())) {
            Class<?> trusted = trustedClasses.computeIfAbsent(schema.getFullName(), name -> load(schema));
            if (trusted != NotGenerated.class) {
                return trusted;
            }
        }
        return super.getClass(schema);
    }

    private Class<?> load(Schema schema) {
        try {
            return Class.forName(getClassName(schema), true, getClassLoader());
        } catch (ClassNotFoundException e) {
            return NotGenerated.class;
        }
    }

    /** Marks a schema name in the trusted package that has no generated class; Avro then reads it generically. */
    private static final class NotGenerated {
    }
}
