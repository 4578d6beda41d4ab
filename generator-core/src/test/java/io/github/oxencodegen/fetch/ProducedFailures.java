package io.github.oxencodegen.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every exception the fetch tests produce goes through here, and is checked as it arrives: its
 * message, its {@code toString()} and its whole printed stack trace (causes and suppressed
 * exceptions included) must not contain the test API key, and a {@link FetchException} must name
 * its model id and URL on one line. {@link ApiKeyNeverShownTest} looks at them all again at the end.
 */
final class ProducedFailures {
    /** The key every fetch test uses; it must never appear in anything a failure shows. */
    static final String API_KEY = "oxk_test_7Hq2ZtN9wPaL4xVb3sR8dK1m";

    private static final Queue<Throwable> ALL = new ConcurrentLinkedQueue<>();

    private ProducedFailures() {}

    /** Checks and records {@code error}; returns it for further assertions. */
    static <T extends Throwable> T produced(T error) {
        check(error);
        ALL.add(error);
        return error;
    }

    /** Fetches a model that is expected to fail, and returns the failure, checked and recorded. */
    static FetchException fetchFailure(ModelFetcher fetcher, String modelId) {
        try {
            FetchedModel unexpected = fetcher.fetch(modelId);
            throw new AssertionError("expected the fetch of " + modelId + " to fail, but it returned " + unexpected);
        } catch (FetchException e) {
            return produced(e);
        }
    }

    /** The failure in an outcome that is expected to be one, checked and recorded. */
    static FetchException failureIn(FetchOutcome outcome) {
        assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
        return produced(((FetchOutcome.Failed) outcome).error());
    }

    static List<Throwable> all() {
        return List.copyOf(ALL);
    }

    static void check(Throwable error) {
        assertThat(everythingShownBy(error))
                .as("everything %s shows", error.getClass().getSimpleName())
                .doesNotContain(API_KEY);
        if (error instanceof FetchException failure) {
            assertThat(failure.getMessage())
                    .contains("'" + failure.modelId() + "'")
                    .contains(failure.url().toString())
                    .doesNotContain("\n");
        }
    }

    /** The message, the string form and the printed stack trace with every cause and suppressed exception. */
    static String everythingShownBy(Throwable error) {
        StringWriter printed = new StringWriter();
        error.printStackTrace(new PrintWriter(printed));
        return error.getMessage() + "\n" + error.getLocalizedMessage() + "\n" + error + "\n" + printed;
    }
}
