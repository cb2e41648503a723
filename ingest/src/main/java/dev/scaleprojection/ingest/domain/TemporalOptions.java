package dev.scaleprojection.ingest.domain;

import java.util.Locale;
import java.util.Set;

/**
 * Temporal's activity and workflow options ({@code start_to_close_timeout=timedelta(seconds=10)},
 * {@code RetryPolicy(maximum_attempts=3)}, {@code StartToCloseTimeout: 5 * time.Second}) in a file using a Temporal SDK:
 * they belong to the workflow's definition, which replay requires to be deterministic, so they are written in code by
 * design and changed with workflow versioning, not by configuration.
 */
final class TemporalOptions {

    private static final Set<String> OPTIONS = Set.of("starttoclosetimeout", "scheduletoclosetimeout",
            "scheduletostarttimeout", "heartbeattimeout", "maximumattempts", "workflowexecutiontimeout",
            "workflowruntimeout", "workflowtasktimeout", "executiontimeout", "runtimeout", "tasktimeout");

    private TemporalOptions() {
    }

    static boolean usesTemporal(SourceFile file) {
        String content = file.content();
        return content.contains("temporalio") || content.contains("go.temporal.io") || content.contains("io.temporal");
    }

    static boolean isActivityOption(Finding finding) {
        String name = finding.attribute("name");
        String last = name.substring(name.lastIndexOf('.') + 1);
        return OPTIONS.contains(last.replace("_", "").toLowerCase(Locale.ROOT));
    }
}
