package dev.scaleprojection.aggregator.domain;

/**
 * Why a gap matters, in the pattern's terms, as the rule that found it explains it; for an Uncertain gap, also what
 * evidence (a fact or a manual assertion) would settle its category.
 */
public record GapExplanation(String currentState, String atScale, String required, String remediation, String settledBy) {

    public static final GapExplanation NONE = new GapExplanation("", "", "", "", "");

    public GapExplanation {
        settledBy = settledBy == null ? "" : settledBy;
    }

    public GapExplanation(String currentState, String atScale, String required, String remediation) {
        this(currentState, atScale, required, remediation, "");
    }
}
