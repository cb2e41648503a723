package dev.scaleprojection.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable identity of a finding: SHA-256 over kind, path, anchor, the normalized {@code value} attribute and the ordinal
 * among findings equal in all four. The line number is left out, so moving code keeps the fingerprint.
 */
public final class Fingerprints {

    private static final int HEX_LENGTH = 24;
    private static final HexFormat HEX = HexFormat.of();

    private Fingerprints() {
    }

    public static String of(Finding finding, int ordinal) {
        return fingerprint(sha256(), identity(finding), ordinal);
    }

    /**
     * Fingerprints for the findings of one file, in order; equal findings are numbered by their order in the list. Each
     * finding's identity is built once, and one digest serves the file: looked up per finding, it searched the security
     * providers each time.
     */
    public static List<String> ofAll(List<Finding> findings) {
        MessageDigest digest = sha256();
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String identity = identity(finding);
            int ordinal = seen.merge(identity, 1, Integer::sum) - 1;
            fingerprints.add(fingerprint(digest, identity, ordinal));
        }
        return List.copyOf(fingerprints);
    }

    private static String identity(Finding finding) {
        return String.join("\n", finding.kind(), finding.path(), finding.anchor(), value(finding));
    }

    /** The first {@link #HEX_LENGTH} hex digits of the digest of the identity and the ordinal, a line each. */
    private static String fingerprint(MessageDigest digest, String identity, int ordinal) {
        byte[] hash = digest.digest((identity + "\n" + ordinal).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(hash, 0, HEX_LENGTH / 2);
    }

    private static String value(Finding finding) {
        return Regexes.replaceAll(finding.attribute("value").strip(), "\\s+", " ");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
