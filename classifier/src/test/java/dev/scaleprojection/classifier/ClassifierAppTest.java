package dev.scaleprojection.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.platform.streams.StreamsSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class ClassifierAppTest {

    private static final StreamsSettings SETTINGS = new StreamsSettings("localhost:9092", Path.of("state"), 1, 1);

    @Test
    void aTaskProcessesWhatItHasFetchedWithoutWaitingForItsEmptyInternalTopics() {
        Properties properties = ClassifierApp.properties(SETTINGS, "classifier");

        assertThat(properties.get(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG)).isEqualTo(StreamsConfig.MAX_TASK_IDLE_MS_DISABLED);
        assertThat(properties.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
    }

    @Test
    void anOverrideOfTheIdleTimeWins() {
        StreamsSettings waiting = new StreamsSettings(SETTINGS.clients(), Path.of("state"), 1, 1,
                Map.of(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG, 0L));

        assertThat(ClassifierApp.properties(waiting, "classifier").get(StreamsConfig.MAX_TASK_IDLE_MS_CONFIG)).isEqualTo(0L);
    }
}
