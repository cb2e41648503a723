package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data held by the types of a source file: fields of persisted types are stored (JPA and Spring Data
 * entities and documents, EF entities, TypeORM, Mongoose and Sequelize models, Django, SQLAlchemy, SQLModel and
 * mongoengine models, SQLAlchemy Core tables, Go structs mapped by gorm, sqlx or bson tags, ent schemas), fields of events and
 * messages leave their context.
 * Transient and unmapped fields, static members and DTOs, forms and serializers hold nothing.
 */
final class PersonalDataStores {

    private static final Pattern JPA = Pattern.compile("@(?:[\\w.]+\\.)?(Entity|Embeddable|MappedSuperclass)\\b");
    private static final Pattern SPRING_DATA = Pattern.compile("@(?:[\\w.]+\\.)?(Document|Table|Node|Container|RedisHash)\\b");
    /** Members that are not columns of their own: transient, unmapped, or a relation to another stored type. */
    private static final Pattern NOT_COLUMN = Pattern.compile("@(?:[\\w.]+\\.)?(Transient|ManyToOne|OneToOne|OneToMany|ManyToMany"
            + "|Embedded|JoinColumn|DBRef|DocumentReference|Relationship)\\b|\\[NotMapped|\\[ForeignKey|gorm:\"-\"|"
            + "db:\"-\"|bson:\"-\""
            + "|@(ManyToOne|OneToOne|OneToMany|ManyToMany|JoinColumn)\\(");
    private static final Pattern PYTHON_NOT_COLUMN = Pattern.compile(
            "^(?:models\\.)?(ForeignKey|OneToOneField|ManyToManyField|BooleanField|NullBooleanField|IntegerField"
                    + "|PositiveIntegerField|DateTimeField|relationship)\\(|^(?:\\w+\\.)?(?:Column|"
                    + "mapped_column)\\(\\s*(?:sa\\.)?(Boolean|Integer"
                    + "|ForeignKey)");
    private static final Pattern EF_BASE = Pattern.compile(":\\s*[^{]*\\b(?:Base)?(Entity|AggregateRoot|IdentityUser|"
            + "AuditableEntity"
            + "|IEntity|EntityBase)\\b");
    private static final Pattern DB_SET = Pattern.compile("DbSet<\\s*(\\w+)\\s*>");
    /** A project's own entity decorator wrapping TypeORM's and MikroORM's: ever-gauzy's {@code @MultiORMEntity('user')}. */
    private static final Pattern ORM_ENTITY_DECORATOR = Pattern.compile("@\\w*Entity\\s*\\(");
    /** A JetBrains Exposed table: {@code object Suppliers : LongIdTable("suppliers") { val email = varchar("email", 255) }}. */
    private static final Pattern EXPOSED_TABLE = Pattern.compile("\\bobject\\s+\\w+\\s*:\\s*(?:Long|Int|UUID|ULong|UInt)?IdTable"
            + "\\b|\\bobject\\s+\\w+\\s*:\\s*Table\\s*\\(");
    private static final Pattern EXPOSED_SCALAR_COLUMN = Pattern.compile("\\s*=?\\s*(bool|integer|long|short|byte|ubyte|ushort"
            + "|uinteger|ulong)\\s*\\(");
    private static final Set<String> VIEW_FOLDERS = Set.of("viewmodels", "viewmodel", "dtos", "dto");
    private static final Set<String> ENTITY_FOLDERS = Set.of("entities", "entity", "aggregatesmodel", "aggregates");
    private static final Pattern GO_MAPPING = Pattern.compile("\\b(gorm|db|bson|dynamodbav|pg|sql|firestore|datastore):\"");
    private static final Pattern NOT_MESSAGES = Pattern.compile("ObjectType|graphene|Serializer|\\bSchema\\b|Form\\b|Filter"
            + "|Admin|InputType|@ObjectType|@InputType|@Entity|models\\.Model"
            + "|\\bextends\\s+(?:[\\w.]+\\.)?(?:Base|Paranoid)?Model\\b(?!\\s*[>,])");
    /** Python class attributes that declare an API schema (GraphQL, serializers, forms), not a message. */
    private static final Pattern SCHEMA_FIELD = Pattern.compile("^(graphene|serializers|forms|fields|strawberry|"
            + "marshmallow|ma)\\.");
    private static final Pattern EVENT_NAME = Pattern.compile(".*(Event|Message|Notification)s?");
    private static final Pattern EVENT_BASE = Pattern.compile("(?:extends|implements|:|\\()\\s*[^{]*\\b\\w*(Event|"
            + "Message|INotification)\\b");

