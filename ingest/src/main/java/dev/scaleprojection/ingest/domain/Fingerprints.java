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

    private Fingerprints() {
    }

    public static String of(Finding finding, int ordinal) {
        String identity = String.join("\n", finding.kind(), finding.path(), finding.anchor(), value(finding),
                Integer.toString(ordinal));
        return HexFormat.of().formatHex(sha256(identity)).substring(0, HEX_LENGTH);
    }

    /** Fingerprints for the findings of one file, in order; equal findings are numbered by their order in the list. */
    public static List<String> ofAll(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            String identity = String.join("\n", finding.kind(), finding.path(), finding.anchor(), value(finding));
            int ordinal = seen.merge(identity, 1, Integer::sum) - 1;
            fingerprints.add(of(finding, ordinal));
        }
        return List.copyOf(fingerprints);
    }

    private static String value(Finding finding) {
        return Regexes.replaceAll(finding.attribute("value").strip(), "\\s+", " ");
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
