package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporal workflow definitions in production code give {@code orchestration.temporal-workflow} (role definition), one
 * per workflow: Java and Kotlin {@code @WorkflowInterface} types, exported Go functions taking a {@code workflow.Context}, Python
 * {@code @workflow.defn} classes, TypeScript functions exported from a module using {@code proxyActivities}; with the
 * activity and child-workflow calls each makes where the SDK shows them. A worker registering workflows gives one with
 * role worker. Only code counts: the SDK must be imported and comments and strings are ignored.
 */
public final class TemporalWorkflowDetector implements Detector {

    private static final Pattern JAVA_WORKFLOW = Pattern.compile(
            "@(?:io\\.temporal\\.workflow\\.)?WorkflowInterface\\b[\\s\\S]{0,400}?\\b(?:interface|class)\\s+(\\w+)");
    /** An exported function: a method or an unexported function taking a workflow.Context is a workflow's helper. */
    private static final Pattern GO_WORKFLOW = Pattern.compile(
            "(?m)^func\\s+(\\p{Lu}\\w*)\\s*\\(\\s*\\w+\\s+workflow\\.Context\\b");
    private static final Pattern PYTHON_WORKFLOW = Pattern.compile(
            "(?m)^[ \\t]*@workflow\\.defn\\b(?:\\s*\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))?[^\\n]*\\n(?:\\s*@[^\\n]*\\n)*"
                    + "\\s*class\\s+(\\w+)");
    private static final Pattern TS_WORKFLOW = Pattern.compile(
            "(?m)^export\\s+(?:async\\s+)?function\\s*\\*?\\s*(\\w+)|^export\\s+const\\s+(\\w+)\\s*=\\s*async\\b");
    private static final Pattern WORKER = Pattern.compile("registerWorkflowImplementationTypes\\s*\\(|\\.RegisterWorkflow"
            + "(?:WithOptions)?\\s*\\(|\\bWorker\\.create\\s*\\(|\\bWorker\\s*\\([^)]*\\bworkflows\\s*=");
    private static final Map<Language, Pattern> ACTIVITY_CALLS = Map.of(
            Language.GO, Pattern.compile("\\bworkflow\\.Execute(Local)?Activity\\s*\\("),
            Language.PYTHON, Pattern.compile("\\bworkflow\\.(execute|start)_(local_)?activity(_method)?\\s*\\("));
    private static final Map<Language, Pattern> CHILD_CALLS = Map.of(
            Language.GO, Pattern.compile("\\bworkflow\\.ExecuteChildWorkflow\\s*\\("),
            Language.PYTHON, Pattern.compile("\\bworkflow\\.(execute|start)_child_workflow\\s*\\("));
    private static final Pattern PYTHON_IMPORT = Pattern.compile("(?m)^[ \\t]*(from\\s+temporalio\\b|import\\s+temporalio\\b)");
    private static final Pattern NEXT_TOP_LEVEL = Pattern.compile("(?m)^(func|class|def|@)\\b|^\\S");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.PRODUCTION_CODE || !file.content().contains("temporal")) {
            return List.of();
        }
        Optional<String> sdk = sdk(file);
        if (sdk.isEmpty()) {
            return List.of();
        }
        LexedSource source = SourceLexer.lex(file);
        String code = source.code();
        List<Finding> findings = new ArrayList<>();
        boolean tsWorkflowModule = !isTypeScript(file.language()) || file.content().contains("@temporalio/workflow")
                && code.contains("proxyActivities");
        Matcher workflow = pattern(file.language()).matcher(code);
        while (tsWorkflowModule && workflow.find()) {
            String name = workflow.group(1) != null ? workflow.group(1) : workflow.group(2);
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("sdk", sdk.get());
            attributes.put("role", "definition");
            attributes.put("workflow", name);
            calls(file.language(), code, workflow.end(), attributes);
            findings.add(finding(file, source, workflow.start(), name, attributes));
        }
        Matcher worker = WORKER.matcher(code);
        if (worker.find()) {
            findings.add(finding(file, source, worker.start(), "worker", Map.of("sdk", sdk.get(), "role", "worker")));
        }
        return List.copyOf(findings);
    }

    /** The SDK, when the file imports it: the import is a string literal in Go and TypeScript, a name elsewhere. */
    private static Optional<String> sdk(SourceFile file) {
        String content = file.content();
        return switch (file.language()) {
            case JAVA -> content.contains("io.temporal.") ? Optional.of("java") : Optional.empty();
            case KOTLIN -> content.contains("io.temporal.") ? Optional.of("kotlin") : Optional.empty();
            case GO -> content.contains("\"go.temporal.io/sdk/workflow\"") ? Optional.of("go") : Optional.empty();
            case PYTHON -> PYTHON_IMPORT.matcher(content).find() ? Optional.of("python") : Optional.empty();
            case TYPESCRIPT, JAVASCRIPT -> content.contains("@temporalio/workflow") || content.contains("@temporalio/worker")
                    ? Optional.of("typescript") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean isTypeScript(Language language) {
        return language == Language.TYPESCRIPT || language == Language.JAVASCRIPT;
    }

    private static Pattern pattern(Language language) {
        return switch (language) {
            case GO -> GO_WORKFLOW;
            case PYTHON -> PYTHON_WORKFLOW;
            case TYPESCRIPT, JAVASCRIPT -> TS_WORKFLOW;
            default -> JAVA_WORKFLOW;
        };
    }

    /** The activity and child-workflow calls in the body of the definition that ends at {@code from}, where the SDK names them. */
    private static void calls(Language language, String code, int from, Map<String, String> attributes) {
        if (!ACTIVITY_CALLS.containsKey(language)) {
            return;
        }
        Matcher next = NEXT_TOP_LEVEL.matcher(code);
        int end = code.length();
        int searchFrom = Math.min(code.length(), code.indexOf('\n', from) < 0 ? code.length() : code.indexOf('\n', from) + 1);
        while (next.find(searchFrom)) {
            if (next.start() > from) {
                end = next.start();
                break;
            }
            searchFrom = next.end();
        }
        String body = code.substring(from, end);
        attributes.put("activityCalls", Long.toString(ACTIVITY_CALLS.get(language).matcher(body).results().count()));
        attributes.put("childWorkflowCalls", Long.toString(CHILD_CALLS.get(language).matcher(body).results().count()));
    }

    private static Finding finding(SourceFile file, LexedSource source, int offset, String anchor, Map<String, String> attributes) {
        int line = source.lineAt(offset);
        return new Finding(DescriptorFactKinds.TEMPORAL_WORKFLOW, Finding.SOURCE_CODE, file.path(), line, line,
                Snippets.lines(source, line, line), anchor, attributes);
    }
}