    /** An Azure Table storage row ({@code class AzureEvent : ITableEntity}): stored, whatever its name says. */
    private static final Pattern AZURE_TABLE_ENTITY = Pattern.compile(":\\s*(?:[\\w.]+\\s*,\\s*)*(?:[\\w.]+\\.)?I?TableEntity\\b");
    private static final Pattern MAPPED_SUPERCLASS = Pattern.compile("@(?:[\\w.]+\\.)?MappedSuperclass\\b");
    /** Domain events (MediatR {@code INotification}, {@code IDomainEvent}) are handled inside their own context. */
    private static final Pattern DOMAIN_EVENT = Pattern.compile("\\b(I?DomainEvent|INotification)\\b");

    /** SQLAlchemy Core: {@code Table('users', metadata, Column('firstname', String), …)}. */
    private static final Pattern CORE_TABLE = Pattern.compile("\\bTable\\(\\s*['\"](\\w+)['\"]");
    private static final Pattern CORE_COLUMN = Pattern.compile(
            "\\bColumn\\(\\s*['\"](\\w+)['\"]\\s*(?:,\\s*(?:sa\\.|sqlalchemy\\.)?(\\w+))?");
    private static final Set<String> CORE_NOT_PERSONAL = Set.of("Boolean", "Integer", "BigInteger", "SmallInteger",
            "ForeignKey");

    private PersonalDataStores() {
    }

    static List<Finding> of(CodeFile file, String context) {
        List<Finding> findings = new ArrayList<>();
        if (mayDeclareStoredOrEventTypes(file)) {
            members(file, context, findings);
        }
        if (file.language() == Language.PYTHON && file.mentions("table(")) {
            findings.addAll(coreTables(file, context));
        }
        findings.addAll(MongooseSchemas.of(file, context));
        findings.addAll(EntSchemas.of(file, context));
        // a field the user model declares again is reported where it is declared
        for (Finding inherited : DjangoAbstractUsers.of(file, context)) {
            if (findings.stream().noneMatch(finding -> finding.anchor().equals(inherited.anchor()))) {
                findings.add(inherited);
            }
        }
        findings.addAll(IdentityUsers.of(file, context));
        return findings;
    }

    /**
     * Words that every stored type's or event's declaration holds ({@link #store}, {@link #isEvent}), in its header, its
     * name or its members' tags, by language; a file holding none of them, most files, needs no reading of its members.
     */
    private static final Map<Language, List<String>> STORE_WORDS = Map.of(
            Language.JAVA, List.of("Entity", "Embeddable", "MappedSuperclass", "Document", "Table", "Node", "Container", "RedisHash"),
            Language.KOTLIN, List.of("Entity", "Embeddable", "MappedSuperclass", "Document", "Table", "Node", "Container", "RedisHash"),
            Language.SCALA, List.of("Entity", "Embeddable", "MappedSuperclass", "Document", "Table", "Node", "Container", "RedisHash"),
            Language.CSHARP, List.of("[Table", "Entity", "AggregateRoot", "IdentityUser", "DbSet<"),
            Language.TYPESCRIPT, List.of("@Entity", "Entity(", "@Schema(", "@Table"),
            Language.JAVASCRIPT, List.of("@Entity", "Entity(", "@Schema(", "@Table"),
            Language.PYTHON, List.of("models.", "table", "Mapped[", "Column", "mapped_column", "Document", "Model"),
            Language.GO, List.of("gorm", ":\""));
    private static final List<String> EVENT_WORDS = List.of("Event", "Message", "Notification");

    /** The file last asked about on this thread and its answer: personal data and references by id both ask. */
    private static final ThreadLocal<Object[]> LAST_ASKED = ThreadLocal.withInitial(() -> new Object[2]);

    static boolean mayDeclareStoredOrEventTypes(CodeFile file) {
        Object[] last = LAST_ASKED.get();
        if (last[0] != file.file()) {
            last[1] = readsStoredOrEventWords(file);
            last[0] = file.file();
        }
        return (Boolean) last[1];
    }

