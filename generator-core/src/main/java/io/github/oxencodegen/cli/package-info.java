/** The oxen-codegen command line: generate sources, one-line errors, exit codes. */
package io.github.oxencodegen.cli;
