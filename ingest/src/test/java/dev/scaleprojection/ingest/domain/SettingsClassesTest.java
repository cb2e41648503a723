package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A pydantic settings class's field default is the environment's fallback, also through a base class of the file. */
class SettingsClassesTest {

    private final HardcodedEndpointDetector detector = new HardcodedEndpointDetector();

    static Stream<Arguments> settings() {
        return Stream.of(
                arguments("a settings class extending another of the file that extends BaseSettings (mealie)", """
                        class AppLoggingSettings(BaseSettings):
                            LOG_LEVEL: str = "info"


                        class AppSettings(AppLoggingSettings):
                            BASE_URL: str = "http://localhost:8080"
                        """, HardcodedEndpointDetector.ENV_FALLBACK),
                arguments("two levels down", """
                        class Base(pydantic_settings.BaseSettings):
                            pass

                        class Middle(Base, Mixin):
                            pass

                        class Settings(Middle):
                            SEARCH_URL: str = "http://search.internal:9200"
                        """, HardcodedEndpointDetector.ENV_FALLBACK),
                arguments("a class extending a plain base class of the file stays hard-coded", """
                        from pydantic_settings import BaseSettings

                        class Defaults:
                            pass

                        class Client(Defaults):
                            BASE_URL: str = "http://search.internal:9200"
                        """, HardcodedEndpointDetector.HARDCODED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void aSettingsClassFieldDefaultIsItsEnvironmentFallback(String description, String code, String kind) {
        List<Finding> findings = detector.detect(new SourceFile("app/core/settings.py", code));

        assertThat(findings).filteredOn(f -> !f.kind().startsWith("scan.")).singleElement()
                .satisfies(finding -> assertThat(finding.kind()).isEqualTo(kind));
    }
}
