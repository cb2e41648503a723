package dev.scaleprojection.ingest.domain;

import java.util.Objects;

/** One file of a repository: its repository-relative path (forward slashes) and its text. */
public record SourceFile(String path, String content) {

    public SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }

    public FileRole role() {
        return FileRoles.classify(path);
    }

    public Language language() {
        return Language.of(path);
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
}
