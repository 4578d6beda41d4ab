/** The third stage and the only one that imports JavaPoet: request classes, builders and enums from the type model. */
package io.github.oxencodegen.codegen;
