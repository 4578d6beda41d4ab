/**
 * One loopback stand-in for Oxen's HTTP API, shared by every test, invoker IT and benchmark that needs
 * a server: {@link io.github.oxencodegen.fake.FakeOxen} answers each route with scripted
 * {@link io.github.oxencodegen.fake.Reply replies} (faults included: truncated, stalled and delayed
 * bodies, {@link io.github.oxencodegen.fake.EventStream server-sent events}) and records every
 * {@link io.github.oxencodegen.fake.RecordedRequest request}. JDK {@code com.sun.net.httpserver} only.
 */
package io.github.oxencodegen.fake;
