package dev.scaleprojection.ingest.domain;

import java.util.List;

/**
 * Separates comments, string literals and code, per language family: C-like languages (Java, Kotlin, Scala, C#,
 * JavaScript, TypeScript, Go) and hash-commented ones (Python, Ruby). Anything else comes back as code without literals.
 * The detectors look at one file after another on a thread, so the last few results are kept per thread (keyed by the
 * identity of the text and the language): a file is lexed once, not once per detector.
 */
public final class SourceLexer {

    private static final int KEPT = 4;
    private static final int RENEWED = 1024;
    private static final int RENEWED_CAPACITY = 64 * 1024;
    private static final ThreadLocal<Recent> RECENT = ThreadLocal.withInitial(Recent::new);

    /** The last {@link #KEPT} lexings of this thread, replaced in turn, and the builders its lexings write into. */
    private static final class Recent {
        private final String[] texts = new String[KEPT];
        private final Language[] languages = new Language[KEPT];
        private final LexedSource[] results = new LexedSource[KEPT];
        private int next;
        private StringBuilder code = new StringBuilder();
        private StringBuilder uncommented = new StringBuilder();
        private int served;

        LexedSource get(String text, Language language) {
            for (int i = 0; i < KEPT; i++) {
                if (texts[i] == text && languages[i] == language) {
                    return results[i];
                }
            }
            return null;
        }

        void put(String text, Language language, LexedSource result) {
            texts[next] = text;
            languages[next] = language;
            results[next] = result;
            next = (next + 1) % KEPT;
        }

        /**
         * The lexing of {@code text} into the builders kept from file to file: a kept builder is written over in memory
         * the cache holds, where a new one is zeroed first and its string copied from colder memory. One that took a
         * character beyond ISO 8859-1 keeps two bytes a character for good, so the two are made anew after a text that
         * widened them in a comment or a literal (where the lexer sees every character), every {@link #RENEWED} files
         * for one widened elsewhere, and after a large file, so that a thread keeps no pair grown past
         * {@link #RENEWED_CAPACITY} characters.
         */
        LexedSource lex(String text, Language language) {
            LexerOutput output = new LexerOutput(text, code, uncommented);
            switch (language) {
                case PYTHON, RUBY -> new HashCommentLexer(text, language, output).lex();
                default -> new CLikeLexer(text, language, output).lex();
            }
            LexedSource lexed = output.finish(language);
            if (output.widened() || ++served == RENEWED || code.capacity() > RENEWED_CAPACITY) {
                code = new StringBuilder(Math.min(code.capacity(), RENEWED_CAPACITY));
                uncommented = new StringBuilder(code.capacity());
                served = 0;
            }
            return lexed;
        }
    }

    private SourceLexer() {
    }

    public static LexedSource lex(SourceFile file) {
        return lex(file.content(), file.language());
    }

    public static LexedSource lex(String text, Language language) {
        Recent recent = RECENT.get();
        LexedSource known = recent.get(text, language);
        if (known == null) {
            known = lexOnce(text, language, recent);
            recent.put(text, language, known);
        }
        return known;
    }

    private static LexedSource lexOnce(String text, Language language, Recent recent) {
        if (language == Language.OTHER) {
            // nothing is blanked: the text is its own code, with no copy of it made
            return new LexedSource(text, text, text, List.of(), LexedSource.lineStarts(text), language);
        }
        return recent.lex(text, language);
    }
}
