package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
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
