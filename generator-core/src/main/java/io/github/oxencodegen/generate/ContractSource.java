package io.github.oxencodegen.generate;

/** Where a build took a model's contract from. */
public enum ContractSource {
    /** Fetched from Oxen during this build. */
    FETCHED,
    /** Read from the committed snapshot. */
    SNAPSHOT
}
