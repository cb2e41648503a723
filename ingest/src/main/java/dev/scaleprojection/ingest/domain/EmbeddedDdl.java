package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Personal data in the columns of SQL DDL that a program runs from its string literals: {@code "CREATE TABLE Customer ("
 * + "  Name varchar(50)," + …} (pitstop's Dapper repositories), a Go raw string given to {@code db.Exec}, a Java text
 * block. Literals that follow one another with nothing but {@code +} and space between are read as one script; each
 * column is reported at the line of the literal that declares it, {@code store} sql.
 */
final class EmbeddedDdl {

    private static final Pattern JOINER = Pattern.compile("[\\s+@$]*");

    private EmbeddedDdl() {
    }

    static boolean mayHold(CodeFile file) {
        return file.mentions("create table");
    }

    static List<Finding> columns(CodeFile file, String context) {
        List<StringLiteral> literals = file.source().literals();
        String code = file.code();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < literals.size(); i++) {
            StringLiteral first = literals.get(i);
            if (!Regexes.matches(first.value(), "(?is).*\\bcreate\\s+table\\b.*") || file.insideTest(first.startOffset())) {
                continue;
            }
            StringBuilder script = new StringBuilder();
            List<Integer> sourceLines = new ArrayList<>();
            int last = i;
            append(script, sourceLines, first);
            // a literal nested in the script's interpolation (`${f("payment")}`) starts before the script ends: no sequel
            while (last + 1 < literals.size() && literals.get(last + 1).startOffset() >= literals.get(last).endOffset()
                    && JOINER.matcher(code.substring(literals.get(last).endOffset(), literals.get(last + 1).startOffset())).matches()) {
                last++;
                script.append('\n');
                append(script, sourceLines, literals.get(last));
            }
            String[] lines = script.toString().split("\n", -1);
            for (SchemaDocuments.Field field : SchemaDocuments.sql(script.toString())) {
                if (!PersonalDataDetector.isFlag(field, lines[field.line() - 1])) {
                    add(file, context, findings, field, sourceLines.get(field.line() - 1));
                }
            }
            i = last;
        }
        return findings;
    }

    private static void append(StringBuilder script, List<Integer> sourceLines, StringLiteral literal) {
        String value = literal.value();
        int line = literal.startLine();
        sourceLines.add(line);
        for (int at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) {
            sourceLines.add(++line);
        }
        script.append(value);
    }

    private static void add(CodeFile file, String context, List<Finding> findings, SchemaDocuments.Field field, int line) {
        PersonalData.kindOf(field.name(), field.holder(), "").ifPresent(kind -> {
            Map<String, String> attributes = PersonalDataDetector.attributes(kind, field.name(), field.holder(),
                    field.contextOr(context), "store", "sql");
            int offset = file.source().lineStart(line);
            String text = file.source().codeLine(line);
            offset += text.length() - text.stripLeading().length();
            findings.add(file.finding(PersonalDataDetector.STORED, offset, field.holder() + "." + field.name(), attributes));
        });
    }
}
