package io.github.oxencodegen.sample;

import io.github.oxencodegen.sample.oxen.ValidationException;
import io.github.oxencodegen.sample.oxen.wan_v2_7_reference_to_video.WanV27ReferenceToVideoRequest;
import io.github.oxencodegen.sample.queue.Backoff;
import io.github.oxencodegen.sample.queue.GenerationPoller;
import io.github.oxencodegen.sample.queue.QueueClient;
import io.github.oxencodegen.sample.queue.Sleeper;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The program behind {@link Main}, with everything it touches passed in: the environment, the
 * two output streams, and the sleeper and clock the queue poller waits with.
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
    static final Duration POLL_TIMEOUT = Duration.ofMinutes(20);

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final Sleeper sleeper;
    private final InstantSource clock;

    SampleProgram(Map<String, String> environment, PrintStream out, PrintStream err, Sleeper sleeper, InstantSource clock) {
        this.environment = Objects.requireNonNull(environment, "environment");
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        if (arguments.submit() && apiKey.isEmpty()) {
            err.println("oxen-sample: --submit needs your Oxen API key in the environment variable " + API_KEY_VARIABLE + ".");
            return USAGE;
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
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        QueueClient client = new QueueClient(http, arguments.baseUrl(), apiKey);
        GenerationPoller poller = new GenerationPoller(client, Backoff.DEFAULT, POLL_TIMEOUT, sleeper, clock);
        return new Submission(client, poller, out, err).send(request.toJson()) ? OK : FAILED;
    }
}
