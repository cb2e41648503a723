package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.OPA_POLICY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RegoPolicyDetectorTest {

    private final RegoPolicyDetector detector = new RegoPolicyDetector();

    static Stream<Arguments> policies() {
        return Stream.of(
                arguments("rules, defaults, functions and decisions", "policy/kubernetes/admission.rego", """
                        # Admission rules for the shop cluster.
                        package kubernetes.admission

                        import rego.v1

                        default allow := false

                        allow if {
                            input.request.kind.kind == "Pod"
                            not privileged
                        }

                        deny contains msg if {
                            some container in input.request.object.spec.containers
                            not container.resources.limits
                            msg := sprintf("%v has no limits # really", [container.name])
                        }

                        privileged if input.request.object.spec.hostNetwork

                        is_admin(user) := user in data.admins
                        # violation[msg] { true }
                        """, List.of(Expected.of(OPA_POLICY, 2, "package kubernetes.admission", "package", "kubernetes.admission",
                        "rules", "allow,deny,is_admin,privileged", "decisions", "allow,deny"))),
                arguments("Rego v0 partial rules", "opa/authz.rego", """
                        package httpapi.authz
                        violation[msg] {
                          input.method == "DELETE"
                          msg := "no deletes"
                        }
                        """, List.of(Expected.of(OPA_POLICY, 1, "package httpapi.authz", "rules", "violation",
                        "decisions", "violation"))),
                arguments("a policy test", "policy/admission_test.rego", "package kubernetes.admission\ntest_allow if { allow }\n",
                        List.of()),
                arguments("no package", "policy/fragment.rego", "# nothing here\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("policies")
    void reportsThePolicyAtItsPackage(String description, String path, String content, List<Expected> expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i)).matches(expected.get(i)::matches, expected.get(i).toString());
        }
    }
}
