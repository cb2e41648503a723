/**
 * The vocabulary every module's domain shares: levels, axes, concerns, scale vectors, categories and verdicts.
 * Plain Java, like every {@code domain} package: no framework, clock or environment.
 */
package dev.scaleprojection.domain;
