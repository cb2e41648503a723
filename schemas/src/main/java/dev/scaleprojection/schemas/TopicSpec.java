package dev.scaleprojection.schemas;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One topic of the pipeline as DESIGN.md defines it: its name, the Avro type of its values (absent for raw topics such as
 * dead letters), and the topic configuration that encodes its retention policy.
 */
public record TopicSpec<V>(String name, Optional<Class<V>> valueType, Map<String, String> config) {

    public TopicSpec {
        Objects.requireNonNull(name, "name");
        valueType = Objects.requireNonNull(valueType, "valueType");
        config = Map.copyOf(config);
    }

    /** The Confluent TopicNameStrategy subject under which the value schema is registered. */
    public String valueSubject() {
        return name + "-value";
    }

    public boolean compacted() {
        return "compact".equals(config.get("cleanup.policy"));
    }
}
