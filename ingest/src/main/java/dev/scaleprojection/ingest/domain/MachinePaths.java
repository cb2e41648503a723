package dev.scaleprojection.ingest.domain;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes an absolute filesystem path that belongs to one machine inside a literal's text: a user's home, a
 * specific temporary file, a mounted volume or data folder, an install folder, another Windows drive, a network share.
 * A path rooted at a variable ({@code ${HOME}/x}, {@code {base}/x}), a bare root ({@code /tmp}) or a wildcard user
 * ({@code /home/*}) is not one; neither are system locations such as {@code /dev/null} or {@code /etc/hosts}.
 */
final class MachinePaths {

    /** Where on the machine a path points. */
    record MachinePath(String path, String os, String location, boolean ambiguousWithUrl, int start) {
    }

    private static final String SERVER = "[A-Za-z0-9][A-Za-z0-9._-]*";
    private static final String SEGMENT = "[A-Za-z0-9._@+-][^/\\\\\\s\"'`,;|()<>*?{}$%\\[\\]]*";
    static final Pattern UNIX = Pattern.compile("(?<![\\w.:/\\\\~$}{)%-])/(home|Users|root|tmp|mnt|media|Volumes|data"
            + "|srv|opt|var)((?:/" + SEGMENT + ")+)/?");
    /** {@code C:\\Users\\bob}, {@code D:/exports}; written with escaped or single backslashes; segments may hold spaces. */
    private static final String WINDOWS_SEGMENT = "[^\\\\/\"'`,;|()<>*?{}$%\\[\\]\\r\\n]+";
    static final Pattern WINDOWS = Pattern.compile("(?<![\\w/\\\\$}%])([A-Za-z]):(?:\\\\{1,2}|/)(" + WINDOWS_SEGMENT
            + "(?:(?:\\\\{1,2}|/)" + WINDOWS_SEGMENT + ")*)");
    /**
     * {@code \\\\server\\share}: a server name starts with a letter or digit ({@code \\\\.service\\.ts$} is a regular
     * expression), and the backslashes are escaped alike throughout, two and one as written raw, four and two in an
     * escaped literal: {@code "\\b\\d+"} in JavaScript is the regular expression {@code \b\d+} (highlight.js).
     */
    private static final Pattern SHARE = Pattern.compile("^(?:\\\\\\\\\\\\\\\\" + SERVER + "\\\\\\\\|\\\\\\\\" + SERVER
            + "\\\\(?!\\\\))([A-Za-z0-9.$_-]+)");
    private static final Pattern FILE_URL = Pattern.compile("\\bfile:(//)?");
    private static final String[] UNIX_ROOTS = {"home/", "Users/", "root/", "tmp/", "mnt/", "media/", "Volumes/", "data/",
        "srv/", "opt/", "var/"};
    private static final Set<String> VAR_DATA = Set.of("data", "lib", "opt", "www", "local", "backups", "backup", "uploads",
            "files", "cache", "spool", "log", "logs", "tmp", "folders", "db", "storage", "mail");
    private static final Set<String> PLACEHOLDER_USERS = Set.of("user", "username", "your-user", "yourname", "your_name",
            "youruser", "your-username", "<user>", "me", "someone", "example");

    private MachinePaths() {
    }

    /** The roots a Unix or macOS path of one machine starts with, and the start of a network share, in lower case. */
    private static final String[] ROOTS = {"/home/", "/users/", "/tmp/", "/mnt/", "/var/", "/data/", "/opt/", "/srv/",
        "/root/", "/media/", "/volumes/", "\\\\"};

    /**
     * A cheap test on a whole file before lexing it: does anything look like one of the roots at all? The roots are
     * among the words the file's keyword pass looks for (in any case, so a few files more are looked at closely).
     */
    static boolean mayHold(SourceFile file) {
        return FileKeywords.containsAny(file, ROOTS) || mayHoldDrive(file.content());
    }

    /** {@code C:\\} or {@code D:/x}: a letter alone before a colon, then a backslash or a single slash. */
    private static boolean mayHoldDrive(String text) {
        for (int i = text.indexOf(':', 1); i > 0 && i + 1 < text.length(); i = text.indexOf(':', i + 1)) {
            char after = text.charAt(i + 1);
            if ((after == '\\' || after == '/' && i + 2 < text.length() && text.charAt(i + 2) != '/')
                    && Character.isLetter(text.charAt(i - 1)) && (i < 2 || !Character.isLetterOrDigit(text.charAt(i - 2)))) {
                return true;
            }
        }
        return false;
    }

    static Optional<MachinePath> find(String value) {
        // Each pattern holds a character most values lack: "file:", a backslash, '/' or ':'; no match is sought without it.
        String text = value.contains("file:") ? FILE_URL.matcher(value).replaceAll(match -> " ".repeat(match.group().length()))
                : value;
        Matcher share = text.startsWith("\\\\") ? SHARE.matcher(text) : null;
        if (share != null && share.find()) {
            return Optional.of(new MachinePath(share.group(), "windows", "network-share", false, share.start()));
        }
        Matcher unix = mayHoldUnixRoot(text) ? UNIX.matcher(text) : null;
        while (unix != null && unix.find()) {
            String whole = unix.group();
            Optional<MachinePath> path = unix(unix.group(1), unix.group(2),
                    whole.endsWith("/") ? whole.substring(0, whole.length() - 1) : whole, unix.start());
            if (path.isPresent()) {
                return path;
            }
        }
        Matcher windows = mayHoldDriveLetter(text) ? WINDOWS.matcher(text) : null;
        if (windows != null && windows.find() && windows.group(2).chars().anyMatch(Character::isLetter)) {
            String segments = windows.group(2);
            int separator = 0;
            while (separator < segments.length() && segments.charAt(separator) != '\\' && segments.charAt(separator) != '/') {
                separator++;
            }
            // the first segment, as split("[\\\\/]+")[0] gave it: the group starts with a segment, never a separator
            String first = segments.substring(0, separator).strip();
            boolean home = first.equalsIgnoreCase("Users") || first.equalsIgnoreCase("Documents and Settings");
            return Optional.of(new MachinePath(windows.group().strip(), "windows", home ? "home" : "drive", false,
                    windows.start()));
        }
        return Optional.empty();
    }

    /** Every match of {@code UNIX} holds one of its roots between two slashes, as {@code /home/}. */
    static boolean mayHoldUnixRoot(String text) {
        for (int i = text.indexOf('/'); i >= 0; i = text.indexOf('/', i + 1)) {
            for (String root : UNIX_ROOTS) {
                if (text.startsWith(root, i + 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Every match of {@code WINDOWS} starts with a letter, ':' and a slash or backslash, the letter after none of the
     * characters its look-behind refuses ({@code http://} is refused at the 't' before the 'p').
     */
    static boolean mayHoldDriveLetter(String text) {
        for (int i = text.indexOf(':', 1); i > 0 && i + 1 < text.length(); i = text.indexOf(':', i + 1)) {
            char letter = text.charAt(i - 1);
            char before = i >= 2 ? text.charAt(i - 2) : ' ';
            if ((text.charAt(i + 1) == '\\' || text.charAt(i + 1) == '/') && (letter | 0x20) >= 'a' && (letter | 0x20) <= 'z'
                    && !(Character.isLetterOrDigit(before) && before < 128 || "_/\\$}%".indexOf(before) >= 0)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<MachinePath> unix(String root, String rest, String path, int start) {
        String[] segments = rest.substring(1).split("/");
        String first = segments[0];
        return switch (root) {
            case "home", "Users" -> PLACEHOLDER_USERS.contains(first.toLowerCase(java.util.Locale.ROOT))
                    || root.equals("Users") && first.equals("Shared") && segments.length == 1 ? Optional.empty()
                    : Optional.of(new MachinePath(path, root.equals("Users") ? "macos" : "unix", "home", false, start));
            case "root" -> Optional.of(new MachinePath(path, "unix", "home", false, start));
            case "tmp" -> Optional.of(new MachinePath(path, "unix", "temp", false, start));
            case "Volumes" -> Optional.of(new MachinePath(path, "macos", "volume", false, start));
            case "mnt", "media", "data", "srv" -> Optional.of(new MachinePath(path, "unix", "volume",
                    !root.equals("mnt"), start));
            case "opt" -> Optional.of(new MachinePath(path, "unix", "install", true, start));
            case "var" -> VAR_DATA.contains(first) && segments.length >= 2
                    ? Optional.of(new MachinePath(path, first.equals("folders") ? "macos" : "unix",
                            first.equals("tmp") || first.equals("folders") ? "temp" : "volume", false, start))
                    : Optional.empty();
            default -> Optional.empty();
        };
    }
}
