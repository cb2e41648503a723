package dev.scaleprojection.ingest.scan;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one file for the detectors, or says why not: too large (checked before reading), binary (a known binary
 * extension, or a NUL byte in the first 8 KiB), unreadable. Text that is not valid UTF-8 is decoded leniently,
 * malformed bytes becoming U+FFFD, so a Latin-1 source file is still scanned; a byte order mark is dropped. The same
 * rules judge a version of a file read from git ({@link #text}).
 */
public final class FileContents {

    private static final int BINARY_PROBE = 8 * 1024;
    /** The options {@code FileChannel.open(path, READ)} builds a set of on every call. */
    private static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);
    private static final Set<String> BINARY_EXTENSIONS = Set.of("png", "jpg", "jpeg", "gif", "bmp", "ico", "webp", "tif",
            "tiff", "pdf", "zip", "gz", "tgz", "bz2", "xz", "7z", "rar", "jar", "war", "ear", "class", "so", "dll", "exe",
            "dylib", "bin", "o", "a", "lib", "pyc", "pyo", "whl", "egg", "mp3", "mp4", "mov", "avi", "wav", "ogg", "flac",
            "woff", "woff2", "ttf", "otf", "eot", "psd", "db", "sqlite", "sqlite3", "jks", "keystore", "p12", "pfx", "der",
            "parquet", "avro", "orc", "npy", "pkl", "h5", "onnx", "tflite", "wasm", "iso", "dmg", "deb", "rpm");

    record Read(String text, long bytes, Optional<String> skipReason) {

        static Read skipped(String reason) {
            return new Read("", 0, Optional.of(reason));
        }
    }

    private FileContents() {
    }

    /**
     * The text a scan reads from these bytes of the file at {@code path}; empty when a scan skips it (binary, larger than
     * {@code maxBytes}).
     */
    public static Optional<String> text(String path, byte[] content, long maxBytes) {
        return hasBinaryName(path) || content.length > maxBytes ? Optional.empty() : textual(content, content.length);
    }

    /**
     * Reads the files of one scan, one after another, into a buffer it keeps: a scan allocates no array per file. The
     * whole file is read, as it is now (it may have changed since it was listed), up to the first byte past the limit.
     * Not for two threads at once.
     */
    static final class Reader {

        private byte[] buffer = new byte[64 * 1024];

        Read read(RepositoryTree.File file, long maxBytes) {
            if (hasBinaryName(file.relative())) {
                return Read.skipped("binary");
            }
            if (file.size() > maxBytes) {
                return Read.skipped("too-large");
            }
            int length;
            try {
                length = readUpTo(file.path(), maxBytes == Long.MAX_VALUE ? maxBytes : maxBytes + 1, file.size());
            } catch (IOException e) {
                return Read.skipped("unreadable: " + e.getClass().getSimpleName());
            }
            if (length > maxBytes) {
                return Read.skipped("too-large");
            }
            Optional<String> text = textual(buffer, length);
            return text.isPresent() ? new Read(text.get(), length, Optional.empty()) : Read.skipped("binary");
        }

        /**
         * The file's first {@code limit} bytes (all of it when shorter), in the buffer; their number. Opened as
         * {@code Files.readAllBytes} opens it, so an unreadable file gives the same exception. A read that fills less
         * than it was given, once the file's listed size is read, is taken as the end of the file: a regular file reads
         * short only there, and the read that would say so is a system call per file (a tenth of the reading).
         */
        private int readUpTo(Path path, long limit, long listedSize) throws IOException {
            try (FileChannel channel = FileChannel.open(path, READ)) {
                int length = 0;
                while (length < limit) {
                    if (length == buffer.length) {
                        buffer = Arrays.copyOf(buffer, (int) Math.min(limit, Math.min(Integer.MAX_VALUE - 8, 2L * buffer.length)));
                    }
                    int wanted = (int) Math.min(buffer.length - length, limit - length);
                    int read = channel.read(ByteBuffer.wrap(buffer, length, wanted));
                    if (read < 0) {
                        break;
                    }
                    length += read;
                    if (read < wanted && length >= listedSize) {
                        break;
                    }
                }
                return length;
            }
        }
    }

    /** Whether the file name's extension, after its last dot, is a binary one; only the extension is copied. */
    private static boolean hasBinaryName(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/') && BINARY_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The decoded text of the first {@code length} bytes, or empty when they are binary: a NUL byte in the probe. A NUL
     * byte decodes to U+0000 and nothing else does (a malformed sequence never takes in a byte below 0x80), so only a
     * text holding U+0000 has its probe searched. The text, hot from decoding, is searched many bytes at a time with no
     * copy made; a binary file without a binary name is decoded before it is skipped, which few are.
     */
    private static Optional<String> textual(byte[] content, int length) {
        String text = decode(content, length);
        return text.indexOf(0) >= 0 && hasNul(content, length) ? Optional.empty() : Optional.of(text);
    }

    private static boolean hasNul(byte[] content, int length) {
        for (int i = 0, probed = Math.min(length, BINARY_PROBE); i < probed; i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Valid UTF-8 decodes the same strictly or leniently, so one lenient decoding (malformed bytes become U+FFFD) does
     * for both; a leading byte order mark is dropped.
     */
    private static String decode(byte[] content, int length) {
        String text = new String(content, 0, length, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
