package dev.scaleprojection.classifier.topology;

import dev.scaleprojection.classifier.domain.Classifier;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.apache.kafka.streams.processor.TaskId;

/**
 * The classifier with the rules in force, per task, so that a scan does not re-read every published rule from
 * {@link ClassifierTopology#RULES_STORE}. A task's entry is dropped when the task starts (its store may have been
 * restored with rule changes received elsewhere) and whenever it receives a rule change.
 */
final class ClassifiersByTask {

    private final Map<TaskId, Classifier> classifiers = new ConcurrentHashMap<>();

    Classifier of(TaskId task, Supplier<Classifier> rulesInForce) {
        return classifiers.computeIfAbsent(task, t -> rulesInForce.get());
    }

    void forget(TaskId task) {
        classifiers.remove(task);
    }
}
