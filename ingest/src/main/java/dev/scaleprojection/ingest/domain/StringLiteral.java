package dev.scaleprojection.ingest.domain;

/**
 * A string literal found by {@link SourceLexer}: its raw content between the delimiters (escapes and interpolations kept
 * as written), where the whole literal starts and ends in the file, and where the content starts, so a position inside
 * the content maps back to a source line.
 */
public record StringLiteral(String value, int startOffset, int endOffset, int contentOffset, int startLine, int endLine) {

    public boolean isMultiLine() {
        return endLine > startLine;
    }
}
