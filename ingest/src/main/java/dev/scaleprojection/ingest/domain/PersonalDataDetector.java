package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Personal data (piiKind email|phone|name|address|birth-date|national-id|card|ip) where it is stored,
 * {@code data.personal-data-stored} (entity and model fields, see {@link PersonalDataStores}; SQL table columns and
 * the columns of EF Core migrations, {@link EfMigrations}, and of DDL run from string literals, {@link EmbeddedDdl};
 * attributes mapped by a JPA orm.xml and the properties a Hibernate or NHibernate {@code .hbm.xml} maps, {@link HibernateMappings};
 * Avro and Prisma fields — not protobuf messages, which carry data over the wire and store none), and where it leaves its context, {@code data.personal-data-egress} (event and
 * message fields, log statements, published messages, HTTP and analytics calls, see {@link PersonalDataFlows}).
 * Attributes: piiKind, field, holder (class, table, message), context (the bounded context the file belongs to),
 * and store or channel.
 */
public final class PersonalDataDetector implements Detector {

    public static final String STORED = "data.personal-data-stored";
    public static final String EGRESS = "data.personal-data-egress";

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE, FileRole.OTHER, FileRole.CONFIGURATION, FileRole.DEPLOYMENT);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        String context = BoundedContexts.ofPath(file.path());
        String name = file.name().toLowerCase(Locale.ROOT);
        FileRole role = file.role();
        if (role == FileRole.OTHER || role == FileRole.CONFIGURATION || role == FileRole.DEPLOYMENT) {
            Optional<List<SchemaDocuments.Field>> fields = schemaFields(file, name);
            return fields.map(f -> schemaFindings(file, f, context, store(name))).orElse(List.of());
        }
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty()) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>(PersonalDataStores.of(code.get(), context));
        if (EfMigrations.mayHold(code.get())) {
            findings.addAll(EfMigrations.columns(code.get(), context));
        }
        if (EmbeddedDdl.mayHold(code.get())) {
            findings.addAll(EmbeddedDdl.columns(code.get(), context));
        }
        findings.addAll(PersonalDataFlows.of(code.get(), context));
        return List.copyOf(findings);
    }

    /**
     * The attributes every personal-data fact carries, in this order: its kind, the field and what holds it, the bounded
     * context, then where it is kept or where it goes ({@code store} or {@code channel}); callers may add more.
     */
    static Map<String, String> attributes(String piiKind, String field, String holder, String context, String key, String value) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("piiKind", piiKind);
        attributes.put("field", field);
        attributes.put("holder", holder);
        attributes.put("context", context);
        attributes.put(key, value);
        return attributes;
    }

    private static Optional<List<SchemaDocuments.Field>> schemaFields(SourceFile file, String name) {
        if (name.endsWith("orm.xml")) {
            return Optional.of(SchemaDocuments.ormXml(file.content()));
        }
        if (HibernateMappings.isMapping(name)) {
            return Optional.of(HibernateMappings.fields(file.content()));
        }
        if (name.endsWith(".sql")) {
            return Optional.of(SchemaDocuments.sql(file.content()));
        }
        if (name.endsWith(".avdl")) {
            return Optional.of(SchemaDocuments.blocks(file.content(), "record"));
        }
        if (name.endsWith(".prisma")) {
            return Optional.of(SchemaDocuments.blocks(file.content(), "model"));
        }
        if (name.endsWith(".avsc")) {
            return Optional.of(SchemaDocuments.avro(JsonTree.parse(file.content())));
        }
        return Optional.empty();
    }

    /**
     * A yes/no column says something about the data, not the data: {@code has_separate_billing_address boolean},
     * {@code priviledge_birthday int(1)} (mall-swarm's "has a birthday privilege").
     */
    static boolean isFlag(SchemaDocuments.Field field, String line) {
        String type = field.type().toLowerCase(java.util.Locale.ROOT);
        if (type.equals("boolean") || type.equals("bool") || type.equals("bit")) {
            return true;
        }
        if (!type.equals("int") && !type.equals("tinyint")) {
            return false;
        }
        int at = line.toLowerCase(java.util.Locale.ROOT).indexOf(type, line.indexOf(field.name()) + field.name().length());
        return at >= 0 && line.startsWith("(1)", at + type.length());
    }

    private static String store(String name) {
        return name.endsWith("orm.xml") ? "jpa" : HibernateMappings.isMapping(name) ? "hibernate"
                : name.substring(name.lastIndexOf('.') + 1);
    }

    private static List<Finding> schemaFindings(SourceFile file, List<SchemaDocuments.Field> fields, String context,
                                                String store) {
        LexedSource lines = SourceLexer.lex(file.content(), Language.OTHER);
        List<Finding> findings = new ArrayList<>();
        for (SchemaDocuments.Field field : fields) {
            if (store.equals("sql") && isFlag(field, lines.line(field.line()))) {
                continue;
            }
            PersonalData.kindOf(field.name(), field.holder(), "").ifPresent(kind -> {
                Map<String, String> attributes = attributes(kind, field.name(), field.holder(), field.contextOr(context), "store",
                        store);
                findings.add(new Finding(STORED, Finding.SOURCE_CODE, file.path(), field.line(), field.line(),
                        Snippets.lines(lines, field.line(), field.line()), field.holder() + "." + field.name(), attributes));
            });
        }
        return List.copyOf(findings);
    }
}
