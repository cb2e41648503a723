package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python module that imports Airflow and defines a DAG ({@code DAG(…)}, {@code with DAG(…)}, or a function decorated
 * {@code @dag}) gives one {@code orchestration.airflow-dag} per definition: dag id, schedule, catchup, the operator and
 * sensor classes the module instantiates and how many tasks it declares. Comments and strings never count.
 */
public final class AirflowDagDetector implements Detector {

    private static final Pattern IMPORTS_AIRFLOW = Pattern.compile("(?m)^[ \\t]*(from\\s+airflow[\\w.]*\\s+import\\b|import\\s+airflow\\b)");
    private static final Pattern DAG_CALL = Pattern.compile("(?<![\\w])DAG\\s*\\(");
    private static final Pattern DAG_DECORATOR = Pattern.compile("(?m)^[ \\t]*@(?:airflow\\.decorators\\.|decorators\\.)?dag\\b(\\s*\\()?");
    private static final Pattern NEXT_FUNCTION = Pattern.compile("\\bdef\\s+(\\w+)");
    private static final Pattern OPERATOR = Pattern.compile("\\b([A-Z]\\w*(?:Operator|Sensor))\\s*\\(");
    private static final Pattern TASK_DECORATOR = Pattern.compile("(?m)^[ \\t]*@task\\b");
    private static final Pattern DEFINITION = Pattern.compile("\\b(def|class)\\s+$");

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.PRODUCTION_CODE);
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        if (file.role() != FileRole.PRODUCTION_CODE || file.language() != Language.PYTHON || !file.content().contains("airflow")) {
            return List.of();
        }
        LexedSource source = SourceLexer.lex(file);
        String code = source.code();
        if (!IMPORTS_AIRFLOW.matcher(code).find()) {
            return List.of();
        }
        Map<String, String> shared = tasks(code);
        List<Finding> findings = new ArrayList<>();
        Matcher call = DAG_CALL.matcher(code);
        while (call.find()) {
            if (!DEFINITION.matcher(code.substring(Math.max(0, call.start() - 10), call.start())).find()) {
                List<CallArguments.Argument> arguments = CallArguments.of(source, call.end() - 1);
                findings.add(dag(file, source, call.start(), CallArguments.named(arguments, "dag_id")
                        .or(() -> CallArguments.positional(arguments, 0)), arguments, shared));
            }
        }
        Matcher decorator = DAG_DECORATOR.matcher(code);
        while (decorator.find()) {
            int at = code.indexOf('@', decorator.start());
            List<CallArguments.Argument> arguments = decorator.group(1) == null ? List.of()
                    : CallArguments.of(source, decorator.end() - 1);
            Matcher function = NEXT_FUNCTION.matcher(code);
            Optional<String> functionName = function.find(decorator.end()) ? Optional.of(function.group(1)) : Optional.empty();
            findings.add(dag(file, source, at, CallArguments.named(arguments, "dag_id").or(() -> functionName), arguments, shared));
        }
        return List.copyOf(findings);
    }

    private static Finding dag(SourceFile file, LexedSource source, int offset, Optional<String> dagId,
                               List<CallArguments.Argument> arguments, Map<String, String> shared) {
        Map<String, String> attributes = new LinkedHashMap<>();
        put(attributes, "dagId", dagId);
        put(attributes, "schedule", CallArguments.named(arguments, "schedule", "schedule_interval", "timetable"));
        put(attributes, "catchup", CallArguments.named(arguments, "catchup"));
        attributes.putAll(shared);
        int line = source.lineAt(offset);
        return new Finding(DescriptorFactKinds.AIRFLOW_DAG, Finding.SOURCE_CODE, file.path(), line, line,
                Snippets.lines(source, line, line), "dag." + dagId.orElse(""), attributes);
    }

    private static Map<String, String> tasks(String code) {
        TreeSet<String> operators = new TreeSet<>();
        int tasks = 0;
        Matcher operator = OPERATOR.matcher(code);
        while (operator.find()) {
            if (!DEFINITION.matcher(code.substring(Math.max(0, operator.start() - 10), operator.start())).find()) {
                operators.add(operator.group(1));
                tasks++;
            }
        }
        Matcher task = TASK_DECORATOR.matcher(code);
        while (task.find()) {
            tasks++;
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        putList(attributes, "operators", operators);
        attributes.put("tasks", Integer.toString(tasks));
        return attributes;
    }
}
