package dev.scaleprojection.aggregator.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamPositionTest {

    @Test
    void writesAnIdItReadsBack() {
        StreamPosition position = StreamPosition.of(Map.of("g0", 17L, "g1", 4L, "s0", 9L));

        assertThat(position.encoded()).isEqualTo("g0:17.g1:4.s0:9");
        assertThat(StreamPosition.parse(position.encoded())).isEqualTo(position);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "17", "g0", "g0:x", "g0:1.g0:2", "g0:1..s0:2", "G0:1", "g0:-1"})
    void refusesWhatIsNotAnIdOfThisStream(String id) {
        assertThatThrownBy(() -> StreamPosition.parse(id)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void movesPastARecordOnlyForward() {
        StreamPosition position = StreamPosition.START.past("g0", 5);

        assertThat(position.covers("g0", 5)).isTrue();
        assertThat(position.covers("g0", 6)).isFalse();
        assertThat(position.covers("g1", 0)).isFalse();
        assertThat(position.past("g0", 2)).isEqualTo(position);
        assertThat(position.past("g0", 9).next("g0")).isEqualTo(10);
    }

    @Test
    void takesTheFurtherOfTwoPositionsPartitionByPartitionAndKnowsWhenItIsBehind() {
        StreamPosition a = StreamPosition.of(Map.of("g0", 5L, "g1", 1L));
        StreamPosition b = StreamPosition.of(Map.of("g0", 3L, "s0", 2L));

        assertThat(a.max(b)).isEqualTo(StreamPosition.of(Map.of("g0", 5L, "g1", 1L, "s0", 2L)));
        assertThat(a.isBehind(b)).isTrue();
        assertThat(a.max(b).isBehind(b)).isFalse();
        assertThat(b.isBehind(StreamPosition.of(Map.of("g0", 3L)))).isFalse();
    }
}
