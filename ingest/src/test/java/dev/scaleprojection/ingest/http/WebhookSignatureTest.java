package dev.scaleprojection.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebhookSignatureTest {

    private static final String BODY = "{\"ref\":\"refs/heads/main\"}";
    private static final WebhookSignature SIGNATURE = new WebhookSignature("It's a Secret to Everybody");

    @Test
    void acceptsGitHubsOwnExample() {
        // The example of GitHub's documentation on validating webhook deliveries.
        String header = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

        assertThat(SIGNATURE.verify(header, "Hello, World!".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(WebhookSignature.Verdict.VALID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            signed with the secret          | It's a Secret to Everybody | {"ref":"refs/heads/main"} | SIGNED     | VALID
            upper-case hex                  | It's a Secret to Everybody | {"ref":"refs/heads/main"} | UPPER      | VALID
            signed with another secret      | wrong secret               | {"ref":"refs/heads/main"} | SIGNED     | MISMATCH
            body tampered after signing     | It's a Secret to Everybody | {"ref":"refs/heads/evil"} | SIGNED     | MISMATCH
            no header                       | It's a Secret to Everybody | {"ref":"refs/heads/main"} | NULL       | MISSING
            empty header                    | It's a Secret to Everybody | {"ref":"refs/heads/main"} | EMPTY      | MISSING
            sha1 header                     | It's a Secret to Everybody | {"ref":"refs/heads/main"} | SHA1       | MALFORMED
            truncated digest                | It's a Secret to Everybody | {"ref":"refs/heads/main"} | TRUNCATED  | MALFORMED
            """)
    void judgesASignature(String description, String signerSecret, String deliveredBody, String header, WebhookSignature.Verdict expected) {
        String signed = WebhookSignature.sign(signerSecret, BODY.getBytes(StandardCharsets.UTF_8));
        String value = switch (header == null ? "NULL" : header) {
            case "SIGNED" -> signed;
            case "UPPER" -> "sha256=" + signed.substring(7).toUpperCase();
            case "EMPTY" -> "";
            case "SHA1" -> "sha1=" + signed.substring(7, 47);
            case "TRUNCATED" -> signed.substring(0, signed.length() - 2);
            default -> null;
        };

        assertThat(SIGNATURE.verify(value, deliveredBody.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    }

    @Test
    void refusesAnEmptySecretNamingTheSetting() {
        assertThatThrownBy(() -> new WebhookSignature(" ")).hasMessageStartingWith("webhook.secret:");
    }
}
