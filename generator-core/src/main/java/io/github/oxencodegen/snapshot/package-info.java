/**
 * Committed snapshots of model objects, one canonical JSON file per model, written atomically and
 * only when their content changes.
 */
package io.github.oxencodegen.snapshot;
