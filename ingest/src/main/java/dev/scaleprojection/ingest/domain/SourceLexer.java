package dev.scaleprojection.ingest.domain;

/**
 * Separates comments, string literals and code, per language family: C-like languages (Java, Kotlin, Scala, C#,
 * JavaScript, TypeScript, Go) and hash-commented ones (Python, Ruby). Anything else comes back as code without literals.
 */
public final class SourceLexer {

    private SourceLexer() {
    }

    public static LexedSource lex(SourceFile file) {
        return lex(file.content(), file.language());
    }

    public static LexedSource lex(String text, Language language) {
        LexerOutput output = new LexerOutput(text);
        switch (language) {
            case PYTHON, RUBY -> new HashCommentLexer(text, language, output).lex();
            case OTHER -> {
            }
            default -> new CLikeLexer(text, language, output).lex();
        }
        return output.finish();
    }
}
