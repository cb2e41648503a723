package dev.scaleprojection.ingest.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Backstage {@code catalog-info.yaml} (possibly multi-document): each {@code kind: Component} and
 * {@code kind: System} of the {@code backstage.io} API. Scaffolder skeletons ({@code ${{ values.name }}}) declare
 * nothing yet and are left out.
 */
final class BackstageCatalog {

    private static final Pattern CATALOG_NAME = Pattern.compile("(?i)catalog-info\\.ya?ml");
    private static final Pattern TREE_URL = Pattern.compile("url:.*?/(?:tree|blob|src|-/tree)/(.+?)/?$");
    private static final String SOURCE_LOCATION = "backstage.io/source-location";

    private BackstageCatalog() {
    }

    /** A catalog file in a production or deployment folder; those of tests, examples and docs declare nothing real. */
    static boolean isCatalog(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        // every match is catalog-info.yml or .yaml in some case: other names are refused without a matcher
        if (!name.regionMatches(true, 0, "catalog-info.y", 0, "catalog-info.y".length())
                || !CATALOG_NAME.matcher(name).matches()) {
            return false;
        }
        FileRole role = FileRoles.codeRoleIn(path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "");
        return role == FileRole.PRODUCTION_CODE || role == FileRole.DEPLOYMENT;
    }

    static List<ComponentMarker> read(SourceFile file, YamlParser yaml) {
        List<ComponentMarker> markers = new ArrayList<>();
        for (TreeNode document : yaml.parseAll(file.content())) {
            if (!TreePaths.scalar(document, "apiVersion").filter(v -> v.startsWith("backstage.io/")).isPresent()) {
                continue;
            }
            Optional<String> name = TreePaths.scalar(document, "metadata", "name").filter(n -> !n.contains("{{"));
            Optional<String> kind = TreePaths.scalar(document, "kind");
            if (name.isEmpty() || kind.isEmpty()) {
                continue;
            }
            if (kind.get().equals("Component")) {
                markers.add(new ComponentMarker.CatalogComponent(name.get(), file.folder(), sourceFolders(file.folder(),
                        TreePaths.scalar(document, "metadata", "annotations", SOURCE_LOCATION)),
                        TreePaths.scalar(document, "spec", "system"), TreePaths.scalar(document, "spec", "owner"),
                        TreePaths.scalar(document, "spec", "type")));
            } else if (kind.get().equals("System")) {
                markers.add(new ComponentMarker.CatalogSystem(name.get(), TreePaths.scalar(document, "spec", "owner"),
                        TreePaths.scalar(document, "spec", "domain")));
            }
        }
        return markers;
    }

    /**
     * {@code dir:./services/orders} is a folder relative to the catalog file; in {@code url:…/tree/<ref>/services/orders}
     * the ref may hold slashes, so every split is a candidate, the longest path first.
     */
    static List<String> sourceFolders(String folder, Optional<String> location) {
        List<String> candidates = new ArrayList<>();
        if (location.isEmpty()) {
            return candidates;
        }
        String value = location.get().strip();
        if (value.startsWith("dir:")) {
            ComposeDetector.resolve(folder, value.substring(4).strip()).ifPresent(candidates::add);
            return candidates;
        }
        Matcher url = TREE_URL.matcher(value);
        if (url.matches()) {
            String[] parts = url.group(1).split("/");
            for (int ref = 1; ref < parts.length; ref++) {
                candidates.add(String.join("/", Arrays.asList(parts).subList(ref, parts.length)));
            }
        }
        return candidates;
    }
}
