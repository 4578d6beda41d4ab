/**
 * Fetching model objects from Oxen over HTTP: settings, bounded retries, and failures that name the
 * model and the URL, say what to do, and never show the API key.
 */
package io.github.oxencodegen.fetch;
