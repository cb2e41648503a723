package dev.scaleprojection.aggregator.api;

import dev.scaleprojection.aggregator.domain.CoherenceIndex;
import dev.scaleprojection.aggregator.domain.ComponentHistory;
import dev.scaleprojection.aggregator.domain.EvidenceRef;
import dev.scaleprojection.aggregator.domain.GapRound;
import dev.scaleprojection.aggregator.domain.LevelVerdict;
import java.time.Instant;
import java.util.List;

/**
 * The JSON of a component's history: one entry per change of its assessment, with its time and cause (and, for an
 * assertion, its author and reason), every gap change (kind, gap, category before and after, rule id@version, title,
 * evidence, what would settle an uncertain one), the owner and domain, and the verdict and index it left behind.
 */
final class HistoryDocument {

    record Entry(String time, String cause, String author, String reason, int level, List<Change> changes, After after,
                 String owner, String domain) {
    }

    record Change(String kind, String gapId, int targetLevel, String category, String previousCategory, String concern,
                  String rule, String title, List<Evidence> evidence, String settledBy) {
    }

    record Evidence(String repository, String commit, String path, int line, String location) {
    }

    record After(String verdict, double coherenceIndex, int clean, int concerning, int blocking, int uncertain) {
    }

    private HistoryDocument() {
    }

    static List<Entry> of(ComponentHistory history, long since, CoherenceIndex weights) {
        return history.stepsSince(since).stream().map(step -> {
            GapRound round = step.entry().round();
            LevelVerdict headline = step.after().headline();
            return new Entry(Instant.ofEpochMilli(round.occurredAt()).toString(), round.cause(),
                    round.attribution().author().orElse(null), round.attribution().reason().orElse(null), round.level().number(),
                    round.changes().stream().map(HistoryDocument::change).toList(),
                    new After(Names.of(headline.verdict()), step.after().coherenceIndex(weights),
                            headline.clean(), headline.concerning(), headline.blocking(), headline.uncertain()),
                    round.ownership().owner().orElse(null), round.ownership().domain().orElse(null));
        }).toList();
    }

    static Change change(GapRound.Change change) {
        var gap = change.gap();
        return new Change(Names.of(change.kind()), gap.id(), gap.targetLevel().number(), Names.of(gap.category()),
                change.previousCategory().map(Names::of).orElse(null), Names.of(gap.concern()),
                gap.ruleId() + "@" + gap.ruleVersion(), gap.title(), gap.evidence().stream().map(HistoryDocument::evidence).toList(),
                gap.explanation().settledBy().isBlank() ? null : gap.explanation().settledBy());
    }

    private static Evidence evidence(EvidenceRef e) {
        return new Evidence(e.repository(), e.commit().orElse(null), e.path(), e.startLine(), e.path() + ":" + e.startLine());
    }
}
