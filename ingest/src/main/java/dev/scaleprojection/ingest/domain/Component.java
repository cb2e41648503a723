package dev.scaleprojection.ingest.domain;

/** A deployable part of a repository: its name ([a-z0-9-]) and its repository-relative folder ("" for the root). */
public record Component(String name, String folder) {
}
