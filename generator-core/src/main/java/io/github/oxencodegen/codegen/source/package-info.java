/**
 * The declarations of a generated Java file ({@link io.github.oxencodegen.codegen.source.TypeSpec},
 * {@link io.github.oxencodegen.codegen.source.MethodSpec}, ...) and {@link io.github.oxencodegen.codegen.source.JavaFile},
 * which prints them in one pass. The builders take JavaPoet's names and formats, and the text is
 * JavaPoet's, byte for byte (imports, blank lines, wrapping of long parameter lists at column 100):
 * JavaPoet prints every file twice, the first time only to learn its imports, and splits each piece of
 * text on a regular expression, which made printing three quarters of the generator's time. Here each
 * type reference is recorded where it occurs, together with what its simple names mean at that place,
 * and named once the imports are known. Types are JavaPoet's {@code TypeName}s.
 */
package io.github.oxencodegen.codegen.source;
