package dev.scaleprojection.classifier.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import dev.scaleprojection.classifier.domain.Evidence;
import dev.scaleprojection.classifier.domain.Fact;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Strings are stored as their UTF-8 bytes after their length + 1, whichever way the writer gets there. */
class StoreBytesTest {

    private static final String[] PIECES = {"a", "Z", "0", " ", "/", "\u0000", "\u007f", "é", "\u00ff", "→", "漢", "𝄞",
        "\ud800", "\udc00", "orders-service", "x".repeat(200)};

    @Test
    void writesEveryStringAsItsUtf8BytesAfterItsLength() {
        Random random = new Random(11);
        for (int i = 0; i < 20_000; i++) {
            String before = randomString(random);
            String value = randomString(random);
            String after = randomString(random);

            byte[] written = new StoreBytesWriter().string(before).string(value).string(after).bytes();

            assertThat(written).as("%s | %s | %s", before, value, after).isEqualTo(expected(before, value, after));
        }
    }

    @Test
    void readsBackWhatItWrote() {
        Random random = new Random(12);
        for (int i = 0; i < 5_000; i++) {
            String value = randomString(random).replace("\ud800", "").replace("\udc00", "");

            StoreBytesReader in = new StoreBytesReader(new StoreBytesWriter().string(value).string(null).bytes(), "a test value");

            assertThat(in.string()).isEqualTo(value);
            assertThat(in.string()).isNull();
        }
    }

    @Test
    void writesFactsThatShareTheirStringsAsFactsOfTheirOwn() {
        Random random = new Random(13);
        String[] repositories = {"shop", "shop-é"};
        String[] paths = {"orders/Repo.java", "orders/Api.java"};
        StoreBytesWriter shared = new StoreBytesWriter();
        java.util.List<Fact> facts = new java.util.ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            // the same instances again and again, and sometimes an equal string that is another instance
            String repository = random.nextInt(5) == 0 ? new String(repositories[0]) : repositories[random.nextInt(2)];
            Optional<String> commit = random.nextInt(4) == 0 ? Optional.empty() : Optional.of(random.nextBoolean() ? "abc" : "d→f");
            Fact fact = new Fact("fp" + i, random.nextBoolean() ? "endpoint.hardcoded" : "pii.stored",
                    new java.util.TreeMap<>(java.util.Map.of("k", wellFormed(random))),
                    new Evidence(repository, commit, paths[random.nextInt(2)], i, i + 1, wellFormed(random)));
            facts.add(fact);
            shared.fact(fact);
            assertThat(new StoreBytesReader(new StoreBytesWriter().fact(fact).bytes(), "a fact").fact()).isEqualTo(fact);
        }
        StoreBytesReader in = new StoreBytesReader(shared.bytes(), "facts");
        for (Fact fact : facts) {
            assertThat(in.fact()).isEqualTo(fact);
        }
        assertThat(in.hasMore()).isFalse();
    }

    /** Without lone surrogates, which UTF-8 cannot carry. */
    private static String wellFormed(Random random) {
        return randomString(random).replace("\ud800", "").replace("\udc00", "");
    }

    private static String randomString(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(random.nextInt(10) == 0 ? 40 : 6);
        boolean asciiOnly = random.nextBoolean();
        for (int i = 0; i < pieces; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            text.append(asciiOnly && piece.chars().anyMatch(c -> c >= 0x80) ? "q" : piece);
        }
        return text.toString();
    }

    /** The format byte, then each string as its length + 1 (a base-128 varint) and its UTF-8 bytes. */
    private static byte[] expected(String... values) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new StoreBytesWriter().bytes()[0]);
        for (String value : values) {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            int rest = utf8.length + 1;
            while (rest >= 0x80) {
                out.write((rest & 0x7F) | 0x80);
                rest >>>= 7;
            }
            out.write(rest);
            out.writeBytes(utf8);
        }
        return out.toByteArray();
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.EnumSource(dev.scaleprojection.domain.Level.class)
    void writesAnEnumConstantAsTheStringOfItsNameAndReadsItBack(dev.scaleprojection.domain.Level level) {
        byte[] written = new StoreBytesWriter(4).name(level).name(null).name(dev.scaleprojection.domain.Category.BLOCKING).bytes();

        assertThat(written).isEqualTo(new StoreBytesWriter().string(level.name()).string(null).string("BLOCKING").bytes());
        StoreBytesReader in = new StoreBytesReader(written, "a test value");
        assertThat(in.name(dev.scaleprojection.domain.Level.class)).isEqualTo(level);
    }
}
