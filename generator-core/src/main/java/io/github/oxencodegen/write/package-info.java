/**
 * Puts generated sources on disk: only changed files are rewritten, files the generator no longer
 * produces are removed (and only those), and a fingerprint of the inputs lets an unchanged build skip
 * generation altogether.
 */
package io.github.oxencodegen.write;
