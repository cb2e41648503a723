package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Apps that run on the user's device, told by their projects, and the findings that are theirs. */
class ClientAppsTest {

    static Stream<Arguments> projects() {
        return Stream.of(
                arguments("a .NET MAUI app (eShop's ClientApp)", "src/ClientApp/ClientApp.csproj", """
                        <Project Sdk="Microsoft.NET.Sdk">
                          <PropertyGroup>
                            <OutputType Condition="'$(TargetFramework)' != 'net10.0'">Exe</OutputType>
                            <UseMaui>true</UseMaui>
                          </PropertyGroup>
                        </Project>
                        """, true),
                arguments("a WPF app", "desktop/Shop.Desktop.csproj",
                        "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><UseWPF>true</UseWPF></PropertyGroup></Project>\n", true),
                arguments("a Windows Forms app", "tools/Admin/Admin.csproj",
                        "<Project><PropertyGroup><UseWindowsForms>true</UseWindowsForms></PropertyGroup></Project>\n", true),
                arguments("a Blazor WebAssembly app", "src/Shop.Client/Shop.Client.csproj",
                        "<Project Sdk=\"Microsoft.NET.Sdk.BlazorWebAssembly\"></Project>\n", true),
                arguments("a React Native app", "mobile/package.json",
                        "{\"name\": \"mobile\", \"dependencies\": {\"react\": \"18.2.0\", \"react-native\": \"0.74.0\"}}\n", true),
                arguments("an Expo app", "apps/mobile/package.json",
                        "{\"name\": \"mobile\", \"dependencies\": {\"expo\": \"~51.0.0\"}}\n", true),
                arguments("an Android application's Gradle build", "android/app/build.gradle.kts",
                        "plugins {\n    id(\"com.android.application\")\n    kotlin(\"android\")\n}\n", true),
                arguments("a Flutter app", "app/pubspec.yaml", "name: shop\ndependencies:\n  flutter:\n    sdk: flutter\n", true),
                arguments("an ASP.NET service", "src/Basket.API/Basket.API.csproj",
                        "<Project Sdk=\"Microsoft.NET.Sdk.Web\"><PropertyGroup><Nullable>true</Nullable></PropertyGroup></Project>\n",
                        false),
                arguments("MAUI turned off", "src/Shared/Shared.csproj",
                        "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><UseMaui>false</UseMaui></PropertyGroup></Project>\n",
                        false),
                arguments("a component library for React Native: a peer, not a dependency", "packages/ui/package.json",
                        "{\"name\": \"ui\", \"peerDependencies\": {\"react-native\": \"*\"}, \"dependencies\": {\"clsx\": \"2\"}}\n",
                        false),
                arguments("a Node service whose name only mentions expo", "api/package.json",
                        "{\"name\": \"expo-push-api\", \"dependencies\": {\"express\": \"4\"}}\n", false),
                arguments("an Android library module", "android/sdk/build.gradle", "apply plugin: 'com.android.library'\n", false),
                arguments("a Dart package without Flutter", "tool/pubspec.yaml", "name: tool\ndependencies:\n  args: ^2.0.0\n",
                        false),
                arguments("a MAUI app among samples", "samples/Maui/Maui.csproj",
                        "<Project><PropertyGroup><UseMaui>true</UseMaui></PropertyGroup></Project>\n", false),
                arguments("a Vite and React single-page app (fullstackhero's admin)", "clients/admin/package.json", """
                        {"name": "@fullstackhero/admin", "scripts": {"dev": "vite --port 5173"},
                         "dependencies": {"@tanstack/react-query": "^5.66.0", "react": "^19.0.0", "react-dom": "^19.0.0"},
                         "devDependencies": {"@vitejs/plugin-react": "^4.3.4", "typescript": "^5.7.3", "vite": "^6.1.0"}}
                        """, true),
                arguments("a Create React App app", "frontend/package.json",
                        "{\"dependencies\": {\"react\": \"18\", \"react-dom\": \"18\", \"react-scripts\": \"5.0.1\"}}\n", true),
                arguments("an Angular app", "web/package.json", """
                        {"dependencies": {"@angular/core": "^17.0.0", "rxjs": "~7.8.0"},
                         "devDependencies": {"@angular-devkit/build-angular": "^17.0.0", "@angular/cli": "^17.0.0"}}
                        """, true),
                arguments("a Vue app built by Vite", "ui/package.json",
                        "{\"dependencies\": {\"vue\": \"^3.4.0\"}, \"devDependencies\": {\"vite\": \"^5.0.0\"}}\n", true),
                arguments("a Next.js app: its server renders and serves routes", "web/package.json",
                        "{\"dependencies\": {\"next\": \"14\", \"react\": \"18\", \"react-dom\": \"18\"}}\n", false),
                arguments("a Vite app rendered on the server by Express", "app/package.json", """
                        {"dependencies": {"express": "^4.19.0", "react": "18", "react-dom": "18"},
                         "devDependencies": {"vite": "^5.0.0"}}
                        """, false),
                arguments("a React Router app in framework mode: a server", "app/package.json", """
                        {"dependencies": {"@react-router/node": "^7.0.0", "react": "19", "react-dom": "19"},
                         "devDependencies": {"@react-router/dev": "^7.0.0", "vite": "^6.0.0"}}
                        """, false),
                arguments("a React component library: React only among its dev dependencies", "packages/ui/package.json", """
                        {"peerDependencies": {"react": "*", "react-dom": "*"},
                         "devDependencies": {"react-dom": "18", "vite": "^5.0.0"}}
                        """, false),
                arguments("a React app without a bundler it names (built elsewhere)", "packages/app/package.json",
                        "{\"dependencies\": {\"react\": \"18\", \"react-dom\": \"18\"}}\n", false),
                arguments("a malformed package.json", "web/package.json", "{\"dependencies\": {\"react-dom\": \n", false));
    }

