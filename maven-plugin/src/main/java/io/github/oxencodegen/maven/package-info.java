/**
 * The Maven face of oxen-codegen: the {@code oxen:generate} and {@code oxen:check} goals, which map
 * their parameters, the settings' credentials and proxies and the session's offline flag to a request
 * for the Maven-free core.
 */
package io.github.oxencodegen.maven;
