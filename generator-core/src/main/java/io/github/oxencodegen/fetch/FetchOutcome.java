package io.github.oxencodegen.fetch;

import java.util.Objects;

/** What {@link ModelFetcher#fetchAll} found for one model: the model, or why not. */
public sealed interface FetchOutcome permits FetchOutcome.Fetched, FetchOutcome.Failed {

    /** The model arrived and has a request schema. */
    record Fetched(FetchedModel model) implements FetchOutcome {
        public Fetched {
            Objects.requireNonNull(model, "model");
        }
    }

    /** The model could not be fetched, or has nothing to generate from. */
    record Failed(FetchException error) implements FetchOutcome {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
