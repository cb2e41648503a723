package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorFactKinds.CRON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CrontabDetectorTest {

    private final CrontabDetector detector = new CrontabDetector();

    static Stream<Arguments> crontabs() {
        return Stream.of(
                arguments("a user crontab: comments and variables are not schedules", "ops/crontab", """
                        SHELL=/bin/bash
                        MAILTO=ops@example.com
                        # m h dom mon dow command
                        */5 * * * * /opt/app/bin/sync --db postgres://sync:hunter2@db.internal/app
                        0 3 * * mon-fri /opt/app/bin/report
                        @hourly /opt/app/bin/rotate
                        """, List.of(Expected.of(CRON, 4, "crontab[/opt/app/bin/sync --db postgres://***:***@db.internal/app]",
                                "source", "crontab", "schedule", "*/5 * * * *",
                                "command", "/opt/app/bin/sync --db postgres://***:***@db.internal/app"),
                        Expected.of(CRON, 5, "crontab[/opt/app/bin/report]", "schedule", "0 3 * * mon-fri"),
                        Expected.of(CRON, 6, "crontab[/opt/app/bin/rotate]", "schedule", "@hourly"))),
                arguments("a system crontab names the user", "docker/cron.d/backup", """
                        30 2 * * * root /usr/local/bin/backup.sh
                        """, List.of(Expected.of(CRON, 1, "crontab[/usr/local/bin/backup.sh]", "user", "root",
                        "command", "/usr/local/bin/backup.sh"))),
                arguments("a .cron file", "deploy/jobs.cron", "0 0 1 * * php artisan schedule:run\n",
                        List.of(Expected.of(CRON, 1, "crontab[php artisan schedule:run]", "schedule", "0 0 1 * *"))),
                arguments("a crontab among tests", "test/fixtures/crontab", "* * * * * echo\n", List.of()),
                arguments("a shell script is not a crontab", "deploy/cron.sh", "* * * * * echo\n", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("crontabs")
    void reportsEachScheduledCommand(String description, String path, String content, List<Expected> expected) {
        List<Finding> findings = detector.detect(new SourceFile(path, content));

        assertThat(findings).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(findings.get(i)).matches(expected.get(i)::matches, expected.get(i).toString());
        }
        assertThat(findings).allSatisfy(f -> assertThat(f.snippet()).doesNotContain("hunter2"));
    }
}
