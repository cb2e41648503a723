package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.avro.GapChanged;

/** What classifying one fact event gave: a round for the gaps topic, or the original record for the dead-letter topic. */
sealed interface ClassifyOutcome {

    record Round(GapChanged round) implements ClassifyOutcome {
    }

    /** The event could not be folded: its original bytes, with headers naming the error, go to the dead letters. */
    record Unclassifiable(byte[] originalBytes) implements ClassifyOutcome {
    }

    default boolean isUnclassifiable() {
        return this instanceof Unclassifiable;
    }
}