    private static boolean readsStoredOrEventWords(CodeFile file) {
        String content = file.file().content();
        if (EVENT_WORDS.stream().anyMatch(content::contains)
                || STORE_WORDS.getOrDefault(file.language(), List.of()).stream().anyMatch(content::contains)) {
            return true;
        }
        return file.language() == Language.CSHARP && Imports.folders(file.path()).stream()
                .anyMatch(folder -> ENTITY_FOLDERS.contains(folder.toLowerCase(java.util.Locale.ROOT)));
    }

    private static void members(CodeFile file, String context, List<Finding> findings) {
        StoredMembers stored = StoredMembers.of(file);
        for (TypeMember member : stored.members()) {
            if (member.isStatic() && !member.parameter() || NOT_COLUMN.matcher(member.annotations()).find()
                    || PYTHON_NOT_COLUMN.matcher(member.initializer()).find() || file.insideTest(member.offset())) {
                continue;
            }
            Optional<String> kind = PersonalData.kindOf(member.name(), member.holder(), simpleType(columnType(member)));
            if (kind.isEmpty()) {
                continue;
            }
            Optional<String> store = stored.store(member);
            if (store.isPresent()) {
                // A mapped superclass is stored in its subclasses' tables, in whatever contexts they live: no one owner.
                String owner = MAPPED_SUPERCLASS.matcher(member.holderHeader()).find() ? BoundedContexts.ROOT : context;
                findings.add(finding(file, member, PersonalDataDetector.STORED, kind.get(), owner, "store", store.get()));
            } else if (isEvent(member)) {
                findings.add(finding(file, member, PersonalDataDetector.EGRESS, kind.get(), context, "channel", "event"));
            }
        }
    }

    /** The columns of SQLAlchemy Core tables, named by strings rather than class attributes. */
    private static List<Finding> coreTables(CodeFile file, String context) {
        String text = file.uncommented();
        List<Finding> findings = new ArrayList<>();
        Matcher table = CORE_TABLE.matcher(text);
        while (table.find()) {
            int close = Calls.closing(file.code(), text.indexOf('(', table.start()));
            Matcher column = CORE_COLUMN.matcher(text).region(table.end(), close);
            while (column.find()) {
                if (file.insideTest(column.start()) || column.group(2) != null && CORE_NOT_PERSONAL.contains(column.group(2))) {
                    continue;
                }
                String name = column.group(1);
                PersonalData.kindOf(name, table.group(1), "").ifPresent(kind -> {
                    Map<String, String> attributes = PersonalDataDetector.attributes(kind, name, table.group(1), context, "store",
                            "sqlalchemy");
                    findings.add(file.finding(PersonalDataDetector.STORED, column.start(), table.group(1) + "." + name, attributes));
                });
            }
        }
        return findings;
    }

    private static Finding finding(CodeFile file, TypeMember member, String kind, String piiKind, String context,
                                   String key, String value) {
        Map<String, String> attributes = PersonalDataDetector.attributes(piiKind, member.name(), member.holder(), context, key, value);
        return file.finding(kind, member.offset(), file.anchor(member.offset(), Optional.of(member.name())), attributes);
    }

    /** The declared type, or the column type of an Exposed column: {@code val verified = bool("verified")} is a boolean. */
    private static String columnType(TypeMember member) {
        if (!member.type().isEmpty()) {
            return member.type();
        }
        Matcher column = EXPOSED_SCALAR_COLUMN.matcher(member.initializer());
        return column.lookingAt() ? column.group(1).equals("bool") ? "boolean" : "int" : "";
    }

    /** How the member's type is persisted, if it is: jpa, mongodb, ef, typeorm, django, sqlalchemy, gorm … */
    static Optional<String> store(CodeFile file, TypeMember member, List<TypeMember> members, Set<String> dbSets) {
        String header = member.holderHeader();
        return switch (file.language()) {
            case JAVA, KOTLIN, SCALA -> JPA.matcher(header).find() ? Optional.of("jpa")
                    : SPRING_DATA.matcher(header).find() ? Optional.of(springData(header))
                    : file.language() == Language.KOTLIN && EXPOSED_TABLE.matcher(header).find() ? Optional.of("exposed")
                    : Optional.empty();
            case CSHARP -> isEfEntity(file, member, dbSets) ? Optional.of("ef")
                    : AZURE_TABLE_ENTITY.matcher(header).find() ? Optional.of("azure-table") : Optional.empty();
            case TYPESCRIPT, JAVASCRIPT -> header.contains("@Entity") || header.contains("Entity(")
                    && ORM_ENTITY_DECORATOR.matcher(header).find() ? Optional.of("typeorm")
                    : header.contains("@Schema(") ? Optional.of("mongoose")
                    : header.contains("@Table") && header.contains("Model") ? Optional.of("sequelize") : Optional.empty();
            case PYTHON -> PythonStores.store(member, members);
            // a struct declared inside a function is the shape of one request or query row, no stored entity
            case GO -> file.insideFunction(member.offset()) ? Optional.empty() : go(member, members);
            default -> Optional.empty();
        };
    }

