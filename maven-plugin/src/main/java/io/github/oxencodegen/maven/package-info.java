/**
 * The Maven face of oxen-codegen: the {@code oxen:generate} goal, which maps its parameters, the
 * settings' credentials and proxies and the session's offline flag to a build request for the core.
 */
package io.github.oxencodegen.maven;
