/**
 * One generation run as a build tool sees it: fetch each model's contract (or read its committed
 * snapshot), keep the snapshots current, generate, and write only what changed; Maven-free, so that
 * the Maven plugin only maps its parameters to a {@link io.github.oxencodegen.build.BuildRequest}.
 */
package io.github.oxencodegen.build;