    @ParameterizedTest(name = "{0}: a client app {3}")
    @MethodSource("projects")
    void tellsAClientAppByItsProject(String description, String path, String content, boolean client) {
        Optional<ComponentMarker.ClientApp> app = ClientApps.of(new SourceFile(path, content));

        assertThat(app.map(ComponentMarker.ClientApp::folder))
                .isEqualTo(client ? Optional.of(DeployableCandidates.folderOf(path)) : Optional.empty());
        assertThat(app.map(ComponentMarker.ClientApp::webApp)).isEqualTo(client
                ? Optional.of(path.endsWith("package.json") && !content.contains("react-native") && !content.contains("expo"))
                : Optional.empty());
    }

    @Test
    void aWebAppBesideAServersBuildIsNoClientAppButADeviceAppBesideItsOwnBuildIs() {
        // given jhipster's Angular package.json beside its Spring Boot pom.xml, a Vite app alone, and a MAUI app
        List<ComponentMarker> markers = List.of(new ComponentMarker.ClientApp("", true),
                new ComponentMarker.ClientApp("clients/admin", true), new ComponentMarker.ClientApp("src/ClientApp", false));
        List<String> paths = List.of("pom.xml", "package.json", "src/main/java/shop/App.java", "clients/admin/package.json",
                "clients/admin/src/main.tsx", "src/ClientApp/ClientApp.csproj", "src/ClientApp/App.xaml.cs");

        // then the root runs on the server; the admin and the MAUI app on the user's device
        assertThat(ClientApps.folders(markers, paths)).containsExactlyInAnyOrder("clients/admin", "src/ClientApp");
    }

    @ParameterizedTest(name = "{0} {1} in component folder ''{2}'': the device''s {3}")
    @CsvSource({
            "coupling.sync-internal-call, src/ClientApp/Services/BasketService.cs, src/ClientApp, true",
            "coupling.sync-internal-call, src/ClientApp/Services/BasketService.cs, '', true",
            // dotnet-podcasts: the Blazor WebAssembly client, placed in the server that references and serves it
            "coupling.sync-internal-call, src/ClientApp/Program.cs, src/Web/Server, true",
            "coupling.sync-internal-call, src/WebApp/Services/BasketService.cs, src/WebApp, false",
            "coupling.sync-internal-call, src/ClientAppHost/Program.cs, src/ClientAppHost, false",
            "endpoint.hardcoded, src/ClientApp/Services/BasketService.cs, src/ClientApp, false",
            // fullstackhero's admin: the tenant a request names, the list's page size, a per-tab cache
            "tenancy.tenant-id-in-domain, src/ClientApp/api/tenants.ts, src/ClientApp, true",
            "tenancy.tenant-id-in-persistence, src/ClientApp/db/tenants.ts, src/ClientApp, true",
            "configuration.hardcoded-tuning, src/ClientApp/api/files.ts, src/ClientApp, true",
            "state.shared-mutable-state, src/ClientApp/lib/cache.ts, src/ClientApp, true",
            "tenancy.tenant-id-in-domain, src/WebApp/Services/TenantService.cs, src/WebApp, false",
            "configuration.configured-tuning, src/ClientApp/.env, src/ClientApp, false",
            // the user's own e-mail sent to the backend at sign-in (the React and Redux realworld app's agent.js)
            "data.personal-data-egress, src/ClientApp/api/users.ts, src/ClientApp, true",
            "data.personal-data-stored, src/ClientApp/db/users.ts, src/ClientApp, false",
            "data.personal-data-egress, src/WebApp/Services/Mailer.cs, src/WebApp, false"})
    void tellsTheFindingsOfAClientAppFromAServicesFindings(String kind, String path, String componentFolder, boolean device) {
        Finding finding = new Finding(kind, Finding.SOURCE_CODE, path, 3, 3, "call", "BasketService", Map.of("target", "basket"));

        assertThat(ClientApps.isTheDevices(finding, componentFolder, List.of("src/ClientApp"))).isEqualTo(device);
    }

    @ParameterizedTest(name = "a call in {0} of component folder ''{1}'' in a repository that is an Expo app: the device''s {2}")
    @CsvSource({
            "src/api/orders.ts, '', true",
            "server/src/orders.ts, server, false"})
    void aServerBesideAnAppAtTheRootKeepsItsCalls(String path, String componentFolder, boolean device) {
        Finding finding = new Finding("coupling.sync-internal-call", Finding.SOURCE_CODE, path, 3, 3, "call", "orders",
                Map.of("target", "orders"));

        assertThat(ClientApps.isTheDevices(finding, componentFolder, List.of(""))).isEqualTo(device);
    }
}
