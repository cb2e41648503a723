package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeywordAutomatonTest {

    @Test
    void findsExactlyTheWordsThatASearchOfTheLowerCasedTextFinds() {
        Random random = new Random(7);
        String alphabet = "abcAB.(_é";
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(12); w++) {
                words.add(randomText(random, alphabet, 1 + random.nextInt(4)));
            }
            KeywordAutomaton automaton = new KeywordAutomaton(words);
            String text = randomText(random, alphabet, random.nextInt(60));
            boolean[] present = automaton.find(text).words();
            boolean anyPresent = false;
            for (boolean one : present) {
                anyPresent |= one;
            }
            assertThat(automaton.any(text)).as("any of %s in %s", words, text).isEqualTo(anyPresent);
            for (String word : words) {
                int id = automaton.id(word);
                if (word.contains("é") || !word.equals(Mentions.asciiLowerCase(word))) {
                    assertThat(id).as(word).isEqualTo(-1);
                } else {
                    assertThat(present[id]).as("%s in %s", word, text)
                            .isEqualTo(Mentions.asciiLowerCase(text).contains(word));
                }
            }
        }
    }

    @Test
    void findsTheSameInTextBeyondIso8859One() {
        Random random = new Random(11);
        String alphabet = "abAB?é€\uD83D\uDE00";
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(8); w++) {
                words.add(randomText(random, alphabet, 1 + random.nextInt(4)));
            }
            KeywordAutomaton automaton = new KeywordAutomaton(words);
            String text = randomText(random, alphabet, random.nextInt(40));
            boolean[] present = automaton.find(text).words();
            for (String word : words) {
                int id = automaton.id(word);
                if (!word.chars().allMatch(c -> c < 128) || !word.equals(Mentions.asciiLowerCase(word))) {
                    assertThat(id).as(word).isEqualTo(-1);
                } else {
                    assertThat(present[id]).as("%s in %s", word, text)
                            .isEqualTo(Mentions.asciiLowerCase(text).contains(word));
                }
            }
        }
    }

    @Test
    void notesEveryStartOfTheLocatedWordsThatRepeatedSearchesOfTheLowerCasedTextFind() {
        Random random = new Random(13);
        String alphabet = "abcAB.é€\uD83D\uDE00";
        for (int round = 0; round < 400; round++) {
            List<String> words = new ArrayList<>();
            for (int w = 0; w < 1 + random.nextInt(8); w++) {
                words.add(randomText(random, "abc.", 1 + random.nextInt(4)));
            }
            List<String> located = words.subList(0, 1 + random.nextInt(words.size()));
            KeywordAutomaton automaton = new KeywordAutomaton(words, located);
            // long texts too: the walks read what they reached every stretch of steps
            String text = randomText(random, alphabet, random.nextInt(round % 4 == 0 ? 6000 : 80));
            KeywordsFound found = automaton.find(text);
            String lower = Mentions.asciiLowerCase(text);
            for (String word : located) {
                List<Integer> expected = new ArrayList<>();
                for (int i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) {
                    expected.add(i);
                }
                assertThat(found.starts(automaton.slot(word))).as("%s in %s", word, text)
                        .containsExactly(expected.stream().mapToInt(Integer::intValue).toArray());
                assertThat(found.words()[automaton.id(word)]).isEqualTo(!expected.isEmpty());
            }
        }
    }

    @Test
    void findsAWordWhereverItSitsAgainstTheMiddleOfTheText() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("connection", "pool", "x"));
        for (int length = 10; length <= 40; length++) {
            for (int at = 0; at + "Connection".length() <= length; at++) {
                String text = ".".repeat(at) + "Connection" + ".".repeat(length - at - "Connection".length());
                boolean[] present = automaton.find(text).words();
                assertThat(present[automaton.id("connection")]).as(text).isTrue();
                assertThat(present[automaton.id("pool")]).as(text).isFalse();
                assertThat(present[automaton.id("x")]).as(text).isFalse();
            }
        }
        assertThat(automaton.find("").words()[automaton.id("x")]).isFalse();
        assertThat(automaton.find("X").words()[automaton.id("x")]).isTrue();
        assertThat(automaton.find("€X").words()[automaton.id("x")]).isTrue();
    }

    @Test
    void findsOverlappingAndNestedWords() {
        KeywordAutomaton automaton = new KeywordAutomaton(List.of("he", "she", "his", "hers", "meterregistry", "meter"));
        boolean[] present = automaton.find("ushers use a meterregistry").words();
        assertThat(present[automaton.id("he")]).isTrue();
        assertThat(present[automaton.id("she")]).isTrue();
        assertThat(present[automaton.id("hers")]).isTrue();
        assertThat(present[automaton.id("his")]).isFalse();
        assertThat(present[automaton.id("meter")]).isTrue();
        assertThat(present[automaton.id("meterregistry")]).isTrue();
        assertThat(automaton.id("absent")).isEqualTo(-1);
    }

    @Test
    void answersForAFileLikeASearchOfItsLowerCasedContentIncludingWordsOutsideTheAutomaton() {
        SourceFile file = new SourceFile("src/App.java", "class App { MeterRegistry registry; int TimeOut = 3; }");
        assertThat(FileKeywords.contains(file, "meterregistry")).isTrue();
        assertThat(FileKeywords.contains(file, "timeout")).isTrue();
        assertThat(FileKeywords.contains(file, "tenant")).isFalse();
        assertThat(FileKeywords.contains(file, "registry;")).isTrue();
        assertThat(FileKeywords.containsAny(new SourceFile("a.py", "x = 1"), "tenant", "pool")).isFalse();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
