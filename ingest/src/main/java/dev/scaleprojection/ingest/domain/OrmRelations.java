package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ORM relationships from an entity to an entity of another bounded context: JPA and Hibernate {@code @ManyToOne},
 * {@code @OneToMany}, {@code @OneToOne}, {@code @ManyToMany} (target resolved through the imports), TypeORM relation
 * decorators ({@code () => Customer} resolved through the import's path), Django {@code ForeignKey('app.Model')} or an
 * imported model, SQLAlchemy {@code relationship} to an imported class, EF navigation properties to a type of another
 * context's namespace. A relation to a type of the same package, folder or app, and any id field, is no fact.
 */
final class OrmRelations {

    private static final Pattern JPA_RELATION = Pattern.compile("@(?:[\\w.]+\\.)?(ManyToOne|OneToMany|OneToOne|ManyToMany)\\b");
    private static final Pattern TARGET_ENTITY = Pattern.compile("targetEntity\\s*=\\s*([\\w.]+)(?:\\.class|::class)");
    private static final Pattern TYPEORM_RELATION = Pattern.compile(
            "@(ManyToOne|OneToMany|OneToOne|ManyToMany)\\(\\s*(?:\\(\\s*\\w*\\s*\\)|\\w+)\\s*=>\\s*(\\w+)");
    private static final Pattern DJANGO_RELATION = Pattern.compile(
            "^(?:models\\.)?(ForeignKey|OneToOneField|ManyToManyField)\\(\\s*(?:to\\s*=\\s*)?(['\"]?)([\\w.]+)\\2");
    /**
     * Django's own apps whose tables a project points at as plumbing (a generic relation's content type, the current
     * site, a session, a redirect): no context of the product. {@code auth}, whose user is one, stays.
     */
    private static final Set<String> DJANGO_FRAMEWORK_APPS = Set.of("contenttypes", "sites", "sessions", "admin",
            "redirects", "flatpages");
    private static final Pattern CUSTOM_USER_MODEL = Pattern.compile(
            "(?m)^class\\s+\\w+\\s*\\([^)]*\\b(AbstractUser|AbstractBaseUser)\\b");
    private static final Pattern SQLALCHEMY_RELATION = Pattern.compile("^(?:\\w+\\.)?relationship\\(\\s*(['\"]?)(\\w+)\\1");
    private static final Pattern COLLECTION = Pattern.compile("^(?:[\\w.]*\\.)?(?:List|Set|Collection|MutableList|MutableSet"
            + "|ICollection|IList|IEnumerable|HashSet|IReadOnlyCollection|IReadOnlyList|Iterable|SortedSet|"
            + "Seq)\\s*<\\s*([\\w.]+)\\s*>$");
    private static final Set<String> NOT_ENTITIES = Set.of("string", "String", "int", "long", "Guid", "DateTime", "decimal",
            "bool", "byte", "DateTimeOffset", "TimeSpan", "Uri", "object", "double", "float", "short", "char", "DateOnly",
            "TimeOnly", "Integer", "Long", "Boolean", "BigDecimal", "UUID", "Instant", "LocalDate", "LocalDateTime");

    private OrmRelations() {
    }

    static List<Finding> of(CodeFile file) {
        List<TypeMember> members = file.members();
        List<Finding> findings = new ArrayList<>();
        Map<String, List<String>> imports = file.imports();
        Optional<String> ownPackage = Imports.packageOf(file);
        Set<String> dbSets = file.language() == Language.CSHARP ? PersonalDataStores.dbSets(file) : Set.of();
        for (TypeMember member : members) {
            if (file.insideTest(member.offset())) {
                continue;
            }
            Optional<Relation> relation = switch (file.language()) {
                case JAVA, KOTLIN, SCALA -> jpa(member, imports, ownPackage);
                case TYPESCRIPT, JAVASCRIPT -> typeorm(file, member, imports);
                case PYTHON -> python(file, member, imports);
                case CSHARP -> PersonalDataStores.isEfEntity(file, member, dbSets) ? ef(file, member, ownPackage)
                        : Optional.empty();
                default -> Optional.empty();
            };
            relation.ifPresent(found -> findings.add(finding(file, member, found)));
        }
        return findings;
    }

    record Relation(String fromContext, String toContext, String target, String relation) {
    }

    private static Finding finding(CodeFile file, TypeMember member, Relation relation) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("fromContext", relation.fromContext());
        attributes.put("toContext", relation.toContext());
        attributes.put("target", relation.target());
        attributes.put("relation", relation.relation());
        attributes.put("value", relation.target());
        return file.finding(CrossContextReferenceDetector.REFERENCE, member.offset(),
                file.anchor(member.offset(), Optional.of(member.name())), attributes);
    }

    private static Optional<Relation> jpa(TypeMember member, Map<String, List<String>> imports, Optional<String> ownPackage) {
        Matcher relation = JPA_RELATION.matcher(member.annotations());
        if (!relation.find() || ownPackage.isEmpty()) {
            return Optional.empty();
        }
        Matcher target = TARGET_ENTITY.matcher(member.annotations());
        String type = target.find() ? target.group(1) : element(member.type());
        List<String> targetPackage;
        String simple = type.substring(type.lastIndexOf('.') + 1);
        if (type.contains(".") && Character.isLowerCase(type.charAt(0))) {
            targetPackage = Arrays.asList(type.substring(0, type.lastIndexOf('.')).split("\\."));
        } else if (imports.containsKey(simple)) {
            targetPackage = imports.get(simple);
        } else {
            return Optional.empty();
        }
        List<String> own = Arrays.asList(ownPackage.get().split("\\."));
        return BoundedContexts.crossing(own, targetPackage, 2).map(contexts -> new Relation(contexts.get(0), contexts.get(1),
                String.join(".", targetPackage) + "." + simple, relation.group(1)));
    }

    private static Optional<Relation> typeorm(CodeFile file, TypeMember member, Map<String, List<String>> imports) {
        Matcher relation = TYPEORM_RELATION.matcher(member.annotations());
        if (!relation.find() || !imports.containsKey(relation.group(2))) {
            return Optional.empty();
        }
        List<String> module = imports.get(relation.group(2));
        List<String> target = module.isEmpty() ? module : module.subList(0, module.size() - 1);
        return crossingPaths(Imports.folders(file.path()), target).map(contexts -> new Relation(contexts.get(0),
                contexts.get(1), String.join("/", module) + "#" + relation.group(2), relation.group(1)));
    }

    private static Optional<Relation> python(CodeFile file, TypeMember member, Map<String, List<String>> imports) {
        Matcher django = DJANGO_RELATION.matcher(member.initializer());
        if (django.find()) {
            String target = django.group(3);
            List<String> folders = Imports.folders(file.path());
            List<String> module = new ArrayList<>(folders);
            module.add(Regexes.replaceFirst(file.file().name(), "\\.py$", ""));
            // a module of models outside a models package belongs to its folder's app (oscar's basket/abstract_models.py)
            String ownApp = module.contains("models") ? djangoApp(module) : djangoApp(folders);
            Optional<String> targetApp;
            if (DjangoUserModels.isUserModelTarget(target)) {
                // The app that defines the custom user model refers to itself (saleor's account.User); which app
                // that is, where the settings name one, is told from them (DjangoUserModels).
                targetApp = CUSTOM_USER_MODEL.matcher(file.code()).find() ? Optional.empty()
                        : Optional.of(DjangoUserModels.DEFAULT_APP);
            } else if (!django.group(2).isEmpty()) {
                targetApp = target.contains(".") ? Optional.of(target.substring(0, target.indexOf('.')))
                        .filter(app -> !DJANGO_FRAMEWORK_APPS.contains(app)) : Optional.empty();
            } else {
                targetApp = Optional.ofNullable(imports.get(target))
                        .filter(source -> source.isEmpty() || !source.get(0).equals("django")).map(OrmRelations::djangoApp);
            }
            return targetApp.map(BoundedContexts::normalize).filter(app -> !app.equals(BoundedContexts.normalize(ownApp)))
                    .map(app -> new Relation(BoundedContexts.normalize(ownApp), app, target, django.group(1)));
        }
        Matcher sqlalchemy = SQLALCHEMY_RELATION.matcher(member.initializer());
        if (sqlalchemy.find() && imports.containsKey(sqlalchemy.group(2))) {
            List<String> module = imports.get(sqlalchemy.group(2));
            List<String> target = module.isEmpty() ? module : module.subList(0, module.size() - 1);
            return crossingPaths(Imports.folders(file.path()), target).map(contexts -> new Relation(contexts.get(0),
                    contexts.get(1), String.join(".", module) + "." + sqlalchemy.group(2), "relationship"));
        }
        return Optional.empty();
    }

    /**
     * The Django app of a module: the package holding {@code models} ({@code shop.orders.models},
     * {@code shop.orders.models.base}, netbox's {@code extras.models.models}); a module of models by another name is its
     * package's ({@code oscar.apps.basket.abstract_models}: basket); any other path is taken as the app itself.
     */
    static String djangoApp(List<String> segments) {
        int models = segments.lastIndexOf("models");
        while (models > 0 && segments.get(models - 1).equals("models")) {
            models--;
        }
        if (models > 0) {
            return segments.get(models - 1);
        }
        if (segments.isEmpty()) {
            return BoundedContexts.ROOT;
        }
        String last = segments.get(segments.size() - 1);
        return last.endsWith("_models") && segments.size() > 1 ? segments.get(segments.size() - 2) : last;
    }

    /**
     * A navigation property to a type that only another context's namespace can hold: among the {@code using}
     * directives of the same root, exactly one names a context that the type's name belongs to
     * ({@code Customer} in {@code Shop.Customers.Domain}).
     */
    private static Optional<Relation> ef(CodeFile file, TypeMember member, Optional<String> ownNamespace) {
        String type = element(member.type().replace("?", ""));
        if (ownNamespace.isEmpty() || NOT_ENTITIES.contains(type) || !Regexes.matches(type, "[A-Z]\\w*") || member.isStatic()) {
            return Optional.empty();
        }
        List<String> own = Arrays.asList(ownNamespace.get().split("\\."));
        String stem = type.toLowerCase(Locale.ROOT);
        List<Relation> candidates = new ArrayList<>();
        for (String using : Imports.usings(file)) {
            List<String> namespace = Arrays.asList(using.split("\\."));
            Optional<List<String>> contexts = BoundedContexts.crossing(own, namespace, 1);
            boolean named = namespace.stream().anyMatch(segment -> segment.toLowerCase(Locale.ROOT).startsWith(stem)
                    || stem.startsWith(Regexes.replaceAll(BoundedContexts.normalize(segment), "s$", "")));
            if (contexts.isPresent() && named) {
                candidates.add(new Relation(contexts.get().get(0), contexts.get().get(1), using + "." + type,
                        member.type().contains("<") ? "collection" : "reference"));
            }
        }
        return candidates.size() == 1 ? Optional.of(candidates.get(0)) : Optional.empty();
    }

    /** Folder paths part at two contexts; an absolute module path is first aligned with the file's folders. */
    private static Optional<List<String>> crossingPaths(List<String> own, List<String> target) {
        if (target.isEmpty()) {
            return Optional.empty();
        }
        List<String> aligned = target;
        int at = own.lastIndexOf(target.get(0));
        if (at > 0) {
            aligned = new ArrayList<>(own.subList(0, at));
            aligned.addAll(target);
        }
        return BoundedContexts.crossing(own, aligned, 0);
    }

    /** {@code List<Customer>} holds Customer. */
    private static String element(String type) {
        Matcher collection = COLLECTION.matcher(type.strip());
        return collection.matches() ? collection.group(1) : Regexes.replaceAll(type.strip(), "<.*", "");
    }
}
