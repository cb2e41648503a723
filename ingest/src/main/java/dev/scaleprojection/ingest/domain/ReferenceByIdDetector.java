package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The persisted types of a file (entities as {@link PersonalDataStores} tells them, and JVM types with an {@code @Id})
 * and the identifiers of other entities they hold by value: {@code Long customerId}, {@code Guid BuyerId},
 * {@code customer_id = models.UUIDField()}, {@code MeetingGroupId _meetingGroupId}. Whose entity an id names needs the
 * whole repository, so the file says only what it declares ({@link ReferencesById#DECLARED}, never a fact) and which ids
 * it holds ({@link ReferencesById#CANDIDATE}); {@link ReferencesById} keeps those naming another context's entity. An id
 * that is the foreign key of an ORM relationship (a relation annotation, a {@code ForeignKey}, a navigation property of
 * the same name beside it) is no reference by id, nor is a Django text column ({@code service_id = models.CharField()},
 * an outside system's identifier). A collection of ids names its entity the same way ({@code List<UUID> orderIds},
 * {@code order_ids = ArrayField(models.UUIDField())}); a name whose first word is a role ({@code billing_address_id})
 * also names the entity after it, where no entity has the whole name.
 */
public final class ReferenceByIdDetector implements Detector {

    private static final Pattern ID_NAME = Pattern.compile("_?(\\w*?[A-Za-z0-9])_?(Id|ID|_id)");
    private static final Pattern TYPED_ID = Pattern.compile("(?:[\\w.]+\\.)?([A-Z]\\w*?)Id\\??");
    private static final Set<String> ID_TYPES = Set.of("long", "Long", "int", "Integer", "UUID", "Guid", "string", "String",
            "number", "str", "uuid.UUID", "ObjectId", "Types.ObjectId", "BigInteger", "int?", "long?", "Guid?", "string?",
            "Int", "Long?", "Int?", "String?", "bigint", "int64", "int32", "uint", "uint64", "uint32", "*string", "*int64");
    /** A field that maps an ORM relationship rather than holding a value. */
    private static final Pattern RELATION = Pattern.compile("@(?:[\\w.]+\\.)?(ManyToOne|OneToOne|OneToMany|ManyToMany|JoinColumn"
            + "|RelationId|DBRef|DocumentReference|Relationship|Transient|ForeignKey|BelongsTo)\\b|\\[ForeignKey|\\[NotMapped");
    private static final Pattern PYTHON_RELATION = Pattern.compile("\\b(ForeignKey|OneToOneField|ManyToManyField|relationship)\\(");
    private static final Pattern JVM_ID = Pattern.compile("@(?:[\\w.]+\\.)?Id\\b");
    /** Ids of many entities: {@code List<UUID> orderIds}, {@code order_ids = ArrayField(models.UUIDField())}. */
    private static final Pattern IDS_NAME = Pattern.compile("_?(\\w*?[A-Za-z0-9])_?(Ids|IDs|_ids)");
    private static final Pattern WRAPPER = Pattern.compile("(?:Optional|Mapped|Option|Nullable)\\s*[<\\[]\\s*(.*?)\\s*[>\\]]");
    private static final Pattern COLLECTION = Pattern.compile("(?:[\\w.]+\\.)?(?:List|Set|Collection|Iterable|MutableList|MutableSet"
            + "|SortedSet|HashSet|ICollection|IList|IEnumerable|IReadOnlyCollection|IReadOnlyList|Array|ReadonlyArray|list|set"
            + "|frozenset|Sequence|Seq)\\s*[<\\[]\\s*([\\w.*]+\\??)\\s*[>\\]]|([\\w.]+\\??)\\[]|\\[]([\\w.*]+)");
    private static final Pattern DJANGO_ID_ARRAY = Pattern.compile("^(?:\\w+\\.)?ArrayField\\(\\s*(?:base_field\\s*=\\s*)?"
            + "(?:models\\.)?(?:UUID|Integer|BigInteger|SmallInteger|PositiveInteger|PositiveBigInteger|PositiveSmallInteger)Field\\(");
    /**
     * A Django text column holds an outside system's identifier (a provider's service id): the product's own entities
     * are numbered by integers or UUIDs.
     */
    private static final Pattern DJANGO_TEXT = Pattern.compile("^(?:models\\.)?(?:CharField|TextField|SlugField)\\(");
    /**
     * Words that say which role another entity plays for the holder ({@code billing_address_id} names an address): the
     * rest of the name names the entity where no entity of the whole name exists. Any other first word stays, as in
     * {@code stripe_customer_id} or {@code customer_order_id}, the customer's own order number.
     */
    private static final Set<String> ROLES = Set.of("billing", "shipping", "delivery", "primary", "secondary", "default",
            "main", "current", "last", "previous", "next", "original", "source", "target", "destination", "origin", "parent",
            "root", "assigned", "preferred");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        Optional<CodeFile> code = CodeFile.production(file);
        if (code.isEmpty() || !mayDeclareEntities(code.get())) {
            return List.of();
        }
        StoredMembers stored = StoredMembers.of(code.get());
        List<TypeMember> members = stored.members();
        // Python and Go map each field on its own; elsewhere the type's header (or a DbSet) says it for every member.
        boolean byMember = code.get().language() == Language.PYTHON || code.get().language() == Language.GO;
        Set<String> entities = new HashSet<>();
        Set<String> judged = new HashSet<>();
        for (TypeMember member : members) {
            String holder = holderOf(member);
            if (entities.contains(holder) || code.get().insideTest(member.offset())) {
                continue;
            }
            boolean persisted = (judged.add(holder) || byMember) && stored.store(member).isPresent();
            if (persisted || isJvm(code.get()) && member.annotations().contains("@") && JVM_ID.matcher(member.annotations()).find()) {
                entities.add(holder);
            }
        }
        List<Finding> findings = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (TypeMember member : members) {
            if (!entities.contains(holderOf(member)) || code.get().insideTest(member.offset())) {
                continue;
            }
            if (declared.add(holderOf(member))) {
                findings.add(declared(code.get(), member));
            }
            idTarget(member, members).filter(target -> !isGenericKey(code.get(), member))
                    .ifPresent(target -> findings.add(candidate(code.get(), member, target)));
        }
        return List.copyOf(findings);
    }

    /** The same words as personal data's stored types, and a JVM {@code @Id}: most files hold none of them. */
    private static boolean mayDeclareEntities(CodeFile file) {
        return PersonalDataStores.mayDeclareStoredOrEventTypes(file)
                || isJvm(file) && file.file().content().contains("@Id");
    }

    private static boolean isJvm(CodeFile file) {
        return file.language() == Language.JAVA || file.language() == Language.KOTLIN || file.language() == Language.SCALA;
    }

    private static String holderOf(TypeMember member) {
        return member.holder() + "\n" + member.holderHeader();
    }

    /**
     * The entity an id field names, as written ({@code customer}, {@code MeetingGroup}): by its type when that is a typed
     * id ({@code MemberId _creatorId} names a member), else by its name, when its type can hold an id.
     */
    private static Optional<String> idTarget(TypeMember member, List<TypeMember> members) {
        if (member.isStatic() || RELATION.matcher(member.annotations()).find()
                || PYTHON_RELATION.matcher(member.initializer()).find()) {
            return Optional.empty();
        }
        if (DJANGO_TEXT.matcher(member.initializer()).find()) {
            return Optional.empty();
        }
        String type = Regexes.replaceAll(member.type().strip(), "^(Optional|Mapped|Option|Nullable)\\s*[<\\[]\\s*|[>\\]]+$", "");
        Matcher typed = TYPED_ID.matcher(type);
        Matcher many = IDS_NAME.matcher(member.name());
        Optional<String> target;
        if (many.matches()) {
            target = manyTarget(member, many.group(1));
        } else if (typed.matches()) {
            target = Optional.of(typed.group(1));
        } else {
            Matcher name = ID_NAME.matcher(member.name());
            target = name.matches() && (type.isEmpty() || ID_TYPES.contains(type)) ? Optional.of(name.group(1)) : Optional.empty();
        }
        // A name the holder's own ends with is the holder's own number: FHRPGroup.group_id, Invoice.InvoiceId.
        return target.filter(t -> !ReferencesById.normalized(member.holder()).endsWith(ReferencesById.normalized(t)))
                .filter(t -> !navigatedBeside(member, members, t));
    }

    /**
     * The entity a collection of ids names: by its elements' type when that is a typed id ({@code Set<OrderId> orderIds}),
     * else by its name, when its elements can hold an id ({@code List<UUID>}, {@code string[]}, {@code []int64}, a
     * Django {@code ArrayField} of integers or UUIDs).
     */
    private static Optional<String> manyTarget(TypeMember member, String named) {
        String type = member.type().strip();
        Matcher wrapper = WRAPPER.matcher(type);
        Matcher collection = COLLECTION.matcher(wrapper.matches() ? wrapper.group(1) : type);
        if (!collection.matches()) {
            return member.type().isBlank() && DJANGO_ID_ARRAY.matcher(member.initializer()).find() ? Optional.of(named)
                    : Optional.empty();
        }
        String element = collection.group(1) != null ? collection.group(1)
                : collection.group(2) != null ? collection.group(2) : collection.group(3);
        Matcher typed = TYPED_ID.matcher(element);
        if (typed.matches()) {
            return Optional.of(typed.group(1));
        }
        return ID_TYPES.contains(element) || ID_TYPES.contains(element + "?") ? Optional.of(named) : Optional.empty();
    }

    /** {@code billing_address}: address, the entity a role word before it qualifies; empty for any other name. */
    static Optional<String> withoutRole(String target) {
        List<String> words = Identifiers.words(target);
        return words.size() >= 2 && ROLES.contains(words.get(0).toLowerCase(java.util.Locale.ROOT))
                ? Optional.of(String.join("_", words.subList(1, words.size()))) : Optional.empty();
    }

    /**
     * The id half of a Django generic relation, named to its {@code GenericForeignKey}
     * ({@code fk_field='interface_id'}): an ORM relation to whatever model the content type says.
     */
    private static boolean isGenericKey(CodeFile file, TypeMember member) {
        String text = file.uncommented();
        return file.language() == Language.PYTHON && text.contains("GenericForeignKey")
                && (text.contains("'" + member.name() + "'") || text.contains("\"" + member.name() + "\""));
    }

    /** EF's {@code CustomerId} beside {@code Customer Customer}: the id is the foreign key of a navigation property. */
    private static boolean navigatedBeside(TypeMember id, List<TypeMember> members, String target) {
        String wanted = ReferencesById.normalized(target);
        return members.stream().anyMatch(m -> m != id && m.holder().equals(id.holder()) && m.holderHeader().equals(id.holderHeader())
                && (ReferencesById.normalized(m.name()).equals(wanted)
                || ReferencesById.normalized(Regexes.replaceAll(m.type(), "^.*<|>.*$|\\?", "")).equals(wanted)));
    }

    private static Finding declared(CodeFile file, TypeMember member) {
        return file.finding(ReferencesById.DECLARED, member.offset(), member.holder(), Map.of("entity", member.holder()));
    }

    private static Finding candidate(CodeFile file, TypeMember member, String target) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("holder", member.holder());
        attributes.put("field", member.name());
        attributes.put("names", target);
        withoutRole(target).ifPresent(entity -> attributes.put("namesWithoutRole", entity));
        return file.finding(ReferencesById.CANDIDATE, member.offset(), file.anchor(member.offset(), Optional.of(member.name())),
                attributes);
    }
}
