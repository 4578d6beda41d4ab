package io.github.oxencodegen.codegen.source;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Modifier sets in declaration order (Java's own order, {@code public static final}), as JavaPoet prints them. */
final class Modifiers {
    private Modifiers() {}

    static Set<Modifier> of(Collection<Modifier> modifiers) {
        return modifiers.isEmpty() ? Collections.emptySet() : Collections.unmodifiableSet(EnumSet.copyOf(modifiers));
    }

    static Set<Modifier> of(Modifier... modifiers) {
        return of(java.util.Arrays.asList(modifiers));
    }
}
