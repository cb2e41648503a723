package dev.scaleprojection.classifier.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The changes that turn one gap set into another, in gap-id order: opened (or re-opened when a waiver ends),
 * re-categorized (or re-versioned), resolved, and waived when an assertion sets an open gap aside.
 */
public final class GapDiff {

    private GapDiff() {
    }

    public static List<GapChange> between(SortedMap<String, Gap> before, SortedMap<String, Gap> after) {
        return between(before, after, java.util.Collections.emptySortedMap());
    }

    public static List<GapChange> between(SortedMap<String, Gap> before, SortedMap<String, Gap> after, SortedMap<String, Gap> waivedAfter) {
        List<GapChange> changes = new ArrayList<>();
        after.forEach((id, gap) -> {
            Gap old = before.get(id);
            if (old == null) {
                changes.add(new GapChange(GapChange.Kind.OPENED, gap, Optional.empty()));
            } else if (!old.sameAs(gap)) {
                changes.add(new GapChange(GapChange.Kind.RECATEGORIZED, gap, Optional.of(old.category())));
            }
        });
        before.forEach((id, gap) -> {
            if (!after.containsKey(id)) {
                boolean waived = waivedAfter.containsKey(id);
                changes.add(new GapChange(waived ? GapChange.Kind.WAIVED : GapChange.Kind.RESOLVED, gap, Optional.empty()));
            }
        });
        return List.copyOf(changes);
    }
}
