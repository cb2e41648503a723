package dev.scaleprojection.ingest.domain;

/**
 * A field, property or record component declared by a type, as the code writes it: the type that holds it and that
 * type's header (with its annotations), the member's name and declared type, the annotations and modifiers before it,
 * its initializer (without the {@code =}) and the offset of its name. Empty strings stand for what is not written.
 */
record TypeMember(String holder, String holderHeader, String name, String type, String annotations, String modifiers,
                  String initializer, int offset, boolean parameter) {

    boolean isStatic() {
        return Regexes.matches(modifiers, "(?s).*\\b(static|const|companion)\\b.*");
    }
}
