package dev.scaleprojection.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.platform.kafka.EmbeddedKafkaBroker;
import dev.scaleprojection.platform.kafka.TopicAdministrator;
import dev.scaleprojection.schemas.Topics;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `replay` on a broker whose pipeline topics exist but whose classifier never ran (PipelineEndToEndTest replays a running one). */
class ReplayCommandTest {

    @TempDir
    static Path dataDir;
    static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startABrokerWithThePipelinesTopicsOnly() {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
        new TopicAdministrator(broker.clients()).ensure(Topics.PIPELINE, 1, Optional.of((short) 1));
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    @Test
    void saysWhenThePipelinesClassifierHasCommittedNothingAndReplaysAnEmptyLogToAnEmptyOne() {
        CommandRun cli = new CommandRun();

        int exit = cli.execute("replay", "--bootstrap-servers", broker.bootstrapServers(), "--registry-url", "http://localhost:1",
                "--timeout", "30s");

        assertThat(exit).as(cli.out() + cli.err()).isZero();
        assertThat(cli.out()).contains("its consumer group scale-projection-classifier has committed nothing yet: is the pipeline's "
                        + "classifier running? waiting up to 30s")
                .contains("Replayed: 0 gap changes of 0 components (scale-projection.gaps.v1: 0 of 0); dead letters: 0.",
                        "Identical, byte for byte, to scale-projection.gaps.v1.");
    }
}
