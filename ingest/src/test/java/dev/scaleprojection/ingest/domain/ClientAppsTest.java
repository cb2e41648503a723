package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Apps that run on the user's device, told by their projects, and the calls that are theirs. */
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
                        "<Project><PropertyGroup><UseMaui>true</UseMaui></PropertyGroup></Project>\n", false));
    }

    @ParameterizedTest(name = "{0}: a client app {3}")
    @MethodSource("projects")
    void tellsAClientAppByItsProject(String description, String path, String content, boolean client) {
        Optional<ComponentMarker.ClientApp> app = ClientApps.of(new SourceFile(path, content));

        assertThat(app).isEqualTo(client ? Optional.of(new ComponentMarker.ClientApp(DeployableCandidates.folderOf(path)))
                : Optional.empty());
    }

    @ParameterizedTest(name = "{0} {1} in component folder ''{2}'': the device''s {3}")
    @CsvSource({
            "coupling.sync-internal-call, src/ClientApp/Services/BasketService.cs, src/ClientApp, true",
            "coupling.sync-internal-call, src/ClientApp/Services/BasketService.cs, '', true",
            // dotnet-podcasts: the Blazor WebAssembly client, placed in the server that references and serves it
            "coupling.sync-internal-call, src/ClientApp/Program.cs, src/Web/Server, true",
            "coupling.sync-internal-call, src/WebApp/Services/BasketService.cs, src/WebApp, false",
            "coupling.sync-internal-call, src/ClientAppHost/Program.cs, src/ClientAppHost, false",
            "endpoint.hardcoded, src/ClientApp/Services/BasketService.cs, src/ClientApp, false"})
    void tellsTheCallsOfAClientAppFromAServicesCalls(String kind, String path, String componentFolder, boolean device) {
        Finding finding = new Finding(kind, Finding.SOURCE_CODE, path, 3, 3, "call", "BasketService", Map.of("target", "basket"));

        assertThat(ClientApps.isDeviceCall(finding, componentFolder, List.of("src/ClientApp"))).isEqualTo(device);
    }

    @ParameterizedTest(name = "a call in {0} of component folder ''{1}'' in a repository that is an Expo app: the device''s {2}")
    @CsvSource({
            "src/api/orders.ts, '', true",
            "server/src/orders.ts, server, false"})
    void aServerBesideAnAppAtTheRootKeepsItsCalls(String path, String componentFolder, boolean device) {
        Finding finding = new Finding("coupling.sync-internal-call", Finding.SOURCE_CODE, path, 3, 3, "call", "orders",
                Map.of("target", "orders"));

        assertThat(ClientApps.isDeviceCall(finding, componentFolder, List.of(""))).isEqualTo(device);
    }
}
