package io.github.oxencodegen.diff;

/**
 * How a change to a request contract affects a caller whose code sends requests that used to be
 * valid. Declared from worst to mildest, so {@code compareTo} orders by gravity.
 */
public enum Severity {
    /** A request accepted before may now be rejected, or code written against the old contract no longer fits. */
    BREAKING,
    /** Every request accepted before is still accepted, but the contract says something new (a new option, a looser limit, another default). */
    COMPATIBLE,
    /** Documentation or display only: titles, descriptions, order, vendor display keys. */
    COSMETIC
}
