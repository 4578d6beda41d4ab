/**
 * Contract check: compares each model's current contract, fetched from Oxen, with its committed
 * snapshot, classifies every change ({@link io.github.oxencodegen.diff}), writes the report as
 * markdown and JSON, and decides a {@link io.github.oxencodegen.check.Verdict}. Maven-free: the
 * {@code check} goal maps its parameters to a {@link io.github.oxencodegen.check.CheckRequest} and the
 * verdict to a build result.
 *
 * <p>A snapshot is only ever read. A model that could not be fetched is reported as not checked, so a
 * check that could not look never reads as "no drift"; a model without a snapshot is reported as new,
 * with nothing to compare; a model Oxen answers "Model not found" for is removed, a breaking change
 * ({@link io.github.oxencodegen.generate.ModelRemoval}).
 */
package io.github.oxencodegen.check;
