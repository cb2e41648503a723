package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Verdict;

/**
 * The verdict for one target level, with the counts per category it rests on. An Uncertain gap cannot be shown
 * coherent, so for the verdict it counts as Concerning: Coherent = only Clean gaps; Accruing debt = Concerning or
 * Uncertain gaps and no Blocking one; Implicit = any Blocking gap.
 */
public record LevelVerdict(Level targetLevel, Verdict verdict, int clean, int concerning, int blocking, int uncertain) {

    public static LevelVerdict of(Level targetLevel, int clean, int concerning, int blocking, int uncertain) {
        return new LevelVerdict(targetLevel, verdict(concerning, blocking, uncertain), clean, concerning, blocking, uncertain);
    }

    public static Verdict verdict(int concerning, int blocking, int uncertain) {
        return Verdict.of(concerning + uncertain, blocking);
    }
}
