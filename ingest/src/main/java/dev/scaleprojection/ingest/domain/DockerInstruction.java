package dev.scaleprojection.ingest.domain;

/** One Dockerfile instruction: its keyword in upper case, its arguments with continuations joined, its first line. */
record DockerInstruction(String keyword, String arguments, int line) {
}
