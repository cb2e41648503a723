package dev.scaleprojection.classifier.domain;

import java.util.Locale;

/**
 * An entity's name as rules compare it: letters and digits only, in lower case, with a plural ending read as the
 * singular, so that {@code PERSISTENCEUSER}, {@code persistence_user} and {@code PersistenceUsers} are one entity, and
 * {@code Members} is {@code Member}. A table and the class mapped to it are usually named so; names that differ in any
 * other way stay apart.
 */
final class EntityName {

    private EntityName() {
    }

    static String normalised(String name) {
        StringBuilder letters = new StringBuilder(name.length());
        name.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        return singular(letters.toString().toLowerCase(Locale.ROOT));
    }

    /** The singular of a name's last word, by the endings English plurals of entity names take. */
    private static String singular(String name) {
        if (name.endsWith("people")) {
            return name.substring(0, name.length() - "people".length()) + "person";
        }
        if (name.endsWith("ies") && name.length() > 4) {
            return name.substring(0, name.length() - 3) + "y";
        }
        if (name.endsWith("sses") || name.endsWith("xes") || name.endsWith("ches") || name.endsWith("shes")) {
            return name.substring(0, name.length() - 2);
        }
        if (name.endsWith("s") && !name.endsWith("ss") && !name.endsWith("us") && !name.endsWith("is") && name.length() > 3) {
            return name.substring(0, name.length() - 1);
        }
        return name;
    }
}
