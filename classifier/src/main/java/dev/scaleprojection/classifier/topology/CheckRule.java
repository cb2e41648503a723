package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.platform.streams.DeadLetterHeaders;
import dev.scaleprojection.platform.streams.Decoded;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * A rule from the rules topic goes on to every task only if it is a rule the classifier can apply (for example, an
 * UNCERTAIN category must say what settles it); one that is not goes to the dead letters with stage {@code rules}, once.
 */
final class CheckRule implements FixedKeyProcessor<String, Decoded.Value<dev.scaleprojection.avro.Rule>, Checked<dev.scaleprojection.avro.Rule>> {

    static final String STAGE = "rules";

    private FixedKeyProcessorContext<String, Checked<dev.scaleprojection.avro.Rule>> context;

    @Override
    public void init(FixedKeyProcessorContext<String, Checked<dev.scaleprojection.avro.Rule>> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, Decoded.Value<dev.scaleprojection.avro.Rule>> record) {
        try {
            RuleMapping.fromAvro(record.value().value());
        } catch (RuntimeException invalid) {
            context.recordMetadata().ifPresent(origin -> DeadLetterHeaders.describe(record.headers(), STAGE, invalid, origin));
            context.forward(record.withValue(new Checked.DeadLetter<>(record.value().originalBytes())));
            return;
        }
        context.forward(record.withValue(new Checked.Passed<>(record.value().value())));
    }
}
