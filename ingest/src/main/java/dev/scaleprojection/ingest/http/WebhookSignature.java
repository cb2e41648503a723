package dev.scaleprojection.ingest.http;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks a GitHub-style webhook signature: the {@code X-Hub-Signature-256} header must be {@code sha256=} and the hex
 * HMAC-SHA256 of the raw body under the shared secret. The comparison takes the same time wherever the bytes differ.
 */
public final class WebhookSignature {

    public static final String HEADER = "X-Hub-Signature-256";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern FORMAT = Pattern.compile("sha256=[0-9a-fA-F]{64}");

    /** What a request's signature turned out to be. */
    public enum Verdict { VALID, MISSING, MALFORMED, MISMATCH }

    private final byte[] secret;

    public WebhookSignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("webhook.secret: the webhook secret must not be empty");
        }
        this.secret = secret.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    public Verdict verify(String header, byte[] body) {
        if (header == null || header.isBlank()) {
            return Verdict.MISSING;
        }
        String value = header.strip();
        if (!FORMAT.matcher(value).matches()) {
            return Verdict.MALFORMED;
        }
        byte[] given = HexFormat.of().parseHex(value.substring("sha256=".length()).toLowerCase(java.util.Locale.ROOT));
        return MessageDigest.isEqual(hmac(secret, body), given) ? Verdict.VALID : Verdict.MISMATCH;
    }

    /** The header value a sender with {@code secret} puts on {@code body}. */
    public static String sign(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(hmac(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8), body));
    }

    private static byte[] hmac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime provides HmacSHA256", e);
        }
    }
}
