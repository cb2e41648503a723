package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where deployables live besides Dockerfile folders and Compose build contexts: build modules with an entry point,
 * folders holding the manifests of one Kubernetes workload, Helm charts that template workloads. The layout decides
 * which become components.
 */
final class DeployableCandidates {

    /** A Kubernetes workload: {@code ownFolder} when no other workload's manifests share its folder. */
    record Workload(String name, String folder, List<String> images, boolean ownFolder, String appLabel) {
    }

    record Chart(String name, String folder, List<String> images) {
    }

    private static final Set<String> JVM_BUILDS = Set.of("pom.xml", "build.gradle", "build.gradle.kts", "build.sbt");
    private static final Set<String> PYTHON_BUILDS = Set.of("pyproject.toml", "setup.py", "setup.cfg", "requirements.txt",
            "Pipfile");

    /** {@code java -jar /mall-admin-1.0-SNAPSHOT.jar}: the artifact, without its version. */
    private static final Pattern RUN_JAR = Pattern.compile("-jar\\s+\\S*?([A-Za-z][\\w.-]*?)(?:-\\d[\\w.]*(?:-SNAPSHOT)?)?\\.jar\\b");

    private DeployableCandidates() {
    }

    /** The jar each Dockerfile folder's image runs, by folder: {@code mall-admin} for mall's {@code document/sh}. */
    static Map<String, String> runJars(Collection<Finding> findings) {
        Map<String, String> jars = new TreeMap<>();
        for (Finding finding : findings) {
            if (finding.kind().equals(DockerfileDetector.DOCKERFILE)) {
                Matcher jar = RUN_JAR.matcher(finding.attribute("entrypoint"));
                if (jar.find()) {
                    jars.putIfAbsent(folderOf(finding.path()), jar.group(1));
                }
            }
        }
        return jars;
    }

    /** The folders of build modules with an entry point; a Go module with several main packages gives each of them. */
    static Set<String> entryModules(Set<String> paths, Collection<ComponentMarker.EntryPoint> entryPoints) {
        Set<String> modules = new TreeSet<>();
        Map<String, Set<String>> goMainsByModule = new TreeMap<>();
        for (ComponentMarker.EntryPoint entryPoint : entryPoints) {
            String folder = folderOf(entryPoint.path());
            switch (entryPoint.ecosystem()) {
                case JVM -> nearest(paths, folder, JVM_BUILDS).or(() -> beforeSources(entryPoint.path())).ifPresent(modules::add);
                // a program's source folder is its module's: apps/gateway-service/src/main.ts is apps/gateway-service
                case NODE -> modules.add(entryPoint.path().endsWith(".json") ? folder
                        : folder.equals("src") ? "" : folder.endsWith("/src") ? folder.substring(0, folder.length() - 4) : folder);
                case DOTNET -> modules.add(folder);
                case PYTHON -> {
                    String name = entryPoint.path().substring(entryPoint.path().lastIndexOf('/') + 1);
                    if (!name.endsWith(".py")) {
                        modules.add(folder);
                    } else if (name.equals("__main__.py")) {
                        modules.add(nearest(paths, folder, PYTHON_BUILDS).orElse(folder));
                    } else {
                        nearest(paths, folder, PYTHON_BUILDS).ifPresent(modules::add);
                    }
                }
                case GO -> goMainsByModule.computeIfAbsent(nearest(paths, folder, Set.of("go.mod")).orElse(folder),
                        module -> new TreeSet<>()).add(folder);
            }
        }
        goMainsByModule.forEach((module, mains) -> {
            if (mains.size() == 1) {
                modules.add(module);
            } else {
                mains.forEach(main -> modules.add(goServiceFolder(main, mains, module)));
            }
        });
        return modules;
    }

