package io.github.oxencodegen.sample;

import io.github.oxencodegen.sample.queue.Generation;
import io.github.oxencodegen.sample.queue.GenerationPoller;
import io.github.oxencodegen.sample.queue.GenerationStatus;
import io.github.oxencodegen.sample.queue.QueueClient;
import io.github.oxencodegen.sample.queue.QueueException;
import java.io.PrintStream;
import java.util.List;

/**
 * Sends one request body to the queue and follows every generation it created to the end,
 * printing progress to {@code out} and each failure, in one line, to {@code err}.
 */
final class Submission {
    private final QueueClient client;
    private final GenerationPoller poller;
    private final PrintStream out;
    private final PrintStream err;

    Submission(QueueClient client, GenerationPoller poller, PrintStream out, PrintStream err) {
        this.client = client;
        this.poller = poller;
        this.out = out;
        this.err = err;
    }

    /** Whether every generation succeeded. */
    boolean send(String requestBody) {
        out.println("Sending it to Oxen's queue: POST " + client.queueUri());
        List<Generation> generations;
        try {
            generations = client.enqueue(requestBody);
        } catch (QueueException e) {
            err.println(e.getMessage());
            return false;
        }
        boolean allSucceeded = true;
        for (Generation generation : generations) {
            allSucceeded &= follow(generation.id());
        }
        return allSucceeded;
    }

    private boolean follow(String id) {
        Generation done;
        try {
            done = poller.awaitTerminal(id, generation -> out.println("Generation " + id + ": " + generation.status()));
        } catch (QueueException e) {
            err.println(e.getMessage());
            return false;
        }
        GenerationStatus status = done.knownStatus().orElseThrow();
        if (status == GenerationStatus.SUCCEEDED && done.resultUrl().isPresent()) {
            out.println("Generation " + id + " succeeded: " + done.resultUrl().get());
            return true;
        }
        err.println(switch (status) {
            case FAILED -> "Generation " + id + " failed: " + done.errorMessage().orElse("Oxen gave no reason.");
            case CANCELLED -> "Generation " + id + " was cancelled.";
            default -> "Generation " + id + " succeeded but Oxen sent no result_url.";
        });
        return false;
    }
}
