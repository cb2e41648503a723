package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A client call to a loopback URL on the port a sibling service serves on is a call to that sibling. */
class LoopbackCallsTest {

    private static final String CONVERSION = """
            package conversion;
            public class CurrencyConversionController {
                public CurrencyConversion convert() {
                    return restClient.get().uri("http://localhost:8000/currency-exchange/from/{from}/to/{to}", vars)
                            .retrieve().body(CurrencyConversion.class);
                }
            }
            """;
    private static final String EXCHANGE = "spring.application.name=currency-exchange\nserver.port=8000\n";

    /** Path, text pairs of the repository's files (a component is a path's first two folders), then the calls. */
    static Stream<Arguments> repositories() {
        return Stream.of(
                arguments("in28minutes: the sibling's application.properties serves on the port", List.of(
                        "course/conversion/src/main/java/Controller.java", CONVERSION,
                        "course/exchange/src/main/resources/application.properties", EXCHANGE),
                        List.of("conversion -> currency-exchange restclient")),
                arguments("a sibling's application.yml serves on the port; without a name, the component's", List.of(
                        "course/conversion/src/main/java/Controller.java", CONVERSION,
                        "course/exchange/src/main/resources/application.yml", "server:\n  port: ${PORT:8000}\n"),
                        List.of("conversion -> exchange restclient")),
                arguments("nobody serves on the port: the URL is only a hard-coded endpoint", List.of(
                        "course/conversion/src/main/java/Controller.java", CONVERSION,
                        "course/exchange/src/main/resources/application.properties", "server.port=8001\n"),
                        List.of()),
                arguments("the caller serves on the port itself: no call to another service", List.of(
                        "course/conversion/src/main/java/Controller.java", CONVERSION,
                        "course/conversion/src/main/resources/application.properties", "server.port=8000\n",
                        "course/exchange/src/main/resources/application.properties", EXCHANGE),
                        List.of()),
                arguments("a profile's port is no port the service serves on everywhere", List.of(
                        "course/conversion/src/main/java/Controller.java", CONVERSION,
                        "course/exchange/src/main/resources/application-local.properties", EXCHANGE),
                        List.of()),
                arguments("copies per chapter: the copy beside the caller", List.of(
                        "course/conversion/src/main/java/Controller.java", CONVERSION,
                        "course/exchange/src/main/resources/application.properties", EXCHANGE,
                        "other/exchange/src/main/resources/application.properties",
                        "spring.application.name=old-exchange\nserver.port=8000\n"),
                        List.of("conversion -> currency-exchange restclient")),
                arguments("two different services equally near on the port: nobody", List.of(
                        "course/conversion/src/main/java/Controller.java", CONVERSION,
                        "course/exchange/src/main/resources/application.properties", EXCHANGE,
                        "course/rates/src/main/resources/application.properties", "spring.application.name=rates\nserver.port=8000\n"),
                        List.of()),
                arguments("a loopback URL that is no client call's argument calls nobody", List.of(
                        "course/conversion/src/main/java/Links.java",
                        "package conversion;\nclass Links { static final String HOME = \"http://localhost:8000/\"; }\n",
                        "course/exchange/src/main/resources/application.properties", EXCHANGE),
                        List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("repositories")
    void aLoopbackCallToASiblingsPortIsACallToTheSibling(String description, List<String> files, List<String> expected) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) {
            SourceFile file = new SourceFile(files.get(i), files.get(i + 1));
            findings.addAll(file.path().endsWith(".java") ? new InternalServiceCallDetector().detect(file)
                    : new ConfiguredEndpointDetector(new SnakeYamlParser()).detect(file));
        }

        List<Finding> resolved = LoopbackCalls.resolve(findings, LoopbackCallsTest::component);

        assertThat(resolved).noneSatisfy(finding -> assertThat(finding.kind()).startsWith("scan."));
        assertThat(resolved).filteredOn(finding -> finding.kind().equals(InternalServiceCallDetector.SYNC_CALL))
                .extracting(call -> component(call).name() + " -> " + call.attribute("value")).containsExactlyElementsOf(expected);
    }

    private static Component component(Finding finding) {
        String[] folders = finding.path().split("/");
        return new Component(folders[1], folders[0] + "/" + folders[1], Optional.empty(), Optional.empty(), Optional.empty());
    }
}
