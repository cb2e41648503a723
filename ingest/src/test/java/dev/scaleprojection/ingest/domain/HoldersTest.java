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

    @ParameterizedTest(name = "a name across a line break: {0}")
    @CsvSource({"'Db\nConfig'", "'Db\rSettings'", "'Db\u2028Constants'"})
    void takesNoNameAcrossALineBreakForAHolder(String name) {
        assertThat(Holders.isConfigClass(name)).isFalse();
    }
}
