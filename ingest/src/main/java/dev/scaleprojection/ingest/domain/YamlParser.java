package dev.scaleprojection.ingest.domain;

import java.util.List;

/**
 * Parses a YAML stream into one {@link TreeNode} per document. Implemented outside the domain (the scanner adapts a
 * YAML library), so the domain stays free of parser types. Aliases and merge keys come back resolved.
 */
@FunctionalInterface
public interface YamlParser {

    /** @throws MalformedDocumentException when the text is not well-formed YAML */
    List<TreeNode> parseAll(String content);
}
