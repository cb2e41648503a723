package dev.scaleprojection.ingest.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    /** The line that ends the identity of the first among equal findings. */
    private static final byte[] FIRST = "\n0".getBytes(StandardCharsets.UTF_8);

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
        String[] fingerprints = new String[findings.size()];
        for (int i = 0; i < fingerprints.length; i++) {
            String identity = identity(findings.get(i));
            int ordinal = seen.merge(identity, 1, Integer::sum) - 1;
            fingerprints[i] = fingerprint(digest, identity, ordinal);
        }
        return List.of(fingerprints);
    }

    private static String identity(Finding finding) {
        return finding.kind() + "\n" + finding.path() + "\n" + finding.anchor() + "\n" + value(finding);
    }

    /**
     * The first {@link #HEX_LENGTH} hex digits of the digest of the identity and the ordinal, a line each; the identity
     * is digested as it is, with no copy of it that ends with the ordinal.
     */
    private static String fingerprint(MessageDigest digest, String identity, int ordinal) {
        digest.update(identity.getBytes(StandardCharsets.UTF_8));
        digest.update(ordinal == 0 ? FIRST : ("\n" + ordinal).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest.digest(), 0, HEX_LENGTH / 2);
    }

    /** The {@code value} attribute, looked up once (most findings have one). */
    private static String value(Finding finding) {
        String value = finding.attributes().get("value");
        return value == null ? "" : Regexes.replaceAll(value.strip(), "\\s+", " ");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
