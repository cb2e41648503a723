package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * What a YAML CI pipeline declares, per system: its name, jobs (hidden GitLab templates are not jobs), triggers,
 * cron schedules, the environments its jobs deploy to, whether it has Azure deployment jobs, and the text of every
 * value in it (commands, actions, tasks, orbs) for {@link CiCommands}. {@code line} is where the jobs are declared.
 */
record CiPipeline(Optional<String> name, List<String> jobs, List<String> triggers, List<String> schedules,
                  List<String> environments, boolean deploymentJobs, String commands, int line) {

    private static final Set<String> LABELS = Set.of("name", "displayName", "description", "title", "if", "when");
    private static final Set<String> GITLAB_KEYWORDS = Set.of("stages", "variables", "default", "include", "workflow", "image",
            "services", "before_script", "after_script", "cache", "types");

    static Optional<CiPipeline> read(String system, TreeNode.Mapping root) {
        return switch (system) {
            case "github-actions" -> Optional.of(github(root));
            case "gitlab-ci" -> Optional.of(gitlab(root));
            case "azure-pipelines" -> Optional.of(azure(root));
            case "circleci" -> Optional.of(circleci(root));
            case "cloud-build" -> Optional.of(cloudBuild(root));
            case "bitbucket-pipelines" -> Optional.of(bitbucket(root));
            default -> Optional.empty();
        };
    }

    private static CiPipeline github(TreeNode.Mapping root) {
        List<String> environments = new ArrayList<>();
        for (TreeNode.Entry job : TreePaths.mapping(root, "jobs").map(TreeNode.Mapping::entries).orElse(List.of())) {
            environment(job.value()).ifPresent(environments::add);
        }
        List<String> triggers = new ArrayList<>(TreePaths.keys(root, "on"));
        triggers.addAll(TreePaths.scalars(root, "on"));
        List<String> schedules = TreePaths.mappings(root, "on", "schedule").stream()
                .flatMap(schedule -> TreePaths.scalar(schedule, "cron").stream()).toList();
        return new CiPipeline(TreePaths.scalar(root, "name"), TreePaths.keys(root, "jobs"), triggers, schedules, environments,
                false, text(root), lineOf(root, "jobs"));
    }

    private static CiPipeline gitlab(TreeNode.Mapping root) {
        List<String> jobs = new ArrayList<>();
        List<String> environments = new ArrayList<>();
        int line = 0;
        for (TreeNode.Entry entry : root.entries()) {
            if (!GITLAB_KEYWORDS.contains(entry.key()) && !entry.key().startsWith(".") && entry.value() instanceof TreeNode.Mapping) {
                jobs.add(entry.key());
                environment(entry.value()).ifPresent(environments::add);
                line = line == 0 ? entry.line() : line;
            }
        }
        return new CiPipeline(Optional.empty(), jobs, List.of(), List.of(), environments, false, text(root),
                line == 0 ? lineOf(root, "") : line);
    }

    private static CiPipeline azure(TreeNode.Mapping root) {
        List<TreeNode.Mapping> jobs = new ArrayList<>(TreePaths.mappings(root, "jobs"));
        TreePaths.mappings(root, "stages").forEach(stage -> jobs.addAll(TreePaths.mappings(stage, "jobs")));
        List<String> names = new ArrayList<>();
        List<String> environments = new ArrayList<>();
        boolean deploymentJobs = false;
        for (TreeNode.Mapping job : jobs) {
            TreePaths.scalar(job, "job").or(() -> TreePaths.scalar(job, "deployment")).ifPresent(names::add);
            deploymentJobs |= TreePaths.scalar(job, "deployment").isPresent();
            environment(job).ifPresent(environments::add);
        }
        List<String> triggers = new ArrayList<>();
        for (String trigger : List.of("trigger", "pr", "schedules", "resources")) {
            if (root.entry(trigger).isPresent()) {
                triggers.add(trigger);
            }
        }
        List<String> schedules = TreePaths.mappings(root, "schedules").stream()
                .flatMap(schedule -> TreePaths.scalar(schedule, "cron").stream()).toList();
        int line = root.entry("stages").or(() -> root.entry("jobs")).or(() -> root.entry("steps")).map(TreeNode.Entry::line)
                .orElse(lineOf(root, ""));
        return new CiPipeline(TreePaths.scalar(root, "name"), names, triggers, schedules, environments, deploymentJobs,
                text(root), line);
    }

    private static CiPipeline circleci(TreeNode.Mapping root) {
        List<String> triggers = new ArrayList<>();
        List<String> schedules = new ArrayList<>();
        for (TreeNode.Entry workflow : TreePaths.mapping(root, "workflows").map(TreeNode.Mapping::entries).orElse(List.of())) {
            TreePaths.mappings(workflow.value(), "triggers").forEach(trigger ->
                    TreePaths.scalar(trigger, "schedule", "cron").ifPresent(schedules::add));
        }
        if (!schedules.isEmpty()) {
            triggers.add("schedule");
        }
        return new CiPipeline(Optional.empty(), TreePaths.keys(root, "jobs"), triggers, schedules, List.of(), false, text(root),
                lineOf(root, "jobs"));
    }

    /** Cloud Build steps run builder images: {@code gcr.io/cloud-builders/docker} with args {@code build …} is a docker build. */
    private static CiPipeline cloudBuild(TreeNode.Mapping root) {
        List<String> jobs = new ArrayList<>();
        StringJoiner commands = new StringJoiner("\n");
        for (TreeNode.Mapping step : TreePaths.mappings(root, "steps")) {
            TreePaths.scalar(step, "id").ifPresent(jobs::add);
            String builder = TreePaths.scalar(step, "entrypoint").or(() -> TreePaths.scalar(step, "name")).orElse("");
            String program = Regexes.replaceFirst(builder.substring(builder.lastIndexOf('/') + 1), ":.*$", "");
            commands.add(program + " " + String.join(" ", TreePaths.scalars(step, "args")));
            TreePaths.scalar(step, "script").ifPresent(commands::add);
        }
        return new CiPipeline(Optional.empty(), jobs, List.of(), List.of(), List.of(), false, commands.toString(),
                lineOf(root, "steps"));
    }

    /** Bitbucket steps sit under {@code pipelines.default}, {@code branches.<name>} … ; a step's deployment is its environment. */
    private static CiPipeline bitbucket(TreeNode.Mapping root) {
        List<String> jobs = new ArrayList<>();
        List<String> environments = new ArrayList<>();
        collectSteps(TreePaths.at(root, "pipelines").orElse(root), jobs, environments, 0);
        return new CiPipeline(Optional.empty(), jobs, TreePaths.keys(root, "pipelines"), List.of(), environments, false,
                text(root), lineOf(root, "pipelines"));
    }

    private static void collectSteps(TreeNode node, List<String> jobs, List<String> environments, int depth) {
        if (depth > 16) {
            return;
        }
        if (node instanceof TreeNode.Mapping mapping) {
            TreePaths.mapping(mapping, "step").ifPresent(step -> {
                TreePaths.scalar(step, "name").ifPresent(jobs::add);
                TreePaths.scalar(step, "deployment").ifPresent(environments::add);
            });
            mapping.entries().forEach(entry -> collectSteps(entry.value(), jobs, environments, depth + 1));
        } else if (node instanceof TreeNode.Sequence sequence) {
            sequence.items().forEach(item -> collectSteps(item, jobs, environments, depth + 1));
        }
    }

    /** {@code environment: production} or {@code environment: {name: production, url: …}}. */
    private static Optional<String> environment(TreeNode job) {
        return TreePaths.scalar(job, "environment").or(() -> TreePaths.scalar(job, "environment", "name"));
    }

    private static int lineOf(TreeNode.Mapping root, String key) {
        return root.entry(key).map(TreeNode.Entry::line)
                .orElse(root.entries().isEmpty() ? 1 : root.entries().get(0).line());
    }

    /** Every scalar of the pipeline, one per line: commands, actions, tasks and their inputs; names and descriptions are labels. */
    private static String text(TreeNode node) {
        StringJoiner text = new StringJoiner("\n");
        collect(node, text, 0);
        return text.toString();
    }

    private static void collect(TreeNode node, StringJoiner text, int depth) {
        if (depth > 64) {
            return;
        }
        if (node instanceof TreeNode.Scalar scalar) {
            text.add(scalar.value());
        } else if (node instanceof TreeNode.Mapping mapping) {
            mapping.entries().stream().filter(entry -> !LABELS.contains(entry.key()))
                    .forEach(entry -> collect(entry.value(), text, depth + 1));
        } else if (node instanceof TreeNode.Sequence sequence) {
            sequence.items().forEach(item -> collect(item, text, depth + 1));
        }
    }
}
