package dev.scaleprojection.ingest.domain;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Apps that run on the user's device, told by their project: a .NET MAUI, WPF, Windows Forms or Blazor WebAssembly
 * project, a package.json depending on React Native or Expo, or a single-page web app's package.json (a browser
 * framework built by a browser bundler, no server framework: fullstackhero's Vite and React admin), an Android
 * application's Gradle build, a Flutter pubspec. Such an app is no service of the system: its calls to the backend are
 * the device's, not a {@code coupling.sync-internal-call} of a component (eShop's MAUI ClientApp calling basket over
 * gRPC); the tenant ids it sends are the user's request, not domain logic; what it keeps is per device, not shared by a
 * service's instances; its page sizes and timeouts are the client's, not a service's tuning; and the personal data it
 * sends or logs is the user's own, handed to the system or kept on the device, leaving none of the system's contexts.
 */
public final class ClientApps {

    private static final Pattern DOTNET_CLIENT = Pattern.compile("(?i)<(UseMaui|UseWPF|UseWindowsForms)>\\s*true\\s*</\\1>"
            + "|Sdk\\s*=\\s*\"Microsoft\\.NET\\.Sdk\\.BlazorWebAssembly\"");
    private static final Pattern ANDROID_APPLICATION = Pattern.compile("com\\.android\\.application|android\\.application\\b");
    private static final Pattern FLUTTER_SDK = Pattern.compile("(?m)^\\s+sdk:\\s*flutter\\s*$");
    private static final Set<String> SCRIPT_CLIENTS = Set.of("react-native", "expo");
    /** The kinds of finding that, made in a client app's code, are the device's and no component's. */
    private static final Set<String> DEVICE_KINDS = Set.of(InternalServiceCallDetector.SYNC_CALL,
            TenantIdentifierDetector.IN_DOMAIN, TenantIdentifierDetector.IN_PERSISTENCE, TuningDetector.HARDCODED,
            SharedStateDetector.SHARED_STATE, PersonalDataDetector.EGRESS);

    private ClientApps() {
    }

    /** Whether the file, from its path, may be the project of a client app of a production folder. */
    static boolean mayBe(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        boolean project = name.endsWith(".csproj") || name.equals("package.json") || name.equals("build.gradle")
                || name.equals("build.gradle.kts") || name.equals("pubspec.yaml");
        return project && FileRoles.codeRoleIn(DeployableCandidates.folderOf(path)) == FileRole.PRODUCTION_CODE;
    }

    static Optional<ComponentMarker.ClientApp> of(SourceFile file) {
        if (!mayBe(file.path())) {
            return Optional.empty();
        }
        String name = file.name().toLowerCase(Locale.ROOT);
        String content = file.content();
        boolean client;
        boolean webApp = false;
        if (name.endsWith(".csproj")) {
            client = (content.contains("true") || content.contains("BlazorWebAssembly")) && DOTNET_CLIENT.matcher(content).find();
        } else if (name.equals("package.json")) {
            client = (content.contains("\"react-native\"") || content.contains("\"expo\"")) && scriptClient(content);
            webApp = !client && WebApps.isSinglePageApp(content);
            client |= webApp;
        } else if (name.startsWith("build.gradle")) {
            client = content.contains("application") && ANDROID_APPLICATION.matcher(content).find();
        } else {
            client = content.contains("flutter") && FLUTTER_SDK.matcher(content).find();
        }
        return client ? Optional.of(new ComponentMarker.ClientApp(DeployableCandidates.folderOf(file.path()), webApp))
                : Optional.empty();
    }

    /** React Native or Expo among the runtime dependencies: a library that only builds for it names them as peers. */
    private static boolean scriptClient(String content) {
        try {
            return TreePaths.at(JsonTree.parse(content), "dependencies")
                    .filter(dependencies -> SCRIPT_CLIENTS.stream().anyMatch(d -> TreePaths.at(dependencies, d).isPresent()))
                    .isPresent();
        } catch (MalformedDocumentException e) {
            return false;
        }
    }

    /**
     * The folders of the client apps the markers name; not a web app's folder that also holds a server's build
     * (jhipster's Angular package.json beside the Spring Boot pom.xml at the root: the Java code runs on the server).
     */
    public static Set<String> folders(Collection<ComponentMarker> markers, Collection<String> paths) {
        Set<String> serverBuilds = paths.stream().filter(WebApps::isServerBuild).map(DeployableCandidates::folderOf)
                .collect(Collectors.toSet());
        return markers.stream().filter(ComponentMarker.ClientApp.class::isInstance).map(ComponentMarker.ClientApp.class::cast)
                .filter(app -> !app.webApp() || !serverBuilds.contains(app.folder()))
                .map(ComponentMarker.ClientApp::folder).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether a finding is the device's: a synchronous call, a tenant id, shared state, hard-coded tuning or personal data
     * sent out in a client app's code — its file lies in the app's folder and the component holding it is not one inside
     * the app's folder (a server beside the app in a repository whose root is an Expo app keeps its facts); a component
     * elsewhere that took the app's folder in (a server that references and serves its Blazor WebAssembly client,
     * dotnet-podcasts) does not make the app's calls a service's.
     */
    public static boolean isTheDevices(Finding finding, String componentFolder, Collection<String> clientFolders) {
        if (!DEVICE_KINDS.contains(finding.kind())) {
            return false;
        }
        return clientFolders.stream().anyMatch(folder -> atOrBelow(finding.path(), folder) && !inside(componentFolder, folder));
    }

    /** Whether a component's folder lies inside a client app's folder, so the component is not the app itself. */
    private static boolean inside(String componentFolder, String clientFolder) {
        return !componentFolder.equals(clientFolder) && atOrBelow(componentFolder, clientFolder);
    }

    private static boolean atOrBelow(String path, String folder) {
        return folder.isEmpty() || path.equals(folder) || ComponentLayout.below(path, folder);
    }
}
