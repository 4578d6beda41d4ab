package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;

/**
 * What every builder of a model is emitted with.
 *
 * @param staged              whether required properties are asked for by {@link BuilderSteps steps}
 *                            before {@code build()} is offered; false keeps the plain builder
 * @param validator           the model's validator, whose {@code requireValid} overloads the nested
 *                            classes' {@code build()} call
 * @param validationException what {@code build()} throws
 */
record BuilderOptions(boolean staged, ClassName validator, ClassName validationException) {}
