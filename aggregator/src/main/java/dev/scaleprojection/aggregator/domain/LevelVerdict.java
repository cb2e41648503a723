package dev.scaleprojection.aggregator.domain;

import dev.scaleprojection.domain.Level;
import dev.scaleprojection.domain.Verdict;

/** The verdict for one target level, with the counts per category it rests on. */
public record LevelVerdict(Level targetLevel, Verdict verdict, int clean, int concerning, int blocking) {
}
