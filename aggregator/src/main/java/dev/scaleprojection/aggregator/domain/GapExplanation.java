package dev.scaleprojection.aggregator.domain;

/** Why a gap matters, in the pattern's terms, as the rule that found it explains it. */
public record GapExplanation(String currentState, String atScale, String required, String remediation) {

    public static final GapExplanation NONE = new GapExplanation("", "", "", "");
}
