package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.scan.FileContents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * What changed in a git work tree between two commits, read with JGit: the paths added, modified and deleted (a
 * rename is a deletion and an addition), the content of a file at a commit, and every path of a commit's tree. Empty
 * when a commit is not in the local object store (e.g. a shallow clone that never had it).
 */
final class GitChanges {

    enum Kind { ADDED, MODIFIED, DELETED }

    record Change(String path, Kind kind) {
    }

    private GitChanges() {
    }

    static Optional<List<Change>> between(Path workTree, String fromCommit, String toCommit) {
        try (Repository repository = open(workTree); ObjectReader reader = repository.newObjectReader();
             RevWalk walk = new RevWalk(reader)) {
            Optional<RevCommit> from = commit(walk, repository, fromCommit);
            Optional<RevCommit> to = commit(walk, repository, toCommit);
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            CanonicalTreeParser oldTree = new CanonicalTreeParser(null, reader, from.get().getTree());
            CanonicalTreeParser newTree = new CanonicalTreeParser(null, reader, to.get().getTree());
            try (TreeWalk tree = new TreeWalk(reader)) {
                tree.setRecursive(true);
                tree.setFilter(TreeFilter.ANY_DIFF);
                tree.addTree(oldTree);
                tree.addTree(newTree);
                List<Change> changes = new ArrayList<>();
                for (DiffEntry entry : DiffEntry.scan(tree)) {
                    switch (entry.getChangeType()) {
                        case ADD -> changes.add(new Change(entry.getNewPath(), Kind.ADDED));
                        case DELETE -> changes.add(new Change(entry.getOldPath(), Kind.DELETED));
                        case MODIFY -> changes.add(new Change(entry.getNewPath(), Kind.MODIFIED));
                        case RENAME, COPY -> {
                            if (entry.getChangeType() == DiffEntry.ChangeType.RENAME) {
                                changes.add(new Change(entry.getOldPath(), Kind.DELETED));
                            }
                            changes.add(new Change(entry.getNewPath(), Kind.ADDED));
                        }
                    }
                }
                return Optional.of(List.copyOf(changes));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The text of {@code path} at {@code commit} as a scan reads it ({@link FileContents#text}); an empty text where a
     * scan skips it (binary, larger than {@code maxBytes}, judged by the object's size before it is loaded), as a skipped
     * file gives a scan nothing either; empty when it is not there or cannot be read.
     */
    static Optional<String> contentAt(Path workTree, String commit, String path, long maxBytes) {
        try (Repository repository = open(workTree); RevWalk walk = new RevWalk(repository)) {
            Optional<RevCommit> revision = commit(walk, repository, commit);
            if (revision.isEmpty()) {
                return Optional.empty();
            }
            try (TreeWalk tree = TreeWalk.forPath(repository, path, revision.get().getTree())) {
                if (tree == null) {
                    return Optional.empty();
                }
                ObjectLoader loader = repository.open(tree.getObjectId(0));
                if (loader.getSize() > maxBytes) {
                    return Optional.of("");
                }
                return Optional.of(FileContents.text(path, loader.getBytes(), maxBytes).orElse(""));
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Every file path of the tree of {@code commit}. */
    static Optional<List<String>> paths(Path workTree, String commit) {
        try (Repository repository = open(workTree); RevWalk walk = new RevWalk(repository)) {
            Optional<RevCommit> revision = commit(walk, repository, commit);
            if (revision.isEmpty()) {
                return Optional.empty();
            }
            List<String> paths = new ArrayList<>();
            try (TreeWalk tree = new TreeWalk(repository)) {
                tree.addTree(revision.get().getTree());
                tree.setRecursive(true);
                while (tree.next()) {
                    paths.add(tree.getPathString());
                }
            }
            return Optional.of(List.copyOf(paths));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Repository open(Path workTree) throws IOException {
        return new FileRepositoryBuilder().setWorkTree(workTree.toFile()).setMustExist(true).build();
    }

    private static Optional<RevCommit> commit(RevWalk walk, Repository repository, String id) throws IOException {
        ObjectId objectId = ObjectId.fromString(id);
        if (!repository.getObjectDatabase().has(objectId)) {
            return Optional.empty();
        }
        return Optional.of(walk.parseCommit(objectId));
    }
}
