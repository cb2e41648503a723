package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One production source file ready for structural reading: its lexed text ({@link #code()} has comments and string
 * contents blanked), its declarations scanned once on first use, and the evidence a finding needs at an offset: the
 * line, the snippet and the anchor ({@code Type.method}, or {@code Type.member} outside functions), named the way
 * {@link Declarations} names it. The detectors that read code look at the same file one after another, so the last
 * file read on a thread is kept for the next one: a file is lexed once, not once per detector.
 */
final class CodeFile {

    private static final ThreadLocal<CodeFile> LAST_READ = new ThreadLocal<>();

    private final SourceFile file;
    private final LexedSource source;
    private List<Declarations.Scope> scopes;
    private List<TypeMember> members;
    private java.util.Map<String, List<String>> imports;

    private CodeFile(SourceFile file) {
        this.file = file;
        this.source = SourceLexer.lex(file);
    }

    /** The file as code, when it is production code in a language the lexer knows. */
    static Optional<CodeFile> production(SourceFile file) {
        CodeFile last = LAST_READ.get();
        if (last != null && last.file == file) {
            return Optional.of(last);
        }
        if (file.language() == Language.OTHER || file.role() != FileRole.PRODUCTION_CODE) {
            return Optional.empty();
        }
        return Optional.of(of(file));
    }

    static CodeFile of(SourceFile file) {
        CodeFile last = LAST_READ.get();
        if (last != null && last.file == file) {
            return last;
        }
        CodeFile read = new CodeFile(file);
        LAST_READ.set(read);
        return read;
    }

    SourceFile file() {
        return file;
    }

    String path() {
        return file.path();
    }

    Language language() {
        return file.language();
    }

    LexedSource source() {
        return source;
    }

    /** Comments and string contents blanked. */
    String code() {
        return source.code();
    }

    /** Comments blanked, string contents readable. */
    String uncommented() {
        return source.uncommented();
    }

    /**
     * Where the text (comments included) holds {@code word} (lower case) in any ASCII case: the offsets of its
     * occurrences, ascending, overlapping ones included ({@link FileKeywords#starts}).
     */
    int[] starts(String word) {
        return FileKeywords.starts(file, word);
    }

    /** Each imported name with the segments of its module, as {@link Imports#of} reads them; read once. */
    java.util.Map<String, List<String>> imports() {
        if (imports == null) {
            imports = Imports.of(this);
        }
        return imports;
    }

    /** Whether the text (comments included) mentions any of {@code words} (lower case): a test before a closer look. */
    boolean mentions(String... words) {
        return FileKeywords.containsAny(file, words);
    }

    /** {@link #mentions(String...)} of one word, without an array: detectors ask hundreds of words about each file. */
    boolean mentions(String word) {
        return FileKeywords.contains(file, word);
    }

    /** Every type and function of the file, outermost first. */
    List<Declarations.Scope> scopes() {
        if (scopes == null) {
            scopes = source.declarations(file.language()).scopes();
        }
        return scopes;
    }

    /** The fields and properties its types declare ({@link TypeMembers}), read once for all the detectors that ask. */
    List<TypeMember> members() {
        if (members == null) {
            members = TypeMembers.of(this);
        }
        return members;
    }

    /** The declarations around {@code offset}, outermost first. */
    List<Declarations.Scope> enclosing(int offset) {
        List<Declarations.Scope> enclosing = new ArrayList<>();
        for (Declarations.Scope scope : scopes()) {
            if (scope.start() > offset) {
                break;
            }
            if (scope.contains(offset)) {
                enclosing.add(scope);
            }
        }
        return enclosing;
    }

    /** Inside a test written into a production file: a type such as {@code FooTests}, a {@code test_…} function. */
    boolean insideTest(int offset) {
        return source.declarations(file.language()).insideTest(offset);
    }

    boolean insideFunction(int offset) {
        return enclosing(offset).stream().anyMatch(scope -> scope.kind() == Declarations.Kind.FUNCTION);
    }

    String anchor(int offset) {
        return anchor(offset, Optional.empty());
    }

    /**
     * Type names from the outside in, then the outermost function (a lambda belongs to its method); outside functions,
     * {@code member}. A record's components sit in both its body and its parameter list; the type is named once.
     */
    String anchor(int offset, Optional<String> member) {
        StringJoiner anchor = new StringJoiner(".");
        boolean inFunction = false;
        boolean anyFunction = false;
        String previous = "";
        for (Declarations.Scope scope : enclosing(offset)) {
            if (scope.isType()) {
                if (!scope.name().equals(previous)) {
                    anchor.add(scope.name());
                }
                previous = scope.name();
                inFunction = false;
            } else if (!inFunction) {
                anchor.add(scope.name());
                previous = scope.name();
                inFunction = true;
                anyFunction = true;
            }
        }
        if (!anyFunction) {
            member.ifPresent(anchor::add);
        }
        return anchor.toString();
    }

    /**
     * The anchor of {@code offset}; outside functions, with the member its statement declares
     * ({@code export const api = axios.create(…)} gives {@code api}).
     */
    String anchorOrMember(int offset) {
        if (insideFunction(offset)) {
            return anchor(offset);
        }
        StringLiteral here = new StringLiteral("", offset, offset, offset, line(offset), line(offset));
        return anchor(offset, CodeContext.of(source, file.language(), here).memberName());
    }

    /** The innermost type around {@code offset}. */
    Optional<Declarations.Scope> enclosingType(int offset) {
        List<Declarations.Scope> enclosing = enclosing(offset);
        for (int i = enclosing.size() - 1; i >= 0; i--) {
            if (enclosing.get(i).isType()) {
                return Optional.of(enclosing.get(i));
            }
        }
        return Optional.empty();
    }

    /** The outermost function around {@code offset}: a lambda belongs to its method. */
    Optional<Declarations.Scope> enclosingFunction(int offset) {
        return enclosing(offset).stream().filter(scope -> scope.kind() == Declarations.Kind.FUNCTION).findFirst();
    }

    /** Where configuration is kept: {@code config-class} or {@code config-module}, as {@link Holders} tells. */
    Optional<String> holder(int offset) {
        return Holders.of(file, enclosing(offset));
    }

    int line(int offset) {
        return source.lineAt(offset);
    }

    Finding finding(String kind, int offset, String anchor, Map<String, String> attributes) {
        return finding(kind, offset, offset, anchor, attributes);
    }

    /** A finding spanning the lines from {@code offset} to {@code endOffset}. */
    Finding finding(String kind, int offset, int endOffset, String anchor, Map<String, String> attributes) {
        int line = source.lineAt(offset);
        int endLine = Math.max(line, source.lineAt(endOffset));
        return new Finding(kind, Finding.SOURCE_CODE, file.path(), line, endLine,
                Snippets.around(source, offset, endLine), anchor, attributes);
    }
}
