package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The records and their fields declared by schema documents: SQL DDL ({@code CREATE TABLE} columns and
 * {@code ALTER TABLE … ADD COLUMN}), protobuf messages (fields of {@code oneof} groups included, nested messages as
 * their own holders), Avro IDL records, Prisma models, JPA mapping files (orm.xml) and Avro JSON schemas (through
 * {@link JsonTree}). Comments are removed first; lines are 1-based.
 */
final class SchemaDocuments {

    /**
     * A field of a record, table or message, with the line of its name, and the SQL schema that qualifies its table
     * ({@code payments} of {@code [payments].[Payers]}), empty where none or a default one ({@code dbo}, {@code public}).
     */
    record Field(String holder, String name, String type, int line, String schema) {

        Field(String holder, String name, String type, int line) {
            this(holder, name, type, line, "");
        }

        /** The schema a DDL table is created in names its bounded context; otherwise the file's place does. */
        String contextOr(String context) {
            return schema.isEmpty() ? context : schema;
        }
    }

    /** Schemas every table lives in unless told otherwise: they name no context. */
    private static final Set<String> DEFAULT_SCHEMAS = Set.of("dbo", "public", "main", "sys", "information_schema");

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)\\bCREATE\\s+(?:(?:GLOBAL|LOCAL)\\s+)?(?:(?:TEMPORARY|TEMP"
            + "|UNLOGGED|VIRTUAL)\\s+)?TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?("
            + "(?:[\"`\\[]?[\\w$]+[\"`\\]]?\\s*\\.\\s*)*[\"`\\[]?[\\w$]+[\"`\\]]?)\\s*\\(");
    private static final Pattern ADD_COLUMN = Pattern.compile("(?i)\\bALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?(?:ONLY\\s+)?"
            + "((?:[\"`\\[]?[\\w$]+[\"`\\]]?\\s*\\.\\s*)*[\"`\\[]?[\\w$]+[\"`\\]]?)\\s+ADD\\s+(?:COLUMN\\s+)?"
            + "(?:IF\\s+NOT\\s+EXISTS\\s+)?"
            + "[\"`\\[]?([\\w$]+)[\"`\\]]?\\s+([\\w]+)");
    private static final Pattern COLUMN = Pattern.compile("\\s*[\"`\\[]?([\\w$]+)[\"`\\]]?\\s+([\\w]+)?");
    private static final Set<String> NOT_COLUMNS = Set.of("CONSTRAINT", "PRIMARY", "FOREIGN", "UNIQUE", "CHECK", "INDEX", "KEY",
            "EXCLUDE", "PERIOD", "LIKE", "FULLTEXT", "SPATIAL");
    private static final Pattern BLOCK = Pattern.compile("\\b(message|record|model|oneof|enum|service|error)\\s+(\\w+)\\s*\\{");
    private static final Pattern PROTO_FIELD = Pattern.compile(
            "\\s*(?:(?:repeated|optional|required)\\s+)?([\\w.]+(?:\\s*<[^>]*>)?)\\s+(\\w+)\\s*=\\s*\\d+.*", Pattern.DOTALL);
    private static final Pattern IDL_FIELD = Pattern.compile("\\s*(.+?)\\s+`?(\\w+)`?\\s*(?:=.*)?", Pattern.DOTALL);
    private static final Pattern ANNOTATION = Pattern.compile("@\\w+(\\s*\\([^)]*\\))?");
    private static final Pattern PRISMA_FIELD = Pattern.compile("(?m)^\\s*(\\w+)\\s+([\\w]+[\\[\\]?]*)");

    private static final Pattern ORM_CLASS = Pattern.compile(
            "<(?:entity|embeddable|mapped-superclass)\\s[^>]*?\\bclass\\s*=\\s*\"([\\w.$]+)\"");
    private static final Pattern ORM_ATTRIBUTE = Pattern.compile(
            "<(?:basic|id|element-collection)\\s[^>]*?\\bname\\s*=\\s*\"(\\w+)\"");
    private static final Pattern XML_COMMENT = Pattern.compile("(?s)<!--.*?-->");

    private SchemaDocuments() {
    }

    /** A JPA mapping file ({@code META-INF/orm.xml}): the basic attributes of each entity, embeddable and mapped superclass. */
    static List<Field> ormXml(String text) {
        String clean = withoutXmlComments(text);
        int[] lines = LexedSource.lineStarts(clean);
        List<Field> fields = new ArrayList<>();
        Matcher type = ORM_CLASS.matcher(clean);
        List<Integer> starts = new ArrayList<>();
        List<String> holders = new ArrayList<>();
        while (type.find()) {
            starts.add(type.start());
            String name = type.group(1);
            holders.add(name.substring(Math.max(name.lastIndexOf('.'), name.lastIndexOf('$')) + 1));
        }
        Matcher attribute = ORM_ATTRIBUTE.matcher(clean);
        int holder = -1;
        while (attribute.find()) {
            while (holder + 1 < starts.size() && starts.get(holder + 1) < attribute.start()) {
                holder++;
            }
            if (holder >= 0) {
                fields.add(new Field(holders.get(holder), attribute.group(1), "", LexedSource.lineAt(lines, attribute.start(1))));
            }
        }
        return fields;
    }

    /** The XML text with its comments blanked, lines kept. */
    static String withoutXmlComments(String text) {
        Matcher comment = XML_COMMENT.matcher(text);
        StringBuilder clean = new StringBuilder(text);
        while (comment.find()) {
            for (int i = comment.start(); i < comment.end(); i++) {
                if (clean.charAt(i) != '\n') {
                    clean.setCharAt(i, ' ');
                }
            }
        }
        return clean.toString();
    }

    static List<Field> sql(String text) {
        String clean = withoutSqlComments(text);
        int[] lines = LexedSource.lineStarts(clean);
        List<Field> fields = new ArrayList<>();
        Matcher table = CREATE_TABLE.matcher(clean);
        while (table.find()) {
            String name = unquote(table.group(1));
            String schema = schemaOf(table.group(1));
            int open = table.end() - 1;
            int close = Calls.closing(clean, open);
            for (int[] item : Calls.arguments(clean, open, close)) {
                Matcher column = COLUMN.matcher(clean).region(item[0], item[1]);
                if (column.lookingAt() && !NOT_COLUMNS.contains(column.group(1).toUpperCase(Locale.ROOT))) {
                    fields.add(new Field(name, column.group(1), column.group(2) == null ? "" : column.group(2),
                            LexedSource.lineAt(lines, column.start(1)), schema));
                }
            }
        }
        Matcher added = ADD_COLUMN.matcher(clean);
        while (added.find()) {
            fields.add(new Field(unquote(added.group(1)), added.group(2), added.group(3), LexedSource.lineAt(lines,
                    added.start(2)), schemaOf(added.group(1))));
        }
        return fields;
    }

    /** Fields of protobuf messages, Avro IDL records or Prisma models, by the block keyword that declares them. */
    static List<Field> blocks(String text, String keyword) {
        LexedSource source = SourceLexer.lex(text, Language.JAVA);
        String code = source.code();
        List<Field> fields = new ArrayList<>();
        Matcher block = BLOCK.matcher(code);
        while (block.find()) {
            if (block.group(1).equals(keyword)) {
                int open = block.end() - 1;
                fieldsOf(source, block.group(2), open, Calls.closing(code, open), keyword, fields);
            }
        }
        return fields;
    }

    private static void fieldsOf(LexedSource source, String holder, int open, int close, String keyword, List<Field> fields) {
        String code = source.code();
        if (keyword.equals("model")) {
            Matcher field = PRISMA_FIELD.matcher(code).region(open + 1, close);
            while (field.find()) {
                if (!field.group(1).startsWith("@")) {
                    fields.add(new Field(holder, field.group(1), field.group(2), source.lineAt(field.start(1))));
                }
            }
            return;
        }
        int start = open + 1;
        for (int i = open + 1; i < close; i++) {
            char c = code.charAt(i);
            if (c == '{') {
                int end = Calls.closing(code, i);
                Matcher nested = Pattern.compile("(oneof|union)\\s*(\\w+)?\\s*$").matcher(code.substring(start, i));
                if (nested.find() && nested.group(1).equals("oneof")) {
                    fieldsOf(source, holder, i, end, keyword, fields);
                    start = end + 1;
                }
                i = end;
            } else if (c == ';') {
                field(source, holder, start, i, keyword, fields);
                start = i + 1;
            }
        }
    }

    private static void field(LexedSource source, String holder, int start, int end, String keyword, List<Field> fields) {
        String code = source.code();
        String statement = ANNOTATION.matcher(code.substring(start, end)).replaceAll(a -> " ".repeat(a.group().length()));
        if (statement.isBlank() || Regexes.matches(statement.strip(), "(option|reserved|extensions|message|enum|import)\\b.*")) {
            return;
        }
        Matcher field = (keyword.equals("message") ? PROTO_FIELD : IDL_FIELD).matcher(statement);
        if (field.matches()) {
            int at = start + field.start(2);
            fields.add(new Field(holder, field.group(2), field.group(1).strip(), source.lineAt(at)));
        }
    }

    /** Avro JSON: every field of every record, nested records included. */
    static List<Field> avro(TreeNode node) {
        List<Field> fields = new ArrayList<>();
        avro(node, fields, 0);
        return fields;
    }

    private static void avro(TreeNode node, List<Field> fields, int depth) {
        if (depth > 64) {
            return;
        }
        if (node instanceof TreeNode.Sequence sequence) {
            sequence.items().forEach(item -> avro(item, fields, depth + 1));
        } else if (node instanceof TreeNode.Mapping mapping) {
            if (mapping.scalar("type").filter("record"::equals).isPresent() && mapping.get("fields").orElse(null)
                    instanceof TreeNode.Sequence declared) {
                String holder = mapping.scalar("name").orElse("");
                for (TreeNode item : declared.items()) {
                    if (item instanceof TreeNode.Mapping field && field.scalar("name").isPresent()) {
                        int line = field.entry("name").map(TreeNode.Entry::line).orElse(field.line());
                        fields.add(new Field(holder, field.scalar("name").get(), field.scalar("type").orElse(""), line));
                        field.get("type").ifPresent(type -> avro(type, fields, depth + 1));
                    }
                }
            } else {
                mapping.entries().forEach(entry -> avro(entry.value(), fields, depth + 1));
            }
        }
    }

    /** SQL with {@code --} and {@code /* *&#47;} comments blanked, quoted strings kept, offsets unchanged. */
    static String withoutSqlComments(String text) {
        char[] chars = text.toCharArray();
        boolean quoted = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '-' && i + 1 < chars.length && chars[i + 1] == '-') {
                while (i < chars.length && chars[i] != '\n') {
                    chars[i++] = ' ';
                }
            } else if (!quoted && c == '/' && i + 1 < chars.length && chars[i + 1] == '*') {
                int end = text.indexOf("*/", i + 2);
                end = end < 0 ? chars.length : end + 2;
                for (; i < end; i++) {
                    if (chars[i] != '\n') {
                        chars[i] = ' ';
                    }
                }
                i--;
            }
        }
        return new String(chars);
    }

    /** {@code [payments].[Payers]} → payments, {@code shop.public.orders} → empty (a default schema), {@code orders} → empty. */
    private static String schemaOf(String qualifiedName) {
        int dot = qualifiedName.lastIndexOf('.');
        if (dot < 0) {
            return "";
        }
        String schema = unquote(qualifiedName.substring(0, dot)).toLowerCase(Locale.ROOT);
        return DEFAULT_SCHEMAS.contains(schema) ? "" : schema;
    }

    private static String unquote(String name) {
        String last = name.substring(name.lastIndexOf('.') + 1).strip();
        return Regexes.replaceAll(last, "[\"`\\[\\]]", "");
    }
}
