package dev.scaleprojection.ingest.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HoldersTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "DbConfig, true",
        "AppConfiguration, true",
        "KafkaProperties, true",
        "Props, true",
        "AppSettings, true",
        "Constants, true",
        "ErrorConstant, true",
        "Consts, true",
        "RetryDefaults, true",
        "ConfigLoader, false",
        "SettingsService, false",
        "appconfig, false",
        "Configurator, false",
        "'', false"
    })
    void tellsAConfigurationOrConstantsHolderByTheEndOfItsName(String name, boolean holder) {
        assertThat(Holders.isConfigClass(name)).isEqualTo(holder);
    }
}
