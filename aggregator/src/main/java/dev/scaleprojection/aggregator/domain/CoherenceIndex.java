package dev.scaleprojection.aggregator.domain;

/**
 * The coherence index of a component, 0..100:
 * {@code 100 / (1 + concerningWeight × concerning + blockingWeight × blocking + uncertainWeight × uncertain)}.
 * Clean gaps cost nothing; every other gap lowers it, and no weight exceeds Blocking's, so neither a new gap nor a gap
 * re-categorized as Blocking ever raises it. Defaults: Concerning 0.25 (one such gap gives 80), Blocking 1.0 (one gives
 * 50), Uncertain as Concerning (an uncertain gap cannot be shown coherent, so it costs what the likelier debt costs).
 */
public record CoherenceIndex(double concerningWeight, double blockingWeight, double uncertainWeight) {

    public static final CoherenceIndex DEFAULT = new CoherenceIndex(0.25, 1.0);

    public CoherenceIndex {
        if (concerningWeight < 0 || blockingWeight < concerningWeight) {
            throw new IllegalArgumentException("weights must satisfy 0 <= concerning <= blocking, were concerning "
                    + concerningWeight + " and blocking " + blockingWeight);
        }
        if (uncertainWeight < 0 || uncertainWeight > blockingWeight) {
            throw new IllegalArgumentException("the uncertain weight must satisfy 0 <= uncertain <= blocking, was " + uncertainWeight);
        }
    }

    /** Uncertain gaps weigh as much as Concerning ones. */
    public CoherenceIndex(double concerningWeight, double blockingWeight) {
        this(concerningWeight, blockingWeight, concerningWeight);
    }

    public double of(int concerning, int blocking, int uncertain) {
        double raw = 100.0 / (1.0 + concerningWeight * concerning + blockingWeight * blocking + uncertainWeight * uncertain);
        return Math.round(raw * 10.0) / 10.0;
    }
}
