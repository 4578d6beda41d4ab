/**
 * Selecting models from Oxen's list ({@code GET /api/ai/models}) by filter, and the committed lock file that
 * records what a selection resolved to, so that a build without network or key generates exactly those models.
 * Reads the JSON of the list and of the lock; knows nothing of HTTP, Maven or code generation.
 */
package io.github.oxencodegen.select;
