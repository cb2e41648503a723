package dev.scaleprojection.schemas;

import dev.scaleprojection.avro.ComponentAssessed;
import dev.scaleprojection.avro.FactEvent;
import dev.scaleprojection.avro.GapChanged;
import dev.scaleprojection.avro.Rule;
import dev.scaleprojection.avro.ScoreChanged;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every topic of the product, written once. Names follow {@code scale-projection.<what>.v<major>}. */
public final class Topics {

    private static final Map<String, String> RETAINED_FOREVER = Map.of("cleanup.policy", "delete", "retention.ms", "-1");
    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");

    public static final TopicSpec<FactEvent> FACTS =
            new TopicSpec<>("scale-projection.facts.v1", Optional.of(FactEvent.class), RETAINED_FOREVER);
    public static final TopicSpec<Rule> RULES =
            new TopicSpec<>("scale-projection.rules.v1", Optional.of(Rule.class), COMPACTED);
    public static final TopicSpec<GapChanged> GAPS =
            new TopicSpec<>("scale-projection.gaps.v1", Optional.of(GapChanged.class), RETAINED_FOREVER);
    public static final TopicSpec<ComponentAssessed> ASSESSMENTS =
            new TopicSpec<>("scale-projection.assessments.v1", Optional.of(ComponentAssessed.class), COMPACTED);
    public static final TopicSpec<ScoreChanged> SCORES =
            new TopicSpec<>("scale-projection.scores.v1", Optional.of(ScoreChanged.class), COMPACTED);
    public static final TopicSpec<byte[]> DEAD_LETTERS = new TopicSpec<>("scale-projection.dead-letters.v1", Optional.empty(),
            Map.of("cleanup.policy", "delete", "retention.ms", Long.toString(Duration.ofDays(30).toMillis())));
    /** Where the embedded schema registry keeps its schemas and configuration; one partition, compacted. */
    public static final TopicSpec<byte[]> REGISTRY_SCHEMAS =
            new TopicSpec<>("scale-projection.registry-schemas.v1", Optional.empty(), COMPACTED);

    /** The topics the pipeline creates with the configured partition count. */
    public static final List<TopicSpec<?>> PIPELINE = List.of(FACTS, RULES, GAPS, ASSESSMENTS, SCORES, DEAD_LETTERS);

    private Topics() {
    }
}
