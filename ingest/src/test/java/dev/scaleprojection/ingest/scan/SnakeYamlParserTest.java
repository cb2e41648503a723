package dev.scaleprojection.ingest.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.ingest.domain.MalformedDocumentException;
import dev.scaleprojection.ingest.domain.TreeNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

class SnakeYamlParserTest {

    private final SnakeYamlParser parser = new SnakeYamlParser();

    @Test
    void keepsTheLineOfEveryKeyAndItem() {
        TreeNode.Mapping root = (TreeNode.Mapping) parser.parseAll("a: 1\nb:\n  - x\n  - y\nc: ~\n").get(0);

        assertThat(root.entries()).extracting(TreeNode.Entry::key, TreeNode.Entry::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", 1), org.assertj.core.groups.Tuple.tuple("b", 2),
                        org.assertj.core.groups.Tuple.tuple("c", 5));
        assertThat(((TreeNode.Sequence) root.get("b").orElseThrow()).items()).extracting(TreeNode::line).containsExactly(3, 4);
        assertThat(root.scalar("c")).contains("");
    }

    @ParameterizedTest(name = "{0} reads as \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "key: null|''", "key: Null|''", "key: NULL|''", "key: ~|''", "key:|''", "key: ''|''",
            "key: nulls|nulls", "key: nUll|nUll", "key: none|none", "key: ~x|~x", "key: \"null\"|null", "key: 'NULL'|NULL",
            "key: <<|<<", "key: <<<|<<<", "key: n|n", "key: 0|0", "key: true|true"})
    void readsNullOnlyFromAnEmptyValueATildeOrNullAndEveryOtherValueAsText(String yaml, String expected) {
        TreeNode.Mapping root = (TreeNode.Mapping) parser.parseAll(yaml).get(0);

        assertThat(root.scalar("key")).contains(expected);
    }

    @Test
    void resolvesNullAndTheMergeKeyAsSnakeYamlsPatternsOnGeneratedScalars() {
        SnakeYamlParser.ScalarsAsText resolver = new SnakeYamlParser.ScalarsAsText();
        Random random = new Random(11);
        String alphabet = "nulNUL~<< a\0x";
        for (int round = 0; round < 50_000; round++) {
            StringBuilder value = new StringBuilder();
            for (int length = random.nextInt(7); length > 0; length--) {
                value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String scalar = round % 10 == 0 ? List.of("", "~", "null", "Null", "NULL", "<<").get(round / 10 % 6) : value.toString();
            Tag expected = Resolver.NULL.matcher(scalar).matches() && !scalar.equals(" ") || Resolver.EMPTY.matcher(scalar).matches()
                    ? Tag.NULL : Resolver.MERGE.matcher(scalar).matches() ? Tag.MERGE : Tag.STR;

            assertThat(resolver.resolve(NodeId.scalar, scalar, true)).as("plain '%s'", scalar).isEqualTo(expected);
            assertThat(resolver.resolve(NodeId.scalar, scalar, false)).as("quoted '%s'", scalar).isEqualTo(Tag.STR);
        }
        assertThat(resolver.resolve(NodeId.mapping, null, true)).isEqualTo(Tag.MAP);
        assertThat(resolver.resolve(NodeId.sequence, null, true)).isEqualTo(Tag.SEQ);
    }

    @Test
    void anEmptyDocumentIsDroppedAndADoubleAngleKeyMerges() {
        assertThat(parser.parseAll("---\n---\na: 1\n")).hasSize(1);
        TreeNode.Mapping root = (TreeNode.Mapping) parser.parseAll("base: &b {x: 1}\none: {'<<': *b}\ntwo: {<<: *b}\n").get(0);
        assertThat(((TreeNode.Mapping) root.get("two").orElseThrow()).scalar("x")).contains("1");
    }

    @Test
    void resolvesMergeKeysWithExplicitKeysWinning() {
        String yaml = "base: &base\n  A: 1\n  B: 2\nsvc:\n  <<: *base\n  B: 3\n";

        TreeNode.Mapping svc = (TreeNode.Mapping) ((TreeNode.Mapping) parser.parseAll(yaml).get(0)).get("svc").orElseThrow();

        assertThat(svc.entries()).extracting(TreeNode.Entry::key).containsExactly("B", "A");
        assertThat(svc.scalar("B")).contains("3");
        assertThat(svc.entry("A").orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void aRepeatedKeyKeepsItsFirstPlaceWithTheLastValueAndLineInMappingsOfEverySize() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            int size = 1 + random.nextInt(24);
            StringBuilder yaml = new StringBuilder();
            Map<String, String[]> expected = new LinkedHashMap<>();
            for (int line = 1; line <= size; line++) {
                String key = random.nextInt(3) == 0 ? "k" + random.nextInt(4) : "key" + line;
                String value = "v" + line;
                yaml.append(key).append(": ").append(value).append('\n');
                expected.put(key, new String[] {value, Integer.toString(line)});
            }

            TreeNode.Mapping root = (TreeNode.Mapping) parser.parseAll(yaml.toString()).get(0);

            assertThat(root.entries()).extracting(TreeNode.Entry::key).as(yaml.toString()).containsExactlyElementsOf(expected.keySet());
            for (TreeNode.Entry entry : root.entries()) {
                assertThat(((TreeNode.Scalar) entry.value()).value()).isEqualTo(expected.get(entry.key())[0]);
                assertThat(entry.line()).isEqualTo(Integer.parseInt(expected.get(entry.key())[1]));
            }
        }
    }

    @Test
    void readsEveryDocumentOfAStream() {
        List<TreeNode> documents = parser.parseAll("a: 1\n---\nb: 2\n---\n");

        assertThat(documents).hasSize(2);
    }

    @Test
    void doesNotConstructCustomTags() {
        assertThat(parser.parseAll("x: !!javax.script.ScriptEngineManager [a]\ny: !Ref other\n")).hasSize(1);
    }

    @Test
    void reportsMalformedYamlWithWhereTheProblemIs() {
        assertThatThrownBy(() -> parser.parseAll("services:\n  web:\n    image: a\n  ports: - 80\n bad"))
                .isInstanceOf(MalformedDocumentException.class)
                .hasMessageMatching("malformed-yaml: .+ \\(line \\d+, column \\d+\\)");
    }

    @Test
    void refusesAliasBombs() {
        StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'k'; level++) {
            char previous = (char) (level - 1);
            bomb.append(level).append(": &").append(level).append(" [")
                    .append(("*" + previous + ", ").repeat(9)).append("*").append(previous).append("]\n");
        }

        assertThatThrownBy(() -> parser.parseAll(bomb.toString())).isInstanceOf(MalformedDocumentException.class);
    }
}
