package io.github.oxencodegen.sample;

import io.github.oxencodegen.sample.oxen.OxenClient;
import io.github.oxencodegen.sample.oxen.ValidationException;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * The program behind {@link Main}, with everything it touches passed in: the environment, the
 * two output streams, and a last say on the generated {@link OxenClient}'s settings (tests poll faster).
 */
final class SampleProgram {
    /** Exit status: done. */
    static final int OK = 0;
    /** Exit status: a request or generation failed. */
    static final int FAILED = 1;
    /** Exit status: the command line (or the environment it needs) is wrong. */
    static final int USAGE = 2;

    static final String API_KEY_VARIABLE = "OXEN_API_KEY";
    /** How long to follow one generation: a 15-second 1080P video can take several minutes. */
    static final Duration WAIT_TIMEOUT = Duration.ofMinutes(20);

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<OxenClient.Builder> clientSettings;

    SampleProgram(Map<String, String> environment, PrintStream out, PrintStream err, UnaryOperator<OxenClient.Builder> clientSettings) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.clientSettings = Objects.requireNonNull(clientSettings, "clientSettings");
    }

    /** {@code https://hub.oxen.ai} becomes {@code https://hub.oxen.ai/api/ai}, where the inference API is. */
    static String apiBaseUrl(URI server) {
        return server.toString().replaceAll("/+$", "") + "/api/ai";
    }

    /** Runs with {@code args} and returns the exit status. */
    int run(List<String> args) {
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
        } catch (UsageException e) {
            err.println("oxen-sample: " + e.getMessage());
            err.print(Arguments.USAGE);
            return USAGE;
        }
        if (arguments.help()) {
            out.print(Arguments.USAGE);
            return OK;
        }
        String apiKey = environment.getOrDefault(API_KEY_VARIABLE, "").strip();
        if ((arguments.submit() || arguments.sync()) && apiKey.isEmpty()) {
            err.println("oxen-sample: " + (arguments.submit() ? "--submit" : "--sync") + " needs your Oxen API key in the environment variable "
                    + API_KEY_VARIABLE + ".");
            return USAGE;
        }
        if (arguments.sync()) {
            return new Submission(client(arguments, apiKey), out, err, arguments.downloadDirectory()).generateImage(SampleRequests.image())
                    ? OK : FAILED;
        }

        Showcase showcase = new Showcase(out, arguments.baseUrl());
        WanV27ReferenceToVideoRequest request;
        try {
            request = showcase.validRequest();
        } catch (ValidationException e) {
            err.println("The sample request no longer fits the schema of " + e.modelId() + " (did a refreshed snapshot change it?):");
            err.print(ViolationReport.of(e.violations(), "  - "));
            return FAILED;
        }
        if (!arguments.submit()) {
            showcase.wrongRequest();
            return OK;
        }
        return new Submission(client(arguments, apiKey), out, err, arguments.downloadDirectory()).submit(request, WAIT_TIMEOUT)
                ? OK : FAILED;
    }

    private OxenClient client(Arguments arguments, String apiKey) {
        return clientSettings.apply(OxenClient.builder().apiKey(apiKey).baseUrl(apiBaseUrl(arguments.baseUrl()))
                .userAgent("oxen-sample")).build();
    }
}
