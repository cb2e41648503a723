package dev.scaleprojection.ingest.scan;

import dev.scaleprojection.ingest.domain.MalformedDocumentException;
import dev.scaleprojection.ingest.domain.TreeNode;
import dev.scaleprojection.ingest.domain.YamlParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Adapts SnakeYAML to the domain's {@link YamlParser}: composes nodes and never constructs objects, so any tag is
 * harmless and allowed; drops empty documents; resolves merge keys ({@code <<: *defaults}, explicit keys winning), and keeps 1-based lines.
 * Alias bombs and deep nesting are bounded; any YAML error becomes a {@link MalformedDocumentException}.
 */
public final class SnakeYamlParser implements YamlParser {

    private static final int MAX_DEPTH = 64;
    /** Mappings up to this size are checked for repeated keys pair by pair. */
    private static final int SMALL = 12;
    /** One loader per thread: each document is composed by a parser of its own, the loader's settings only read. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(SnakeYamlParser::loader);

    private static Yaml loader() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setMaxAliasesForCollections(50);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setTagInspector(tag -> true);
        DumperOptions unused = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new ScalarsAsText());
    }

    @Override
    public List<TreeNode> parseAll(String content) {
        List<TreeNode> documents = new ArrayList<>();
        try {
            for (Node node : YAML.get().composeAll(new StringReader(content))) {
                if (node != null && !Tag.NULL.equals(node.getTag())) {
                    documents.add(convert(node, 0));
                }
            }
        } catch (YAMLException e) {
            throw new MalformedDocumentException("yaml", problem(e));
        }
        return documents;
    }

    /**
     * Every value is read as text ({@link ScalarNode#getValue}), so of YAML's implicit types only those this adapter asks
     * about are resolved: null (an empty document, an empty value) and the merge key. Numbers, booleans and timestamps,
     * each a regular expression tried on every plain scalar, are left as strings. The two left are told by comparing
     * the plain scalar with the few texts SnakeYAML's patterns accept ({@link Resolver#NULL}: {@code ~} and null in three
     * cases, the space never reaching them as a plain scalar's first character; {@link Resolver#EMPTY};
     * {@link Resolver#MERGE}): tried as patterns, every key such as {@code name} cost a matcher.
     */
    static final class ScalarsAsText extends Resolver {

        @Override
        protected void addImplicitResolvers() {
            // none: resolve tells null and the merge key itself
        }

        @Override
        public Tag resolve(NodeId kind, String value, boolean implicit) {
            if (kind != NodeId.scalar) {
                return super.resolve(kind, value, implicit);
            }
            if (!implicit) {
                return Tag.STR;
            }
            // by length first: most scalars are none of these, and are told so without a comparison
            return switch (value.length()) {
                case 0 -> Tag.NULL;
                case 1 -> value.equals("~") ? Tag.NULL : Tag.STR;
                case 2 -> value.equals("<<") ? Tag.MERGE : Tag.STR;
                case 4 -> value.equals("null") || value.equals("Null") || value.equals("NULL") ? Tag.NULL : Tag.STR;
                default -> Tag.STR;
            };
        }
    }

    private static TreeNode convert(Node node, int depth) {
        int line = node.getStartMark().getLine() + 1;
        if (depth > MAX_DEPTH) {
            return new TreeNode.Scalar("", line);
        }
        if (node instanceof MappingNode mapping) {
            return new TreeNode.Mapping(entries(mapping, depth), line);
        }
        if (node instanceof SequenceNode sequence) {
            List<TreeNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item, depth + 1));
            }
            return new TreeNode.Sequence(items, line);
        }
        ScalarNode scalar = (ScalarNode) node;
        return new TreeNode.Scalar(Tag.NULL.equals(scalar.getTag()) ? "" : scalar.getValue(), line);
    }

    /**
     * Explicit keys first in document order; merged keys ({@code <<}) fill in only what is not set explicitly. Most
     * mappings are small, with neither merge keys nor repeated keys: their entries are converted in order, no map made.
     */
    private static List<TreeNode.Entry> entries(MappingNode mapping, int depth) {
        List<NodeTuple> tuples = mapping.getValue();
        if (tuples.size() > SMALL || !plain(tuples)) {
            return entriesMerged(mapping, depth);
        }
        List<TreeNode.Entry> entries = new ArrayList<>(tuples.size());
        for (NodeTuple tuple : tuples) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                entries.add(new TreeNode.Entry(key.getValue(), key.getStartMark().getLine() + 1,
                        convert(tuple.getValueNode(), depth + 1)));
            }
        }
        return entries;
    }

    /** Whether no scalar key is a merge key or repeats an earlier one (which would keep its place, the later value). */
    private static boolean plain(List<NodeTuple> tuples) {
        String[] keys = new String[tuples.size()];
        int count = 0;
        for (NodeTuple tuple : tuples) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                String name = key.getValue();
                if (Tag.MERGE.equals(key.getTag()) || name.equals("<<")) {
                    return false;
                }
                for (int j = 0; j < count; j++) {
                    if (keys[j].equals(name)) {
                        return false;
                    }
                }
                keys[count++] = name;
            }
        }
        return true;
    }

    private static List<TreeNode.Entry> entriesMerged(MappingNode mapping, int depth) {
        Map<String, TreeNode.Entry> explicit = new LinkedHashMap<>();
        List<TreeNode.Entry> merged = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                continue;
            }
            if (Tag.MERGE.equals(key.getTag()) || key.getValue().equals("<<")) {
                merged.addAll(mergedEntries(tuple.getValueNode(), depth));
            } else {
                explicit.put(key.getValue(), new TreeNode.Entry(key.getValue(), key.getStartMark().getLine() + 1,
                        convert(tuple.getValueNode(), depth + 1)));
            }
        }
        List<TreeNode.Entry> entries = new ArrayList<>(explicit.values());
        for (TreeNode.Entry entry : merged) {
            if (!explicit.containsKey(entry.key())) {
                explicit.put(entry.key(), entry);
                entries.add(entry);
            }
        }
        return entries;
    }

    private static List<TreeNode.Entry> mergedEntries(Node value, int depth) {
        List<TreeNode.Entry> entries = new ArrayList<>();
        if (value instanceof MappingNode mapping) {
            entries.addAll(entries(mapping, depth + 1));
        } else if (value instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                if (item instanceof MappingNode mapping) {
                    entries.addAll(entries(mapping, depth + 1));
                }
            }
        }
        return entries;
    }

    private static String problem(YAMLException e) {
        if (e instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            Mark mark = marked.getProblemMark();
            String where = mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
            return marked.getProblem().strip() + where;
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
