/**
 * Contract check: compares each model's current contract with its committed snapshot, reports every
 * classified change, and decides whether a fail-on threshold is met. Maven-free; it reads snapshots
 * and never writes them.
 */
package io.github.oxencodegen.check;
