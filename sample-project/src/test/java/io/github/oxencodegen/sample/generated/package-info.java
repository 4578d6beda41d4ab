/**
 * Behaviour of the classes the plugin generated into {@code io.github.oxencodegen.sample.oxen},
 * tested by ordinary code compiled against them, from outside their packages, as a user's code would.
 */
package io.github.oxencodegen.sample.generated;
