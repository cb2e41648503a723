package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class FileContentsTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    static Stream<Arguments> contents() {
        return Stream.of(
                Arguments.of("plain ASCII", "class A {}".getBytes(StandardCharsets.US_ASCII), Optional.of("class A {}")),
                Arguments.of("empty", new byte[0], Optional.of("")),
                Arguments.of("a NUL first", new byte[] {0, 'a'}, Optional.empty()),
                Arguments.of("a NUL in the last byte of the probe", withNulAt(8191, 9000), Optional.empty()),
                Arguments.of("a NUL just past the probe", withNulAt(8192, 9000), Optional.of("a".repeat(8192) + "\0" + "a".repeat(807))),
                Arguments.of("a NUL after multi-byte characters, within the first 8 KiB of bytes",
                        concat("é".repeat(4000).getBytes(StandardCharsets.UTF_8), new byte[] {0}), Optional.empty()),
                Arguments.of("a NUL past 8 KiB of bytes though before the 8,192nd character",
                        concat("é".repeat(4200).getBytes(StandardCharsets.UTF_8), new byte[] {0}),
                        Optional.of("é".repeat(4200) + "\0")),
                Arguments.of("bytes above 127 that are no NUL (Latin-1 text, decoded leniently)", new byte[] {'c', (byte) 0xE9, 'x'},
                        Optional.of("c\uFFFDx")),
                Arguments.of("a byte order mark, dropped", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'x'}, Optional.of("x")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contents")
    void readsTextAndSkipsWhatHasANulByteInItsFirst8KiB(String description, byte[] content, Optional<String> expected) {
        assertThat(FileContents.text("src/A.java", content, NO_LIMIT)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contents")
    void aFileIsReadAsItsBytesAreJudged(String description, byte[] content, Optional<String> expected, @TempDir Path folder)
            throws IOException {
        FileContents.Reader reader = new FileContents.Reader();
        reader.read(file(folder, "Big.java", "b".repeat(200_000).getBytes(StandardCharsets.US_ASCII)), NO_LIMIT);

        FileContents.Read read = reader.read(file(folder, "A.java", content), NO_LIMIT);

        assertThat(read.skipReason().isEmpty() ? Optional.of(read.text()) : Optional.empty()).isEqualTo(expected);
        assertThat(read.skipReason()).isEqualTo(expected.isPresent() ? Optional.empty() : Optional.of("binary"));
        assertThat(read.bytes()).isEqualTo(expected.isPresent() ? content.length : 0);
    }

    @Test
    void aFileLongerThanTheBufferIsReadWhole(@TempDir Path folder) throws IOException {
        String text = "x".repeat(150_000) + "é" + "y".repeat(100_000);

        FileContents.Read read = new FileContents.Reader().read(file(folder, "Long.java", text.getBytes(StandardCharsets.UTF_8)),
                NO_LIMIT);

        assertThat(read.text()).isEqualTo(text);
        assertThat(read.bytes()).isEqualTo(250_002);
    }

    @Test
    void aFileThatGrewPastTheLimitSinceItWasListedIsTooLarge(@TempDir Path folder) throws IOException {
        Path path = folder.resolve("A.java");
        Files.write(path, "a".repeat(2_000).getBytes(StandardCharsets.US_ASCII));

        FileContents.Read read = new FileContents.Reader().read(new RepositoryTree.File(path, "A.java", 10), 1_000);

        assertThat(read.skipReason()).contains("too-large");
    }

    @Test
    void aFolderInPlaceOfAFileIsUnreadableAsFilesReadsSayIt(@TempDir Path folder) throws IOException {
        IOException expected = null;
        try {
            Files.readAllBytes(folder);
        } catch (IOException e) {
            expected = e;
        }

        FileContents.Read read = new FileContents.Reader().read(new RepositoryTree.File(folder, "A.java", 0), NO_LIMIT);

        assertThat(read.skipReason()).contains("unreadable: " + expected.getClass().getSimpleName());
    }

    @Test
    void aFileThatGrewOrShrankSinceItWasListedIsReadWhole(@TempDir Path folder) throws IOException {
        Path path = folder.resolve("A.java");
        Files.write(path, "a".repeat(2_000).getBytes(StandardCharsets.US_ASCII));
        FileContents.Reader reader = new FileContents.Reader();

        FileContents.Read grown = reader.read(new RepositoryTree.File(path, "A.java", 10), NO_LIMIT);
        FileContents.Read shrunk = reader.read(new RepositoryTree.File(path, "A.java", 5_000), NO_LIMIT);

        assertThat(grown.text()).isEqualTo("a".repeat(2_000));
        assertThat(shrunk.text()).isEqualTo("a".repeat(2_000));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"logo.png, true", "img/Logo.PNG, true", "src/.png, true",
        "lib/app.jar, true", "web/app.js, false", "assets.png/readme, false", "notes., false", "Makefile, false",
        "a.b.c/data.tar.gz, true", "a.gz.txt, false"})
    void skipsAFileByTheExtensionAfterTheLastDotOfItsName(String path, boolean binary) {
        assertThat(FileContents.text(path, "text".getBytes(StandardCharsets.US_ASCII), NO_LIMIT).isEmpty()).isEqualTo(binary);
    }

    @Test
    void bytesAreBinaryExactlyWhenTheirFirst8KiBHoldANul() {
        // bytes that make multi-byte characters, malformed sequences and byte order marks around the NULs
        byte[] alphabet = {'a', '\n', 0, (byte) 0xC3, (byte) 0xA9, (byte) 0xE2, (byte) 0x82, (byte) 0xAC, (byte) 0xF0,
                (byte) 0x9F, (byte) 0x98, (byte) 0x80, (byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xFF, (byte) 0xC0};
        Random random = new Random(17);
        for (int sample = 0; sample < 3_000; sample++) {
            byte[] content = new byte[random.nextInt(sample % 3 == 0 ? 12_000 : 40)];
            int nulEvery = 1 + random.nextInt(20_000);
            for (int i = 0; i < content.length; i++) {
                byte b = alphabet[random.nextInt(alphabet.length)];
                content[i] = b == 0 && random.nextInt(nulEvery) != 0 ? (byte) 'a' : b;
            }

            Optional<String> text = FileContents.text("src/A.java", content, NO_LIMIT);

            assertThat(text).as(Arrays.toString(content)).isEqualTo(nulInFirst8KiB(content) ? Optional.empty()
                    : Optional.of(withoutByteOrderMark(new String(content, StandardCharsets.UTF_8))));
        }
    }

    private static boolean nulInFirst8KiB(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String withoutByteOrderMark(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static RepositoryTree.File file(Path folder, String name, byte[] content) throws IOException {
        Path path = folder.resolve(name);
        Files.write(path, content);
        return new RepositoryTree.File(path, name, content.length);
    }

    private static byte[] withNulAt(int index, int length) {
        byte[] content = new byte[length];
        Arrays.fill(content, (byte) 'a');
        content[index] = 0;
        return content;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }
}
