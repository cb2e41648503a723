package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.schemas.FactPartitioning;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * A fact record as read from the facts topic, and whether it sits outside its system's partition
 * ({@link FactPartitioning}): published before facts were partitioned by system, or by a producer that left the
 * partition to Kafka. Such a record is moved to its system's partition before it is classified.
 */
record FactPlacement(byte[] bytes, boolean misplaced) {

    /** Tells each record's placement from the partition it was read from and its key (a record without one stays). */
    static final class Check implements FixedKeyProcessor<String, byte[], FactPlacement> {

        private final int partitions;
        private FixedKeyProcessorContext<String, FactPlacement> context;

        Check(int partitions) {
            this.partitions = partitions;
        }

        @Override
        public void init(FixedKeyProcessorContext<String, FactPlacement> context) {
            this.context = context;
        }

        @Override
        public void process(FixedKeyRecord<String, byte[]> record) {
            boolean misplaced = record.key() != null && context.recordMetadata()
                    .map(origin -> origin.partition() != FactPartitioning.partitionOf(record.key(), partitions)).orElse(false);
            context.forward(record.withValue(new FactPlacement(record.value(), misplaced)));
        }
    }
}
