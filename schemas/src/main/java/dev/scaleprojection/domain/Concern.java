package dev.scaleprojection.domain;

/** Where scaling bites. */
public enum Concern { MULTI_TENANCY, DATA_SOVEREIGNTY, PARTITIONING, MULTI_REGION, COMPUTE, OBSERVABILITY, CONFIGURATION }
