package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The words detectors test files for before a closer look are answered by the one keyword pass per file: a word
 * outside it costs a search of every file it is asked about (saleor's {@code "table("} did).
 */
class FileKeywordsTest {

    private static final Path DOMAIN = Path.of("src/main/java/dev/scaleprojection/ingest/domain");
    /** The words written out in a call: {@code file.mentions("a", "b")}, {@code containsAny(file, "a")}. */
    private static final Pattern ASKED = Pattern.compile(
            "\\b(?:mentions|containsAny|containsAnyIgnoreCase)\\(\\s*(?:\\w+\\s*,\\s*)?((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*,?\\s*)+)");
    private static final Pattern WORD = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyWordADetectorAsksInItsSourceIsAnsweredByTheKeywordPass() throws IOException {
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.list(DOMAIN)) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher call = ASKED.matcher(Files.readString(source));
                while (call.find()) {
                    Matcher word = WORD.matcher(call.group(1));
                    while (word.find()) {
                        asked.add(word.group(1).replace("\\\\", "\\"));
                    }
                }
            }
        }

        assertThat(asked).as("words asked in the sources").contains("table(", "getenv", "static", "tenant");
        assertThat(asked).allSatisfy(word -> assertThat(FileKeywords.inThePass(word)).as(word).isTrue());
    }

    @Test
    void answersAsASearchOfTheLowerCasedFileWould() {
        SourceFile file = new SourceFile("app/models.py", "users = Table('users', metadata)\nimport os\nos.GetEnv('X')\n");

        assertThat(FileKeywords.contains(file, "table(")).isTrue();
        assertThat(FileKeywords.contains(file, "getenv")).isTrue();
        assertThat(FileKeywords.contains(file, "environ")).isFalse();
        assertThat(FileKeywords.contains(file, "not a keyword of the pass")).isFalse();
    }
}
