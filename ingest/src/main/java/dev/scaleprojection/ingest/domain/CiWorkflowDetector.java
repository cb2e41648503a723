package dev.scaleprojection.ingest.domain;

import static dev.scaleprojection.ingest.domain.DescriptorAttributes.put;
import static dev.scaleprojection.ingest.domain.DescriptorAttributes.putList;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CI pipeline (GitHub Actions workflow, .gitlab-ci.yml, Jenkinsfile, azure-pipelines.yml, CircleCI config, Cloud
 * Build and Bitbucket Pipelines) gives one
 * {@code delivery.ci-workflow}: the system, its jobs (stages for Jenkins), triggers and schedules, the environments it
 * deploys to, and whether its commands build images, deploy or run tests ({@link CiCommands}).
 */
public final class CiWorkflowDetector implements Detector {

    private static final Pattern GITHUB = Pattern.compile("(.*/)?\\.github/workflows/[^/]+\\.ya?ml");
    private static final Pattern GITLAB = Pattern.compile("(.*/)?\\.gitlab-ci\\.ya?ml|(.*/)?\\.gitlab/ci/.+\\.ya?ml");
    private static final Pattern JENKINS = Pattern.compile("(.*/)?(jenkinsfile(\\.[\\w.-]+)?|[\\w.-]+\\.jenkinsfile)");
    private static final Pattern AZURE = Pattern.compile("(.*/)?azure-pipelines[\\w.-]*\\.ya?ml|(.*/)?\\.azure-pipelines/.+\\.ya?ml");
    private static final Pattern CIRCLECI = Pattern.compile("(.*/)?\\.circleci/config\\.ya?ml");
    private static final Pattern CLOUD_BUILD = Pattern.compile("(.*/)?cloudbuild[\\w.-]*\\.ya?ml");
    private static final Pattern BITBUCKET = Pattern.compile("(.*/)?bitbucket-pipelines\\.ya?ml");
    private static final Pattern JENKINS_STAGE = Pattern.compile("\\bstage\\s*\\(\\s*['\"]([^'\"]+)['\"]");
    private static final Pattern JENKINS_START = Pattern.compile("(?m)^[ \\t]*(pipeline|node)\\b\\s*(\\([^)]*\\))?\\s*\\{");

    private final YamlParser yaml;

    public CiWorkflowDetector(YamlParser yaml) {
        this.yaml = yaml;
    }

    @Override
    public Set<FileRole> roles() {
        return EnumSet.of(FileRole.BUILD);
    }

    static Optional<String> system(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        if (GITHUB.matcher(lower).matches()) {
            return Optional.of("github-actions");
        } else if (GITLAB.matcher(lower).matches()) {
            return Optional.of("gitlab-ci");
        } else if (JENKINS.matcher(lower).matches()) {
            return Optional.of("jenkins");
        } else if (AZURE.matcher(lower).matches()) {
            return Optional.of("azure-pipelines");
        } else if (CIRCLECI.matcher(lower).matches()) {
            return Optional.of("circleci");
        } else if (CLOUD_BUILD.matcher(lower).matches()) {
            return Optional.of("cloud-build");
        } else if (BITBUCKET.matcher(lower).matches()) {
            return Optional.of("bitbucket-pipelines");
        }
        return Optional.empty();
    }

    @Override
    public List<Finding> detect(SourceFile file) {
        Optional<String> system = system(file.path());
        if (file.role() != FileRole.BUILD || system.isEmpty()) {
            return List.of();
        }
        Optional<CiPipeline> pipeline;
        if (system.get().equals("jenkins")) {
            pipeline = Optional.of(jenkins(file.content()));
        } else {
            List<TreeNode> documents = yaml.parseAll(file.content());
            pipeline = documents.isEmpty() || !(documents.get(0) instanceof TreeNode.Mapping root) ? Optional.empty()
                    : CiPipeline.read(system.get(), root);
        }
        return pipeline.map(found -> List.of(DescriptorFile.of(file).finding(DescriptorFactKinds.CI_WORKFLOW, found.line(),
                found.line(), "workflow", attributes(system.get(), found)))).orElse(List.of());
    }

    private static Map<String, String> attributes(String system, CiPipeline pipeline) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("system", system);
        put(attributes, "name", pipeline.name());
        putList(attributes, "jobs", pipeline.jobs());
        putList(attributes, "triggers", pipeline.triggers());
        putList(attributes, "schedules", pipeline.schedules());
        putList(attributes, "environments", pipeline.environments());
        attributes.put("buildsImages", Boolean.toString(CiCommands.buildsImages(pipeline.commands())));
        attributes.put("deploys", Boolean.toString(!pipeline.environments().isEmpty() || pipeline.deploymentJobs()
                || CiCommands.deploys(pipeline.commands())));
        attributes.put("runsTests", Boolean.toString(CiCommands.runsTests(pipeline.commands())));
        return attributes;
    }

    private static CiPipeline jenkins(String content) {
        String code = CiCommands.withoutGroovyComments(content);
        List<String> stages = new ArrayList<>();
        Matcher stage = JENKINS_STAGE.matcher(code);
        while (stage.find()) {
            stages.add(stage.group(1));
        }
        Matcher start = JENKINS_START.matcher(code);
        int line = start.find() ? LexedSource.lineAt(LexedSource.lineStarts(code), start.start() + start.group().indexOf(
                start.group(1))) : 1;
        return new CiPipeline(Optional.empty(), stages, List.of(), List.of(), List.of(), false, code, line);
    }
}
