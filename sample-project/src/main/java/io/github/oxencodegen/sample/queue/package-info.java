/**
 * A small client for Oxen's asynchronous queue: enqueue a request body, then poll each generation
 * with bounded exponential backoff until it succeeds, fails or is cancelled. Every failure is a
 * {@link io.github.oxencodegen.sample.queue.QueueException} whose message is one line a person can act on.
 */
package io.github.oxencodegen.sample.queue;
