package dev.scaleprojection.domain;

/** The growth dimension that reveals a gap. */
public enum ScaleVector {
    DATA_VOLUME, CONCURRENT_USERS, GEOGRAPHIC_DISTRIBUTION, THROUGHPUT_LATENCY, DATA_COMPLEXITY, REGULATORY, TEAM_SIZE
}
