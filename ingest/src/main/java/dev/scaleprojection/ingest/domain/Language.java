package dev.scaleprojection.ingest.domain;

import java.util.Locale;
import java.util.Map;

/** The programming language of a source file, judged from its extension. */
public enum Language {
    JAVA, KOTLIN, PYTHON, JAVASCRIPT, TYPESCRIPT, GO, CSHARP, SCALA, RUBY, OTHER;

    private static final Map<String, Language> BY_EXTENSION = Map.ofEntries(
            Map.entry("java", JAVA), Map.entry("kt", KOTLIN), Map.entry("kts", KOTLIN),
            Map.entry("py", PYTHON), Map.entry("pyw", PYTHON),
            Map.entry("js", JAVASCRIPT), Map.entry("jsx", JAVASCRIPT), Map.entry("mjs", JAVASCRIPT), Map.entry("cjs", JAVASCRIPT),
            Map.entry("ts", TYPESCRIPT), Map.entry("tsx", TYPESCRIPT), Map.entry("mts", TYPESCRIPT), Map.entry("cts", TYPESCRIPT),
            Map.entry("go", GO), Map.entry("cs", CSHARP), Map.entry("scala", SCALA), Map.entry("sc", SCALA),
            Map.entry("rb", RUBY));

    public static Language of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot <= 0) {
            return OTHER;
        }
        return BY_EXTENSION.getOrDefault(name.substring(dot + 1).toLowerCase(Locale.ROOT), OTHER);
    }

    /** Languages whose comments start with {@code #} and whose blocks follow indentation. */
    public boolean isHashCommented() {
        return this == PYTHON || this == RUBY;
    }
}
