package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Runs after every other test class (see {@code junit-platform.properties}) and looks again at every
 * exception the suite produced: none may show the API key, and between them they cover every kind of
 * fetch failure, so the scan is not vacuous.
 */
@Order(Integer.MAX_VALUE)
class ApiKeyNeverShownTest {

    @Test
    void noExceptionProducedAcrossTheSuiteShowsTheApiKey() {
        List<Throwable> produced = ProducedFailures.all();
        assumeFalse(produced.isEmpty(), "run together with the rest of the suite, which produces the exceptions");

        produced.forEach(ProducedFailures::check);

        Set<FetchException.Kind> kinds = EnumSet.noneOf(FetchException.Kind.class);
        produced.stream().filter(FetchException.class::isInstance)
                .forEach(error -> kinds.add(((FetchException) error).kind()));
        assertThat(kinds).containsExactlyInAnyOrder(FetchException.Kind.values());
        assertThat(produced).anyMatch(IllegalArgumentException.class::isInstance);
    }

    @Test
    void theScanCatchesAKeyHiddenDeepInACause() {
        FetchException planted = new FetchException(FetchException.Kind.CONNECTION, "flux-2-dev",
                URI.create("https://hub.oxen.ai/api/ai/models/flux-2-dev"), -1,
                "Model 'flux-2-dev' from https://hub.oxen.ai/api/ai/models/flux-2-dev: could not reach it.",
                new IOException("wrapped", new IOException("header was Bearer " + API_KEY)));

        assertThatThrownBy(() -> ProducedFailures.check(planted)).isInstanceOf(AssertionError.class);
    }

    @Test
    void aKeyInACauseIsLeftOutOfTheFetchException() {
        AttemptFailure failure = new AttemptFailure(FetchException.Kind.CONNECTION, -1, "could not reach it", "", true,
                null, new IOException("header was Bearer " + API_KEY));

        FetchException error = failure.toException("flux-2-dev", URI.create("https://hub.oxen.ai/api/ai/models/flux-2-dev"),
                1, API_KEY);

        assertThat(error.getCause()).isNull();
        ProducedFailures.check(error);
    }
}
