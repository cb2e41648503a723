package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Verdict;

/** What a scope's score needs of one component: its headline verdict, counts and index. */
public record ComponentSummary(String componentId, Verdict verdict, int clean, int concerning, int blocking, double index,
                               long assessedAt, String cause) {

    public static ComponentSummary of(ComponentAssessment assessment, CoherenceIndex weights) {
        LevelVerdict headline = assessment.headline();
        return new ComponentSummary(assessment.componentId(), headline.verdict(), headline.clean(), headline.concerning(),
                headline.blocking(), assessment.coherenceIndex(weights), assessment.assessedAt(), assessment.cause());
    }
}
