package dev.scaleprojection.domain;

/** The independent axes on which a component sits at its own level. */
public enum Axis { DIRECTED, CONTEXT, ISOLATION, ACCESS, STATE, OBSERVABILITY }