    /**
     * The folder of one of several Go programs of a module: {@code app/catalog/service} for {@code
     * app/catalog/service/cmd/server} (Kratos' layout, beer-shop), or {@code writer_service} for {@code
     * writer_service/cmd} holding the program itself (Go-CQRS-Kafka-gRPC-Microservices), whose internal/ and configs/
     * sit beside cmd/, when no other program lives there; the program's own folder otherwise.
     */
    private static String goServiceFolder(String main, Set<String> mains, String module) {
        int cmd = main.endsWith("/cmd") ? main.length() - 4 : main.lastIndexOf("/cmd/");
        if (cmd <= 0 || main.indexOf('/', cmd + 5) >= 0) {
            return main;
        }
        String service = main.substring(0, cmd);
        boolean belowModule = module.isEmpty() ? !service.isEmpty() : service.startsWith(module + "/");
        boolean alone = mains.stream().filter(other -> other.startsWith(service + "/")).count() == 1;
        return belowModule && alone ? service : main;
    }

    /**
     * Plain workloads, each with its own folder when it is the only one there and below it; then templated workloads
     * with a literal name ({@code name: cart} in a chart's template), which never own a folder but may join a component.
     */
    static List<Workload> workloads(Set<String> paths, Collection<Finding> findings) {
        Map<String, Map<String, List<String>>> imagesByNameByFolder = new TreeMap<>();
        Map<String, String> appLabels = new TreeMap<>();
        NavigableSet<String> workloadFolders = new TreeSet<>();
        List<Workload> templated = new ArrayList<>();
        for (Finding finding : findings) {
            if (!finding.kind().equals(DescriptorFactKinds.KUBERNETES_WORKLOAD) || finding.attributes().containsKey("patch")) {
                continue;
            }
            workloadFolders.add(folderOf(finding.path()));
            if (finding.attributes().containsKey("templated")) {
                String name = finding.attribute("name");
                if (!name.isEmpty() && !name.contains("{{")) {
                    templated.add(new Workload(name, folderOf(finding.path()), List.of(), false,
                            finding.attribute(KubernetesWorkloads.APP_LABEL)));
                }
            } else {
                appLabels.putIfAbsent(folderOf(finding.path()) + "\n" + finding.attribute("name"),
                        finding.attribute(KubernetesWorkloads.APP_LABEL));
                imagesByNameByFolder.computeIfAbsent(folderOf(finding.path()), folder -> new TreeMap<>())
                        .computeIfAbsent(finding.attribute("name"), name -> new ArrayList<>())
                        .addAll(finding.attribute("images").isEmpty() ? List.of() : List.of(finding.attribute("images").split(",")));
            }
        }
        List<Workload> workloads = new ArrayList<>();
        imagesByNameByFolder.forEach((folder, byName) -> byName.forEach((name, images) -> {
            boolean ownFolder = byName.size() == 1 && !holdsOneBelow(workloadFolders, folder);
            workloads.add(new Workload(name, ownFolder ? kustomizeApplication(paths, folder) : folder, images, ownFolder,
                    appLabels.get(folder + "\n" + name)));
        }));
        workloads.addAll(templated);
        return workloads;
    }

    /**
     * Whether one of the sorted {@code folders} lies strictly inside {@code parent}: the folders below it sort together,
     * right after {@code parent + "/"}, so one look-up answers (a comparison with every folder, for every workload,
     * grew with the square of the workloads).
     */
    private static boolean holdsOneBelow(NavigableSet<String> folders, String parent) {
        String first = parent.isEmpty() ? folders.higher("") : folders.ceiling(parent + "/");
        return first != null && (parent.isEmpty() || below(first, parent));
    }

    /** Whether {@code folder} lies strictly inside {@code parent} (the root holds every other folder). */
    private static boolean below(String folder, String parent) {
        return parent.isEmpty() ? !folder.isEmpty() : folder.startsWith(parent + "/");
    }

