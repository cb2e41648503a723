package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Verdict;
import java.util.Objects;

/** What a scope's score needs of one component: its headline verdict, counts and index, and the groups it belongs to. */
public record ComponentSummary(String componentId, Verdict verdict, int clean, int concerning, int blocking, int uncertain,
                               double index, long assessedAt, String cause, Ownership ownership) {

    public ComponentSummary {
        ownership = Objects.requireNonNullElse(ownership, Ownership.NONE);
    }

    public static ComponentSummary of(ComponentAssessment assessment, CoherenceIndex weights) {
        LevelVerdict headline = assessment.headline();
        return new ComponentSummary(assessment.componentId(), headline.verdict(), headline.clean(), headline.concerning(),
                headline.blocking(), headline.uncertain(), assessment.coherenceIndex(weights), assessment.assessedAt(),
                assessment.cause(), assessment.ownership());
    }
}
