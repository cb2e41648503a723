package dev.scaleprojection.classifier.topology;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * One {@link StorePendingFacts} per task for the task's two classify processors (facts read in their system's partition,
 * facts moved there), which share the pending-facts store: each instance remembers the chunks it last wrote, so two over
 * one store would each append to a chunk the other had changed since. Made anew whenever the task's processors are
 * initialised — all of them before the task processes a record — so nothing remembered outlives a store restored after a
 * dirty close; a processor asks for it only when it first needs it after its initialisation.
 */
final class PendingFactsByTask {

    private final Map<TaskId, StorePendingFacts> byTask = new ConcurrentHashMap<>();

    /** At a processor's initialisation: the task's pending facts over {@code store}, remembering nothing yet. */
    StorePendingFacts renew(TaskId task, KeyValueStore<String, PendingValue> store) {
        StorePendingFacts renewed = new StorePendingFacts(store);
        byTask.put(task, renewed);
        return renewed;
    }

    StorePendingFacts of(TaskId task) {
        StorePendingFacts pending = byTask.get(task);
        if (pending == null) {
            throw new IllegalStateException("no pending facts for task " + task + ": its processors were not initialised");
        }
        return pending;
    }

    /**
     * When a processor of the task closes (the task moved or stopped): {@code renewed} is what its initialisation made;
     * the entry goes only if it is still that one, not one a later initialisation of the task made.
     */
    void forget(TaskId task, StorePendingFacts renewed) {
        byTask.remove(task, renewed);
    }
}
