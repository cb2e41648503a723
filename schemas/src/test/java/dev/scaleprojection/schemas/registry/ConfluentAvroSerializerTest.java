package dev.scaleprojection.schemas.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.scaleprojection.avro.Axis;
import dev.scaleprojection.avro.Concern;
import dev.scaleprojection.avro.Rule;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

/** Each thread reuses its encoder from record to record; nothing of one record may reach the next. */
class ConfluentAvroSerializerTest {

    @Test
    void writesARecordAfterAFailedOneAsAFreshSerializerWould() {
        try (StubRegistry registry = new StubRegistry(200, "{\"id\":7}")) {
            // given a serializer that has just failed half-way through a record
            ConfluentAvroSerializer<Rule> used = serializer(registry);
            Rule broken = rule("first-rule");
            broken.setConcern(null);
            assertThat(catchThrowable(() -> used.serialize("rules.v1", broken))).isInstanceOf(SerializationException.class);

            // when it writes the next record
            byte[] next = used.serialize("rules.v1", rule("second-rule"));

            // then the bytes are those of a serializer that never failed
            assertThat(next).isEqualTo(serializer(registry).serialize("rules.v1", rule("second-rule")));
        }
    }

    @Test
    void writesEachRecordOfAStreamAsIfItWereTheOnlyOne() {
        try (StubRegistry registry = new StubRegistry(200, "{\"id\":7}")) {
            ConfluentAvroSerializer<Rule> reused = serializer(registry);
            for (String id : List.of("a-rule-with-a-long-identifier-" + "x".repeat(3000), "b", "c-rule")) {
                assertThat(reused.serialize("rules.v1", rule(id))).as(id)
                        .isEqualTo(serializer(registry).serialize("rules.v1", rule(id)));
            }
        }
    }

    private static ConfluentAvroSerializer<Rule> serializer(StubRegistry registry) {
        return new ConfluentAvroSerializer<>(new SchemaRegistryClient(registry.url()), Rule.getClassSchema(),
                new TrustedSpecificData(Rule.class), false);
    }

    private static Rule rule(String id) {
        return Rule.newBuilder().setRuleId(id).setVersion(3).setConcern(Concern.values()[0]).setAxis(Axis.values()[0])
                .setScaleVectors(List.of()).setTitle("a title for " + id).setFactKinds(List.of("endpoint.hardcoded"))
                .setAttributeEquals(Map.of("technology", "jdbc")).setCategories(List.of()).setCurrentState("now")
                .setAtScale("at scale").setRequired("required").setRemediation("remedy").setRequiredKinds(List.of())
                .setAbsentKinds(List.of()).setMinCount(1).setCountDistinct("").setAcrossContexts(0).setAcrossComponents(0)
                .setSameAttributes(List.of()).setUncertainty(null).build();
    }
}
