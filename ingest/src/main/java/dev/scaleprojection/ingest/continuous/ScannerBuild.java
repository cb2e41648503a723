package dev.scaleprojection.ingest.continuous;

import dev.scaleprojection.ingest.scan.RepositoryScanner;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which build of the scanner is running: a digest of the compiled classes and resources of the ingest module (its jar,
 * or its class folder in a build), so that the same code gives the same id on every machine and any change to a
 * detector gives another. A saved scan made by another build is no base for a rescan of the changed files alone, nor a
 * reason to skip an unchanged head: the facts of the files that did not change would be the old scanner's.
 */
public final class ScannerBuild {

    private static final Logger LOG = LoggerFactory.getLogger(ScannerBuild.class);
    private static final String PREFIX = "dev/scaleprojection/ingest/";
    /** When the module's classes cannot be read (an unusual class loader): every build then looks the same, as before. */
    static final String UNKNOWN = "unknown";
    private static final String CONSEQUENCE = "saved scans are taken as this build's, so after an upgrade unchanged"
            + " repositories are not scanned again in full (remove the data dir's ingest-state folder to rescan them)";
    private static final String ID = digest();

    private ScannerBuild() {
    }

    /** The id of this build: 16 hexadecimal digits, or {@link #UNKNOWN}. */
    public static String id() {
        return ID;
    }

    private static String digest() {
        try {
            Path location = Path.of(RepositoryScanner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Map<String, byte[]> entries = Files.isDirectory(location) ? folderEntries(location) : jarEntries(location);
            if (entries.isEmpty()) {
                LOG.warn("The scanner's classes were not found at {}: {}", location, CONSEQUENCE);
                return UNKNOWN;
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            entries.forEach((name, bytes) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(bytes);
            });
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | RuntimeException e) {
            LOG.warn("The scanner's classes could not be read ({}): {}", e.toString(), CONSEQUENCE);
            return UNKNOWN;
        }
    }

    private static Map<String, byte[]> folderEntries(Path folder) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        Path base = folder.resolve(PREFIX);
        if (!Files.isDirectory(base)) {
            return entries;
        }
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                entries.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        return entries;
    }

    private static Map<String, byte[]> jarEntries(Path jar) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : file.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(PREFIX)).toList()) {
                try (InputStream in = file.getInputStream(entry)) {
                    entries.put(entry.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }
}
