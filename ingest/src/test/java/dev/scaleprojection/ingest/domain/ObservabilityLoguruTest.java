package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.ObservabilityDetector.LOGGING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.scaleprojection.ingest.scan.SnakeYamlParser;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Loguru sets logging up where a Python project depends on it or its code configures its sinks. */
class ObservabilityLoguruTest {

    private final ObservabilityDetector detector = new ObservabilityDetector(new SnakeYamlParser());

    static Stream<Arguments> setups() {
        return Stream.of(
                arguments("loguru configured with its sinks (fastapi-realworld-example-app's settings)", "app/core/settings/app.py", """
                        from loguru import logger

                        class AppSettings(BaseAppSettings):
                            def configure_logging(self) -> None:
                                logger.configure(handlers=[{"sink": sys.stderr, "level": self.logging_level}])
                        """, Expected.of(LOGGING, 5, "AppSettings.configure_logging", "library", "loguru", "source", "code")),
                arguments("loguru in a Poetry project's dependencies", "pyproject.toml", """
                        [tool.poetry.dependencies]
                        python = "^3.9"
                        loguru = "^0.5.3"
                        """, Expected.of(LOGGING, 3, "loguru", "library", "loguru", "source", "dependency")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("setups")
    void reportsLoguruAsTheLoggingSetUp(String description, String path, String content, Expected expected) {
        assertThat(detector.detect(new SourceFile(path, content))).singleElement().matches(expected::matches, expected.toString());
    }

    static Stream<Arguments> traps() {
        return Stream.of(
                arguments("logging through loguru's default sink configures nothing", "app/services/articles.py", """
                        from loguru import logger

                        def publish(article):
                            logger.info("published {}", article.slug)
                        """),
                arguments("a winston logger's transport in JavaScript is no loguru", "server/log.js", """
                        const logger = winston.createLogger ? null : require("./base");
                        function init() { logger.add(new Console()); }
                        """),
                arguments("a package named for loguru is no loguru", "pyproject.toml", """
                        [tool.poetry.dependencies]
                        loguru-mypy = "^0.0.4"
                        """));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("traps")
    void reportsNoLoguruSetUpWhereNothingConfiguresIt(String description, String path, String code) {
        assertThat(detector.detect(new SourceFile(path, code))).isEmpty();
    }
}
