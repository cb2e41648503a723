package dev.scaleprojection.ingest.continuous;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.ingest.domain.ComposeDetector;
import dev.scaleprojection.ingest.domain.Finding;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which findings of a changed file can move components, so that an incremental rescan must lay them out again. */
class LayoutChangesTest {

    @ParameterizedTest(name = "{0}={1} places components: {2}")
    @CsvSource({
        "buildPath,          orders,           true",
        "sourcePath,         internal/trainer, true",
        "chartPath,          charts/shop,      true",
        "image,              redis:7,          false",
        "service,            cache,            false"})
    void aComposeServiceRunningMountedCodePlacesComponentsLikeOneBuiltFromAFolder(String attribute, String value,
                                                                                  boolean places) {
        Finding service = new Finding(ComposeDetector.COMPOSE_SERVICE, Finding.DEPLOYMENT_DESCRIPTOR, "docker-compose.yml",
                3, 3, "svc:", "svc", Map.of(attribute, value));

        assertThat(LayoutChanges.placesComponents(List.of(service))).isEqualTo(places);
    }
}