    /**
     * An EF entity: a {@code [Table]}, an entity or aggregate base type, a {@code DbSet} in the file, an entities folder;
     * not a view model that copies an entity's shape ({@code WebMVC/ViewModels/ApplicationUser : IdentityUser}).
     */
    static boolean isEfEntity(CodeFile file, TypeMember member, Set<String> dbSets) {
        String header = member.holderHeader();
        List<String> folders = Imports.folders(file.path()).stream().map(f -> f.toLowerCase(java.util.Locale.ROOT)).toList();
        if (!header.contains("[Table") && !dbSets.contains(member.holder()) && folders.stream().anyMatch(VIEW_FOLDERS::contains)) {
            return false;
        }
        return header.contains("[Table") || EF_BASE.matcher(header).find() || dbSets.contains(member.holder())
                || folders.stream().anyMatch(ENTITY_FOLDERS::contains);
    }

    static Set<String> dbSets(CodeFile file) {
        Set<String> dbSets = new java.util.HashSet<>();
        if (!file.code().contains("DbSet<")) {
            return dbSets;
        }
        Matcher dbSet = DB_SET.matcher(file.code());
        while (dbSet.find()) {
            dbSets.add(dbSet.group(1));
        }
        return dbSets;
    }

    private static String springData(String header) {
        Matcher matcher = SPRING_DATA.matcher(header);
        matcher.find();
        return switch (matcher.group(1)) {
            case "Document" -> "mongodb";
            case "Node" -> "neo4j";
            case "Container" -> "cosmosdb";
            case "RedisHash" -> "redis";
            default -> "jdbc";
        };
    }

    /**
     * A Go struct is persisted when it embeds gorm.Model or maps any field with a storage tag; under gorm, its untagged
     * exported fields too.
     */
    private static Optional<String> go(TypeMember member, List<TypeMember> members) {
        List<TypeMember> siblings = members.stream().filter(m -> m.holder().equals(member.holder())).toList();
        boolean gorm = siblings.stream().anyMatch(m -> m.type().equals("gorm.Model") || m.annotations().contains("gorm:\""));
        Matcher own = GO_MAPPING.matcher(member.annotations());
        if (own.find()) {
            return Optional.of(own.group(1).equals("db") || own.group(1).equals("sql") ? "sql" : own.group(1));
        }
        return gorm && Character.isUpperCase(member.name().charAt(0)) ? Optional.of("gorm") : Optional.empty();
    }

    /**
     * An event or message type leaving the context; GraphQL, serializer, form and admin types that merely carry such a
     * name are not, nor are models ({@code class Event extends Model}, a UI's record of an audit event), nor domain
     * events, which stay in the context that raises them.
     */
    private static boolean isEvent(TypeMember member) {
        if (NOT_MESSAGES.matcher(member.holderHeader()).find() || SCHEMA_FIELD.matcher(member.initializer()).find()
                || member.holder().endsWith("DomainEvent") || DOMAIN_EVENT.matcher(member.holderHeader()).find()) {
            return false;
        }
        if (member.holder().endsWith("Entity")) {
            // a row of a store, bitwarden's EventTableEntity : IEvent, keeps an event; it does not send one
            return false;
        }
        return EVENT_NAME.matcher(member.holder()).matches() && !Regexes.matches(member.holder(), ".*(Handler|Listener|Consumer)s?")
                || EVENT_BASE.matcher(member.holderHeader()).find();
    }

    /** {@code Optional<String>}, {@code String?}, {@code Mapped[str]} are judged by what they hold. */
    private static String simpleType(String type) {
        return Regexes.replaceAll(type, "^(Optional|Mapped|Option|Nullable)\\s*[<\\[]\\s*", "").replaceAll("[>\\]?]+$", "").strip();
    }
}
