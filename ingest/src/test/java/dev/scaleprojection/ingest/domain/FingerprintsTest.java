package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintsTest {

    private static final String BEFORE = """
            package shop;
            class OrderRepository {
                void connect() {
                    open("jdbc:postgresql://db.internal:5432/orders");
                }
            }
            """;
    private static final String AFTER = """
            package shop;

            import java.sql.Connection;

            // Moved down by an import and a comment.
            class OrderRepository {
                void connect() {
                    open("jdbc:postgresql://db.internal:5432/orders");
                }
            }
            """;

    private static Finding onlyFinding(String content) {
        return new HardcodedEndpointDetector().detect(new SourceFile("src/main/java/shop/OrderRepository.java", content))
                .get(0);
    }

    @Test
    void keepsTheFingerprintWhenTheCodeMovesToAnotherLine() {
        Finding before = onlyFinding(BEFORE);
        Finding after = onlyFinding(AFTER);

        assertThat(before.startLine()).isEqualTo(4);
        assertThat(after.startLine()).isEqualTo(8);
        assertThat(Fingerprints.of(after, 0)).isEqualTo(Fingerprints.of(before, 0));
    }

    @Test
    void isTwentyFourHexCharacters() {
        assertThat(Fingerprints.of(onlyFinding(BEFORE), 0)).matches("[0-9a-f]{24}");
    }

    @Test
    void changesWithTheValueTheAnchorTheKindAndThePath() {
        Finding finding = onlyFinding(BEFORE);
        String original = Fingerprints.of(finding, 0);

        assertThat(Fingerprints.of(onlyFinding(BEFORE.replace("db.internal", "db2.internal")), 0)).isNotEqualTo(original);
        assertThat(Fingerprints.of(onlyFinding(BEFORE.replace("connect", "open")), 0)).isNotEqualTo(original);
        assertThat(Fingerprints.of(withKind(finding, "endpoint.env-fallback"), 0)).isNotEqualTo(original);
        assertThat(Fingerprints.of(withPath(finding, "other/OrderRepository.java"), 0)).isNotEqualTo(original);
    }

    @Test
    void numbersIdenticalFindingsByTheirOrderSoTheyStayDistinct() {
        String twice = BEFORE.replace("open(\"jdbc:postgresql://db.internal:5432/orders\");",
                "open(\"jdbc:postgresql://db.internal:5432/orders\");\n        open(\"jdbc:postgresql://db.internal:5432/orders\");");
        List<Finding> findings = new HardcodedEndpointDetector().detect(new SourceFile("src/main/java/shop/A.java", twice));

        List<String> fingerprints = Fingerprints.ofAll(findings);

        assertThat(fingerprints).hasSize(2).doesNotHaveDuplicates();
        assertThat(fingerprints.get(0)).isEqualTo(Fingerprints.of(findings.get(0), 0));
        assertThat(fingerprints.get(1)).isEqualTo(Fingerprints.of(findings.get(1), 1));
    }

    private static Finding withKind(Finding f, String kind) {
        return new Finding(kind, f.source(), f.path(), f.startLine(), f.endLine(), f.snippet(), f.anchor(), f.attributes());
    }

    private static Finding withPath(Finding f, String path) {
        return new Finding(f.kind(), f.source(), path, f.startLine(), f.endLine(), f.snippet(), f.anchor(), f.attributes());
    }
}
