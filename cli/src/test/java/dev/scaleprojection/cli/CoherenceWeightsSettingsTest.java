package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.platform.config.ConfigurationException;
import dev.scaleprojection.platform.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoherenceWeightsSettingsTest {

    @Test
    void weighsUncertainGapsAsConcerningOnesUnlessToldOtherwise() {
        assertThat(RunCommand.weights(Settings.of(Map.of()))).isEqualTo(CoherenceIndex.DEFAULT);
        assertThat(RunCommand.weights(Settings.of(Map.of("score.weight.concerning", "0.4"))))
                .isEqualTo(new CoherenceIndex(0.4, 1.0, 0.4));
        assertThat(RunCommand.weights(Settings.of(Map.of("score.weight.uncertain", "0.1"))))
                .isEqualTo(new CoherenceIndex(0.25, 1.0, 0.1));
    }

    @Test
    void refusesWeightsThatWouldLetTheIndexRiseNamingTheKey() {
        assertThatThrownBy(() -> RunCommand.weights(Settings.of(Map.of("score.weight.uncertain", "2"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("score.weight.uncertain");
        assertThatThrownBy(() -> RunCommand.weights(Settings.of(Map.of("score.weight.blocking", "0.1"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("score.weight.blocking");
        assertThatThrownBy(() -> RunCommand.weights(Settings.of(Map.of("score.weight.concerning", "lots"))))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("score.weight.concerning");
    }
}
