package dev.scaleprojection.ingest.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Hibernate or NHibernate mapping file ({@code Policy.hbm.xml}): the properties of each mapped class, held by the
 * class, or by the component that groups them inside it ({@code <component name="PolicyHolder">}, asc-lab's
 * dotnetcore-microservices-poc). Comments are removed first; lines are 1-based.
 */
final class HibernateMappings {

    private static final Pattern TAG = Pattern.compile(
            "<(/?)(class|subclass|joined-subclass|union-subclass|component|dynamic-component|property)\\b([^>]*?)(/?)>");
    private static final Pattern NAME = Pattern.compile("\\bname\\s*=\\s*\"([^\"]+)\"");

    private HibernateMappings() {
    }

    static boolean isMapping(String lowerName) {
        return lowerName.endsWith(".hbm.xml");
    }

    static List<SchemaDocuments.Field> fields(String text) {
        String clean = SchemaDocuments.withoutXmlComments(text);
        int[] lines = LexedSource.lineStarts(clean);
        Deque<String> holders = new ArrayDeque<>();
        List<SchemaDocuments.Field> fields = new ArrayList<>();
        Matcher tag = TAG.matcher(clean);
        while (tag.find()) {
            boolean property = tag.group(2).equals("property");
            if (!tag.group(1).isEmpty()) {
                if (!property && !holders.isEmpty()) {
                    holders.pop();
                }
                continue;
            }
            Matcher name = NAME.matcher(tag.group(3));
            String named = name.find() ? name.group(1) : "";
            if (property && !named.isEmpty() && !holders.isEmpty() && !holders.peek().isEmpty()) {
                fields.add(new SchemaDocuments.Field(holders.peek(), named, "",
                        LexedSource.lineAt(lines, tag.start(3) + name.start(1))));
            } else if (!property && tag.group(4).isEmpty()) {
                holders.push(simpleName(named));
            }
        }
        return fields;
    }

    /** {@code PolicyService.Domain.Policy, PolicyService} and {@code com.acme.Policy} are both {@code Policy}. */
    private static String simpleName(String name) {
        String type = name.contains(",") ? name.substring(0, name.indexOf(',')).strip() : name;
        return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }
}
