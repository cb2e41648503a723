package dev.scaleprojection.ingest.domain;

import java.util.regex.Pattern;

/**
 * What the commands, actions, tasks and orbs of a CI pipeline do: build container images, deploy (kubectl, Helm,
 * Argo CD, Terraform, cloud deploy commands and their marketplace actions), run tests. Judged on the pipeline's
 * commands only, never on its comments.
 */
final class CiCommands {

    private static final Pattern BUILDS_IMAGES = Pattern.compile("\\bdocker\\s+(buildx\\s+)?build\\b|\\bdocker(-|\\s+)compose\\b[^\\n]*?"
            + "\\sbuild\\b|docker/build-push-action|\\b(buildah|podman)\\s+(bud|build)\\b|kaniko|jib:(build|dockerBuild)"
            + "|\\bjib(DockerBuild)?\\b|spring-boot:build-image|bootBuildImage|\\bko\\s+(build|publish|apply|resolve)\\b"
            + "|\\bpack\\s+build\\b|\\bbuildAndPush\\b|\\bdocker\\.build\\s*\\(|\\bgcloud\\s+builds\\s+submit|\\baz\\s+acr\\s+build"
            + "|\\bnixpacks\\s+build|\\bskaffold\\s+(run|build|dev)\\b|buildah-build|circleci/docker@|aws-ecr@|\\bs2i\\s+build");
    private static final Pattern DEPLOYS = Pattern.compile("\\bkubectl\\b[^\\n]*?\\s(apply|create|replace|rollout|set\\s+image"
            + "|patch|scale)\\b|\\bhelm\\b[^\\n]*?\\s(upgrade|install)\\b|\\bhelmfile\\b[^\\n]*?\\s(apply|sync|deploy)\\b"
            + "|\\bargocd\\s+app\\s+(sync|set|create)\\b|\\bflux\\s+reconcile\\b|\\bskaffold\\s+(run|deploy)\\b"
            + "|\\bterraform\\b[^\\n]*?\\sapply\\b|\\bpulumi\\s+up\\b|\\bcdk\\s+deploy\\b|\\b(serverless|sls)\\s+deploy\\b"
            + "|\\baws\\s+ecs\\s+(update-service|deploy)|\\baws\\s+deploy\\b|\\baws\\s+lambda\\s+update-function-code"
            + "|\\bgcloud\\s+(run|app|functions)\\s+deploy|\\baz\\s+(webapp|containerapp|functionapp)\\b[^\\n]*?\\s(deploy|up"
            + "|update|create)\\b|\\bfly(ctl)?\\s+deploy\\b|\\bheroku\\s+container:release|git\\s+push\\s+heroku"
            + "|azure/webapps-deploy|azure/k8s-deploy|amazon-ecs-deploy-task-definition|deploy-cloudrun"
            + "|\\bKubernetes(Manifest)?@\\d|\\bHelmDeploy@\\d|\\bAzureWebApp(Container)?@\\d|\\bAzureRmWebAppDeployment@\\d"
            + "|\\bAzureFunctionApp@\\d|circleci/kubernetes@|circleci/helm@|\\bkubernetesDeploy\\s*\\(|\\bcf\\s+push\\b"
            + "|\\bgke-deploy\\s+run\\b|\\bansible-playbook\\b|\\bdocker\\s+stack\\s+deploy\\b");
    private static final Pattern RUNS_TESTS = Pattern.compile("\\bmvnw?\\b[^\\n]*?\\s(test|verify)\\b|\\bgradlew?\\b[^\\n]*?\\s"
            + "(test|check)\\b|\\b(npm|yarn|pnpm)\\s+(run\\s+)?test\\b|\\bpytest\\b|\\bgo\\s+test\\b|\\bdotnet\\s+test\\b"
            + "|\\btox\\b|\\bjest\\b|\\bcargo\\s+test\\b|\\bmake\\s+test\\b|\\brspec\\b");

    private CiCommands() {
    }

    static boolean buildsImages(String commands) {
        return BUILDS_IMAGES.matcher(commands).find();
    }

    static boolean deploys(String commands) {
        return DEPLOYS.matcher(commands).find();
    }

    static boolean runsTests(String commands) {
        return RUNS_TESTS.matcher(commands).find();
    }

    /** Groovy text without its comments; string contents, where the commands are, stay. */
    static String withoutGroovyComments(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'') {
                int end = stringEnd(text, i);
                out.append(text, i, end);
                i = end;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                int stop = end < 0 ? text.length() : end + 2;
                text.substring(i, stop).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
                i = stop;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int stringEnd(String text, int quote) {
        char q = text.charAt(quote);
        String triple = String.valueOf(q).repeat(3);
        if (text.startsWith(triple, quote)) {
            int end = text.indexOf(triple, quote + 3);
            return end < 0 ? text.length() : end + 3;
        }
        int i = quote + 1;
        while (i < text.length() && text.charAt(i) != q && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(text.length(), i + 1);
    }
}
