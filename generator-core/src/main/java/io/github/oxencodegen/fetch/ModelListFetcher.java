package io.github.oxencodegen.fetch;

import io.github.oxencodegen.schema.SchemaException;
import io.github.oxencodegen.select.ModelList;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;

/**
 * Fetches Oxen's list of every model ({@code GET {baseUrl}/api/ai/models}) in one request, with the same
 * authentication, retries and backoff as {@link ModelFetcher} (connection failures, timeouts, 429 after its
 * {@code Retry-After}, 502, 503 and 504), redirects not followed, and a body of at most {@link #MAX_BODY_BYTES}:
 * a build that selects many models asks once instead of once per model. Writes nothing.
 */
public final class ModelListFetcher {
    /** How large a list may be: Oxen's full objects take about 20 KB a model, so this allows thousands of models. */
    public static final long MAX_BODY_BYTES = 64L * 1024 * 1024;
    /** What a failure of the list names in place of a model id ({@link FetchException#modelId()}). */
    public static final String SUBJECT = "(model list)";

    private final FetchSettings settings;
    private final URI url;
    private final Sleeper sleeper;
    private final long maxBodyBytes;
    private final Clock clock = Clock.systemUTC();
    private final ResponseReader responses;

    /**
     * @throws IllegalArgumentException when the base URL is not https, or plain http to a host other than this machine
     */
    public ModelListFetcher(FetchSettings settings) {
        this(settings, Sleeper.REAL, MAX_BODY_BYTES);
    }

    ModelListFetcher(FetchSettings settings, Sleeper sleeper, long maxBodyBytes) {
        this.settings = settings;
        this.url = BaseUrl.of(settings.baseUrl()).modelListUrl();
        this.sleeper = sleeper;
        this.maxBodyBytes = maxBodyBytes;
        this.responses = new ResponseReader(settings.apiKey() != null, settings.requestTimeout(), settings.keySources());
    }

    /** Where the list is read from. */
    public URI url() {
        return url;
    }

    /**
     * The list, whole and checked.
     *
     * @throws FetchException when it cannot be fetched or read; the message names the URL and never the API key
     */
    public ModelList fetch() throws FetchException {
        HttpClient client = OxenGet.client(settings);
        HttpRequest request = OxenGet.request(url, settings);
        for (int attempt = 1; ; attempt++) {
            try {
                return exchange(client, request);
            } catch (AttemptFailure failure) {
                if (!failure.allowsAnotherAttempt(attempt, settings)) {
                    throw failure.toException("The model list", SUBJECT, url, attempt, settings.apiKey());
                }
                try {
                    sleeper.sleep(failure.waitBeforeNextAttempt(attempt, settings));
                } catch (InterruptedException e) {
                    throw interrupted(e);
                }
            } catch (InterruptedException e) {
                throw interrupted(e);
            }
        }
    }

    private ModelList exchange(HttpClient client, HttpRequest request) throws AttemptFailure, InterruptedException {
        Answer answer = OxenGet.exchange(client, request, new Answer.Collector(maxBodyBytes), settings);
        if (answer.breakage() instanceof Answer.TooLarge tooLarge) {
            throw new AttemptFailure(FetchException.Kind.BAD_BODY, answer.status(), tooLarge.getMessage()
                    + ", which is more than any list of Oxen's models should be",
                    "Check that the base URL is Oxen's server root, such as https://hub.oxen.ai.", false, null, null);
        }
        responses.requireOk(answer, null, clock.instant());
        if (!answer.isComplete()) {
            throw new AttemptFailure(FetchException.Kind.BAD_BODY, 200, answer.describeBreak(),
                    "The connection was cut while the body was being sent; run the build again.", false, null,
                    answer.breakage());
        }
        try {
            return ModelList.parse(answer.bytes(), url.toString());
        } catch (SchemaException e) {
            throw new AttemptFailure(FetchException.Kind.BAD_BODY, 200, "the body " + e.reason()
                    + (e.pointer() == null ? "" : " (at " + e.pointer() + ")"),
                    "Check that the base URL is Oxen's server root; a proxy or a login page may have answered instead.",
                    false, null, null);
        }
    }

    private FetchException interrupted(InterruptedException e) {
        Thread.currentThread().interrupt();
        return new AttemptFailure(FetchException.Kind.CONNECTION, -1, "the fetch was interrupted", "", false, null, e)
                .toException("The model list", SUBJECT, url, 1, settings.apiKey());
    }
}
