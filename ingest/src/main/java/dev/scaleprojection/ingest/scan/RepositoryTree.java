package dev.scaleprojection.ingest.scan;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The files of a work tree, walked without following symbolic links: tool and dependency folders are not entered
 * (.git, node_modules, target, build, dist, out, vendor, virtual environments, caches, IDE folders, and bin/obj next
 * to a .NET project); links are reported as skipped, outside-tree ones separately from in-tree duplicates.
 */
final class RepositoryTree {

    private static final Set<String> EXCLUDED_FOLDERS = Set.of(".git", "node_modules", "target", "build", "dist", "out",
            "vendor", ".venv", "venv", "__pycache__", ".idea", ".gradle", ".tox", ".mypy_cache", ".pytest_cache", ".next",
            ".nuxt", ".terraform", ".svn", ".hg", "bower_components", ".cache");
    private static final Set<String> DOTNET_OUTPUT_FOLDERS = Set.of("bin", "obj");

    record File(Path path, String relative, long size) {
    }

    record Listing(List<File> files, List<SkippedFile> skipped) {
    }

    private RepositoryTree() {
    }

    static Listing list(Path realRoot) throws IOException {
        List<File> files = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        Files.walkFileTree(realRoot, EnumSet.noneOf(java.nio.file.FileVisitOption.class), Integer.MAX_VALUE,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                        if (dir.equals(realRoot)) {
                            return FileVisitResult.CONTINUE;
                        }
                        String name = dir.getFileName().toString();
                        boolean excluded = EXCLUDED_FOLDERS.contains(name)
                                || DOTNET_OUTPUT_FOLDERS.contains(name.toLowerCase(Locale.ROOT)) && nextToDotnetProject(dir);
                        return excluded ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        String relative = relative(realRoot, file);
                        if (attributes.isSymbolicLink()) {
                            skipped.add(new SkippedFile(relative, symlinkReason(realRoot, file)));
                        } else if (attributes.isRegularFile()) {
                            files.add(new File(file, relative, attributes.size()));
                        } else {
                            // a named pipe, socket or device: reading it could block or never end
                            skipped.add(new SkippedFile(relative, "not-a-regular-file"));
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        skipped.add(new SkippedFile(relative(realRoot, file), "unreadable: " + message(e)));
                        return FileVisitResult.CONTINUE;
                    }
                });
        // a lambda of its own: the shared one of Comparator.comparing calls its key extractor without inlining it
        files.sort((a, b) -> a.relative().compareTo(b.relative()));
        return new Listing(files, skipped);
    }

    /**
     * The path below the root, with '/' between names. A walk of the root names each file by its folder's path, the
     * separator and its own name, so the root's text is cut off rather than the path relativized name by name.
     */
    static String relative(Path root, Path file) {
        String rootText = root.toString();
        String fileText = file.toString();
        String separator = root.getFileSystem().getSeparator();
        int start = rootText.endsWith(separator) ? rootText.length() : rootText.length() + separator.length();
        boolean below = fileText.length() > start && fileText.startsWith(rootText) && fileText.startsWith(separator, start - separator.length());
        return (below ? fileText.substring(start) : root.relativize(file).toString()).replace('\\', '/');
    }

    static String message(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }

    private static String symlinkReason(Path realRoot, Path link) {
        try {
            return link.toRealPath().startsWith(realRoot) ? "symlink-duplicate" : "symlink-outside-tree";
        } catch (NoSuchFileException e) {
            return "symlink-broken";
        } catch (IOException e) {
            return "unreadable: " + message(e);
        }
    }

    private static boolean nextToDotnetProject(Path folder) {
        try (Stream<Path> siblings = Files.list(folder.getParent())) {
            return siblings.map(p -> p.getFileName().toString().toLowerCase(Locale.ROOT))
                    .anyMatch(n -> n.endsWith(".csproj") || n.endsWith(".fsproj") || n.endsWith(".vbproj"));
        } catch (IOException e) {
            return false;
        }
    }
}
