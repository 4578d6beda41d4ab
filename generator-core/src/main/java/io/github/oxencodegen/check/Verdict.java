package io.github.oxencodegen.check;

/** The outcome of a contract check as a whole. */
public enum Verdict {
    /** Every model was compared (or is new), and no diff meets the fail-on threshold. */
    PASSED,
    /**
     * No diff meets the threshold, but some models could not be checked: nothing is claimed about
     * them, and the build goes on.
     */
    INCOMPLETE,
    /** A diff meets the threshold, or a model could not be fetched where every fetch must succeed. */
    FAILED
}
