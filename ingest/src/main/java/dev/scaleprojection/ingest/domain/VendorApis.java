package dev.scaleprojection.ingest.domain;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go clients generated from APIs a vendor publishes, not services of the system: a client of {@code
 * go.temporal.io/api/workflowservice/v1} calls the Temporal server (samples-go's grpc-proxy), one of {@code
 * cloud.google.com/go/…} or {@code google.golang.org/genproto/…} a Google API. Judged by the import the package comes from.
 */
final class VendorApis {

    private static final List<String> PREFIXES = List.of("go.temporal.io/", "google.golang.org/genproto/",
            "google.golang.org/grpc/", "cloud.google.com/go/", "github.com/aws/", "github.com/Azure/",
            "go.etcd.io/", "k8s.io/", "github.com/hashicorp/");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*(?:import\\s+)?(\\w+\\s+)?\"([\\w.\\-/]+)\"");

    private VendorApis() {
    }

    /** True when the Go package {@code name} (as the code refers to it) is imported from a vendor's API module. */
    static boolean isGoVendorPackage(String source, String name) {
        if (name.isEmpty()) {
            return false;
        }
        Matcher imported = IMPORT.matcher(source);
        while (imported.find()) {
            String path = imported.group(2);
            String alias = imported.group(1) == null ? lastElement(path) : imported.group(1).strip();
            if (alias.equals(name)) {
                return PREFIXES.stream().anyMatch(path::startsWith);
            }
        }
        return false;
    }

    /** {@code workflowservice} for {@code go.temporal.io/api/workflowservice/v1}: a major-version suffix is no name. */
    private static String lastElement(String path) {
        String[] elements = path.split("/");
        int last = elements.length - 1;
        return last > 0 && elements[last].matches("v\\d+") ? elements[last - 1] : elements[last];
    }
}
