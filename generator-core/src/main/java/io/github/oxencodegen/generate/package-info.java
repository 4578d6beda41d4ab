/**
 * One generation run as a build tool sees it: fetch each model's contract (or read its committed
 * snapshot), keep the snapshots current, generate, and write only what changed; Maven-free, so that
 * the Maven plugin only maps its parameters to a {@link io.github.oxencodegen.generate.BuildRequest}. In
 * the {@code auto} fetch mode an {@link io.github.oxencodegen.generate.UpdatePolicy} decides, from what
 * the output folder remembers of earlier fetches, which models are asked for at all.
 */
package io.github.oxencodegen.generate;
