/**
 * The jobs' one entry point ({@link io.github.oxencodegen.jobs.Jobs}: generate, check, diff), which the
 * Maven goals and the command line call with an immutable request instead of wiring the orchestrators
 * themselves.
 */
package io.github.oxencodegen.jobs;
