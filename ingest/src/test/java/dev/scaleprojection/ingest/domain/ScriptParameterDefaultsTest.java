package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A destructured parameter's default in JavaScript or TypeScript is the default of a caller that passes none; a literal
 * coalesced with a function named for an environment variable, that variable's.
 */
class ScriptParameterDefaultsTest {

    private final HardcodedEndpointDetector detector = new HardcodedEndpointDetector();

    static Stream<Arguments> defaults() {
        return Stream.of(
                arguments("a React component's prop default (documenso's e-mail templates)", "packages/email/templates/confirm.tsx", """
                        export const ConfirmEmailTemplate = ({
                          confirmationLink,
                          assetBaseUrl = 'http://localhost:3002',
                        }: TemplateConfirmationEmailProps) => {
                          return <Body>{assetBaseUrl}</Body>;
                        };
                        """, "caller"),
                arguments("a function's destructured option", "src/client.js", """
                        export function createClient({ timeout, baseUrl = "http://orders.internal:8080" } = {}) {
                          return axios.create({ baseURL: baseUrl, timeout });
                        }
                        """, "caller"),
                arguments("an async arrow with a return type", "src/client.ts", """
                        const load = async ({ endpoint = 'https://search.internal/api' }: Options): Promise<Hit[]> => {
                          return fetch(endpoint).then((r) => r.json());
                        };
                        """, "caller"),
                arguments("a literal coalesced with a function named for the environment variable it reads (documenso)",
                        "packages/lib/server-only/auth/send-confirmation-email.ts", """
                        export const sendConfirmationEmail = async ({ userId }: Options) => {
                          const assetBaseUrl = NEXT_PUBLIC_WEBAPP_URL() || 'http://localhost:3000';
                          return render(assetBaseUrl);
                        };
                        """, "environment"),
                arguments("a literal coalesced with another function's value stays hard-coded", "src/app.ts", """
                        export function assetsUrl() {
                          return currentTheme() || 'http://cdn.internal/assets';
                        }
                        """, null),
                arguments("a default of a variable destructured from the module's options (documenso's mailchannels)",
                        "packages/email/transports/mailchannels.ts", """
                        export function create(options: Options) {
                          const { apiKey = '', endpoint = 'https://mail.internal/tx/v1/send' } = options;
                          return new Transport(apiKey, endpoint);
                        }
                        """, "configuration"),
                arguments("a variable destructured from an object other than the environment or options stays hard-coded",
                        "src/app.ts", """
                        const { endpoint = 'https://search.internal/api' } = response.data;
                        """, null),
                arguments("an object literal passed to a call stays hard-coded", "src/app.ts", """
                        const client = createClient({ baseUrl: 'http://orders.internal:8080' });
                        """, null));
    }

    @org.junit.jupiter.api.Test
    void aPageSizeDefaultOfADestructuredParameterStaysHardCodedTuning() {
        List<Finding> findings = new TuningDetector(new SnakeYamlParser()).detect(new SourceFile("packages/lib/server-only/find-documents.ts", """
                export const findDocuments = async ({ userId, page = 1, perPage = 10 }: FindDocumentsOptions) => {
                  return prisma.document.findMany({ where: { userId }, skip: (page - 1) * perPage, take: perPage });
                };
                """));

        assertThat(findings).extracting(Finding::kind).contains("configuration.hardcoded-tuning")
                .doesNotContain("configuration.configured-tuning");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("defaults")
    void aDestructuredParameterDefaultIsTheCallersFallback(String description, String path, String code, String overriddenBy) {
        List<Finding> findings = detector.detect(new SourceFile(path, code));

        assertThat(findings).filteredOn(f -> !f.kind().startsWith("scan.")).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(overriddenBy == null ? HardcodedEndpointDetector.HARDCODED
                    : HardcodedEndpointDetector.ENV_FALLBACK);
            assertThat(finding.attributes().get("overriddenBy")).isEqualTo(overriddenBy);
        });
    }
}
