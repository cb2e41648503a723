package dev.scaleprojection.domain;

/** A component's verdict for a target level, best first. */
public enum Verdict {
    /** Only Clean gaps: the domain model is coherent. */
    COHERENT,
    /** Concerning gaps and no Blocking one: domain debt is accruing. */
    ACCRUING_DEBT,
    /** Any Blocking gap: the architecture is implicit; fix the abstractions before scaling. */
    IMPLICIT;

    public static Verdict of(int concerning, int blocking) {
        return blocking > 0 ? IMPLICIT : concerning > 0 ? ACCRUING_DEBT : COHERENT;
    }
}