    /**
     * Charts templating exactly one workload, with the images their values give and those its template writes out; a
     * chart of several workloads deploys a system, not a component, and a chart that other charts of the repository
     * take in as a dependency is their shared template (yas's {@code backend}, under every service's chart).
     */
    static List<Chart> charts(Collection<Finding> findings) {
        Map<String, Integer> workloadTemplates = new TreeMap<>();
        Map<String, List<String>> valuesImages = new TreeMap<>();
        findings.stream().filter(f -> f.kind().equals(DescriptorFactKinds.KUBERNETES_WORKLOAD) && f.attributes().containsKey("chartPath"))
                .forEach(f -> {
                    workloadTemplates.merge(f.attribute("chartPath"), 1, Integer::sum);
                    if (!f.attribute("images").isEmpty()) {
                        valuesImages.computeIfAbsent(f.attribute("chartPath"), folder -> new ArrayList<>())
                                .addAll(List.of(f.attribute("images").split(",")));
                    }
                });
        findings.stream().filter(f -> f.kind().equals(DescriptorFactKinds.HELM_VALUES) && !f.attribute("image").isEmpty())
                .forEach(f -> valuesImages.computeIfAbsent(folderOf(f.path()), folder -> new ArrayList<>()).add(f.attribute("image")));
        Set<String> dependencies = new HashSet<>();
        findings.stream().filter(f -> f.kind().equals(DescriptorFactKinds.HELM_CHART) && !f.attribute("dependencies").isEmpty())
                .forEach(f -> dependencies.addAll(List.of(f.attribute("dependencies").split(","))));
        List<Chart> charts = new ArrayList<>();
        for (Finding finding : findings) {
            if (!finding.kind().equals(DescriptorFactKinds.HELM_CHART)) {
                continue;
            }
            String folder = folderOf(finding.path());
            if (workloadTemplates.getOrDefault(folder, 0) == 1 && !dependencies.contains(finding.attribute("name"))) {
                charts.add(new Chart(finding.attribute("name"), folder, valuesImages.getOrDefault(folder, List.of())));
            }
        }
        return charts;
    }

    /**
     * The folders of .NET projects by the name Aspire gives them, {@code Projects.Basket_API} after the file
     * Basket.API.csproj ('.' and '-' become '_'); of two projects of one name, the first in path order.
     */
    static Map<String, String> projectFolders(SortedSet<String> projects) {
        Map<String, String> folders = new HashMap<>();
        for (String path : projects) {
            String file = path.substring(path.lastIndexOf('/') + 1);
            folders.putIfAbsent(Regexes.replaceAll(file.substring(0, file.lastIndexOf('.')), "[^A-Za-z0-9_]", "_"), folderOf(path));
        }
        return folders;
    }

    /** {@code ghcr.io/acme/orders:1.4@sha256:…} is the image of {@code orders}. */
    static String imageName(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = withoutDigest.lastIndexOf('/');
        int colon = withoutDigest.lastIndexOf(':');
        String repository = colon > slash ? withoutDigest.substring(0, colon) : withoutDigest;
        return repository.substring(repository.lastIndexOf('/') + 1);
    }

    static String folderOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /** The nearest folder, from {@code folder} up to the root, holding one of {@code names}. */
    static Optional<String> nearest(Set<String> paths, String folder, Set<String> names) {
        String current = folder;
        while (true) {
            for (String name : names) {
                if (paths.contains(current.isEmpty() ? name : current + "/" + name)) {
                    return Optional.of(current);
                }
            }
            if (current.isEmpty()) {
                return Optional.empty();
            }
            current = folderOf(current);
        }
    }

    /** {@code orders/src/main/java/…/App.java} belongs to the module {@code orders}. */
    private static Optional<String> beforeSources(String path) {
        int sources = ("/" + path).indexOf("/src/main/");
        return sources < 0 ? Optional.empty() : Optional.of(sources == 0 ? "" : path.substring(0, sources - 1));
    }

    /** A Kustomize application keeps its base in {@code <app>/base} and its overlays in {@code <app>/overlays}. */
    private static String kustomizeApplication(Set<String> paths, String folder) {
        if (!(folder.equals("base") || folder.endsWith("/base"))) {
            return folder;
        }
        String application = folderOf(folder);
        String overlays = application.isEmpty() ? "overlays/" : application + "/overlays/";
        return paths.stream().anyMatch(path -> path.startsWith(overlays)) ? application : folder;
    }
}
