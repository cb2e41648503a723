package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a Python class's field is persisted, if it is ({@link PersonalDataStores}): a Django model's field, a SQLModel
 * table's (its own or a base's that a {@code table=True} class inherits), a SQLAlchemy column, a mongoengine or other
 * ORM document's field; serializers, forms, admin and django-tables2 columns hold nothing.
 */
final class PythonStores {

    private static final Pattern PYTHON_STORED = Pattern.compile("^(?:models\\.(?!Manager)\\w+\\(|"
            + "(?:\\w+\\.)?(?:Column|mapped_column"
            + "|relationship)\\(|(?:db\\.|me\\.|fields\\.)?\\w*(?:Field|Property)\\()");
    private static final Pattern PYTHON_NOT_STORED = Pattern.compile("Serializer|Form|Schema\\b|BaseModel|Filter|Admin|Config");

    private PythonStores() {
    }

    static Optional<String> store(TypeMember member, List<TypeMember> members) {
        String header = member.holderHeader();
        PythonTypes types = PythonTypes.of(members);
        boolean djangoModel = types.djangoModels().contains(member.holder() + "\n" + header);
        // django-tables2's tables.Column is a column of an HTML table (netbox's DeviceTable), not of SQLAlchemy's
        if (PYTHON_NOT_STORED.matcher(header).find() || member.initializer().startsWith("serializers.")
                || member.initializer().startsWith("forms.") || member.initializer().startsWith("tables.")
                || member.initializer().startsWith("django_tables2.")) {
            return Optional.empty();
        }
        if (member.initializer().startsWith("models.") || djangoModel && Regexes.matches(member.initializer(), "\\w*Field\\(.*")) {
            return Optional.of("django");
        }
        if (Regexes.matches(header, "(?s).*table\\s*=\\s*True.*") || isSqlModelTableBase(member.holder(), types)) {
            return Optional.of("sqlmodel");
        }
        if (member.type().contains("Mapped[") || Regexes.matches(member.initializer(), "(?:\\w+\\.)?(?:Column|mapped_column)\\(.*")) {
            return Optional.of("sqlalchemy");
        }
        if (PYTHON_STORED.matcher(member.initializer()).find()
                && Regexes.matches(header, "(?s)class\\s+\\w+\\s*\\((?:[\\w.]+\\.)?(Document|Model|DynamicDocument|"
                + "EmbeddedDocument)\\s*[,)].*")) {
            return Optional.of(header.contains("Document") ? "mongoengine" : "orm");
        }
        return Optional.empty();
    }

    /**
     * {@code class UserBase(SQLModel)} whose fields {@code class User(UserBase, table=True)} inherits: they are columns of
     * that table (full-stack-fastapi-template's models).
     */
    private static boolean isSqlModelTableBase(String holder, PythonTypes types) {
        // Only a header naming the holder and table=True can match: the pattern is built for those alone, rarely.
        List<String> candidates = types.tableHeaders().stream().filter(header -> header.contains(holder)).toList();
        if (candidates.isEmpty()) {
            return false;
        }
        Pattern table = Pattern.compile("(?s)class\\s+\\w+\\s*\\([^)]*\\b" + Pattern.quote(holder)
                + "\\b[^)]*\\btable\\s*=\\s*True");
        return candidates.stream().anyMatch(header -> table.matcher(header).find());
    }

    /**
     * What every field of a Python file asks of all the file's types, read once per file (its members' list, kept for
     * the last file on a thread): the Django models (holder and header of a type with a {@code models.} field) and the
     * class headers that may declare a SQLModel table ({@code table=True}).
     */
    private record PythonTypes(List<TypeMember> members, Set<String> djangoModels, List<String> tableHeaders) {

        private static final ThreadLocal<PythonTypes> LAST = new ThreadLocal<>();

        static PythonTypes of(List<TypeMember> members) {
            PythonTypes last = LAST.get();
            if (last != null && last.members == members) {
                return last;
            }
            Set<String> django = new java.util.HashSet<>();
            for (TypeMember member : members) {
                if (member.initializer().startsWith("models.")) {
                    django.add(member.holder() + "\n" + member.holderHeader());
                }
            }
            List<String> tables = members.stream().map(TypeMember::holderHeader).distinct()
                    .filter(header -> header.contains("True") && header.contains("table")).toList();
            PythonTypes read = new PythonTypes(members, Set.copyOf(django), tables);
            LAST.set(read);
            return read;
        }
    }
}
