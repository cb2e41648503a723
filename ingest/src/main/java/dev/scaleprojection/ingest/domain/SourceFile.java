package dev.scaleprojection.ingest.domain;

import java.util.Objects;

/**
 * One file of a repository: its repository-relative path (forward slashes) and its text. Its role and language are
 * worked out from the path once, on first use: every detector asks.
 */
public final class SourceFile {

    private final String path;
    private final String content;
    private FileRole role;
    private Language language;

    public SourceFile(String path, String content) {
        this.path = Objects.requireNonNull(path, "path");
        this.content = Objects.requireNonNull(content, "content");
    }

    public String path() {
        return path;
    }

    public String content() {
        return content;
    }

    public FileRole role() {
        if (role == null) {
            role = FileRoles.classify(path);
        }
        return role;
    }

    public Language language() {
        if (language == null) {
            language = Language.of(path);
        }
        return language;
    }

    /** The file name without its folders. */
    public String name() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** The folder holding the file, "" for the repository root. */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceFile file && path.equals(file.path) && content.equals(file.content);
    }

    @Override
    public int hashCode() {
        return 31 * path.hashCode() + content.hashCode();
    }

    @Override
    public String toString() {
        return "SourceFile[path=" + path + ", content=" + content + "]";
    }
}
