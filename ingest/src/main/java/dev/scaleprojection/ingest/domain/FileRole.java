package dev.scaleprojection.ingest.domain;

/** What a file in a repository is for; decides which detectors may look at it. */
public enum FileRole {
    PRODUCTION_CODE, TEST_CODE, GENERATED, DOCUMENTATION, EXAMPLE, CONFIGURATION, DEPLOYMENT, BUILD, OTHER
}
