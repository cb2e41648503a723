package dev.scaleprojection.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FactPartitioningTest {

    @ParameterizedTest
    @CsvSource({"acme/shop/orders, acme/shop", "acme/shop/orders/api, acme/shop", "acme/shop, acme/shop", "lonely, lonely"})
    void theSystemOfAComponentIsItsOrganizationAndSystem(String componentId, String system) {
        assertThat(FactPartitioning.systemOf(componentId)).isEqualTo(system);
    }

    @Test
    void placesEveryComponentOfASystemInThePartitionKafkaWouldGiveTheSystemsKey() {
        int expected = BuiltInPartitioner.partitionForKey("acme/shop".getBytes(StandardCharsets.UTF_8), 7);

        assertThat(IntStream.range(0, 50).map(i -> FactPartitioning.partitionOf("acme/shop/component-" + i, 7)).distinct())
                .containsExactly(expected);
    }

    @Test
    void spreadsSystemsOverThePartitions() {
        assertThat(IntStream.range(0, 200).map(i -> FactPartitioning.partitionOf("acme/system-" + i + "/api", 4)).distinct().count())
                .isEqualTo(4);
    }

    @Test
    void refusesATopicWithoutPartitions() {
        assertThatThrownBy(() -> FactPartitioning.partitionOf("acme/shop/orders", 0)).hasMessageContaining("at least one partition");
    }
}
