package dev.scaleprojection.aggregator.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.scaleprojection.domain.Category;
import dev.scaleprojection.domain.Concern;
import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.ScaleVector;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GapFilterTest {

    /** A Concerning multi-tenancy gap to reach Composed (5), revealed by concurrent users. */
    static final OpenGap GAP = new OpenGap("g", "k", "multi-tenancy.tenant-in-domain", 1, Level.COMPOSED, Category.CONCERNING,
            "MULTI_TENANCY", "ISOLATION", List.of("CONCURRENT_USERS"), "title", List.of(), GapExplanation.NONE);

    @ParameterizedTest(name = "level {0}, category {1}, concern {2}, vector {3}: kept {4}")
    @CsvSource(nullValues = "-", value = {
        "-,            -,          -,             -,                true",
        "COMPOSED,     -,          -,             -,                true",
        "SCALED,       -,          -,             -,                true",
        "SERVICE,      -,          -,             -,                false",
        "-,            CONCERNING, -,             -,                true",
        "-,            BLOCKING,   -,             -,                false",
        "-,            -,          MULTI_TENANCY, -,                true",
        "-,            -,          PARTITIONING,  -,                false",
        "-,            -,          -,             CONCURRENT_USERS, true",
        "-,            -,          -,             DATA_VOLUME,      false",
        "ORCHESTRATED, CONCERNING, MULTI_TENANCY, CONCURRENT_USERS, true"})
    void keepsTheGapsThatStandInTheWayOfALevelAndHaveTheGivenCategoryConcernAndVector(
            Level level, Category category, Concern concern, ScaleVector vector, boolean kept) {
        GapFilter filter = new GapFilter(Optional.ofNullable(level), Optional.ofNullable(category), Optional.ofNullable(concern),
                Optional.ofNullable(vector));

        assertThat(filter.keeps(GAP)).isEqualTo(kept);
    }
}
