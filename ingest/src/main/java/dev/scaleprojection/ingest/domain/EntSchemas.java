package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data in ent schemas, the Go entity framework (entgo.io): {@code func (Address) Fields() []ent.Field { return
 * []ent.Field{ field.String("mobile"), … } }} declares the columns of the Address entity (beer-shop's user service).
 * Each {@code field.<Type>("name")} in a schema's {@code Fields} is a stored field of the schema's type; the code ent
 * generates from it is generated code and not read.
 */
final class EntSchemas {

    private static final Pattern FIELDS = Pattern.compile("\\bfunc\\s*\\(\\s*(?:\\w+\\s+)?\\*?(\\w+)\\s*\\)\\s*Fields\\s*\\(\\s*\\)"
            + "\\s*\\[]\\s*ent\\.Field\\s*\\{");
    private static final Pattern FIELD = Pattern.compile("\\bfield\\s*\\.\\s*(\\w+)\\s*\\(\\s*\"(\\w+)\"");

    private EntSchemas() {
    }

    static List<Finding> of(CodeFile file, String context) {
        if (file.language() != Language.GO || !file.file().content().contains("entgo.io/ent")
                || !file.file().content().contains("ent.Field")) {
            return List.of();
        }
        String text = file.uncommented();
        List<Finding> findings = new ArrayList<>();
        Matcher schema = FIELDS.matcher(file.code());
        while (schema.find()) {
            int open = schema.end() - 1;
            String holder = schema.group(1);
            Matcher field = FIELD.matcher(text).region(open, Math.min(text.length(), Calls.closing(file.code(), open)));
            while (field.find()) {
                String name = field.group(2);
                PersonalData.kindOf(name, holder, field.group(1)).ifPresent(kind -> findings.add(file.finding(
                        PersonalDataDetector.STORED, field.start(), holder + "." + name,
                        PersonalDataDetector.attributes(kind, name, holder, context, "store", "ent"))));
            }
        }
        return findings;
    }
}
