package dev.scaleprojection.aggregator.domain;

/**
 * The coherence index of a component, 0..100: {@code 100 / (1 + concerningWeight × concerning + blockingWeight × blocking)}.
 * Clean gaps cost nothing; each Concerning or Blocking gap lowers it, so a new Blocking gap never raises it.
 * Defaults: Concerning 0.25 (one such gap gives 80), Blocking 1.0 (one gives 50).
 */
public record CoherenceIndex(double concerningWeight, double blockingWeight) {

    public static final CoherenceIndex DEFAULT = new CoherenceIndex(0.25, 1.0);

    public CoherenceIndex {
        if (concerningWeight < 0 || blockingWeight < concerningWeight) {
            throw new IllegalArgumentException("weights must satisfy 0 <= concerning <= blocking");
        }
    }

    public double of(int concerning, int blocking) {
        double raw = 100.0 / (1.0 + concerningWeight * concerning + blockingWeight * blocking);
        return Math.round(raw * 10.0) / 10.0;
    }
}
