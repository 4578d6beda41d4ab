package io.github.oxencodegen.sample;

import io.github.oxencodegen.sample.oxen.GeneratedImages;
import io.github.oxencodegen.sample.oxen.Generation;
import io.github.oxencodegen.sample.oxen.GenerationStatus;
import io.github.oxencodegen.sample.oxen.OxenClient;
import io.github.oxencodegen.sample.oxen.OxenException;
import io.github.oxencodegen.sample.oxen.OxenRequest;
import io.github.oxencodegen.sample.oxen.QueueOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Sends a request with the generated {@link OxenClient} and saves what comes back: {@link #submit}
 * through the queue with server-sent events (polling when the stream fails), {@link #generateImage}
 * synchronously. Progress goes to {@code out}; each failure, in one line, to {@code err}.
 */
final class Submission {
    private final OxenClient client;
    private final PrintStream out;
    private final PrintStream err;
    private final Path downloads;

    Submission(OxenClient client, PrintStream out, PrintStream err, Path downloads) {
        this.client = client;
        this.out = out;
        this.err = err;
        this.downloads = downloads;
    }

    /** Subscribes, enqueues, waits for every generation and downloads each video; whether all succeeded. */
    boolean submit(OxenRequest<?> request, Duration timeout) {
        out.println("Subscribing to Oxen's events, then sending it to the queue, then waiting for the video");
        List<Generation> done;
        try {
            done = client.submitAndAwait(request, QueueOptions.defaults(), timeout);
        } catch (OxenException e) {
            err.println(e.getMessage());
            return false;
        }
        boolean allSucceeded = true;
        for (Generation generation : done) {
            allSucceeded &= save(generation);
        }
        return allSucceeded;
    }

    /** Generates an image synchronously and downloads it; whether it worked. */
    boolean generateImage(OxenRequest<GeneratedImages> request) {
        out.println("Generating an image with " + request.model() + " synchronously (POST " + request.endpoint() + ")");
        try {
            GeneratedImages images = client.generate(request);
            for (int i = 0; i < images.images().size(); i++) {
                Path file = client.download(images.images().get(i), downloads.resolve(request.model() + "-" + (i + 1) + ".png"));
                out.println("Image " + (i + 1) + " saved to " + file);
            }
            return true;
        } catch (OxenException e) {
            err.println(e.getMessage());
            return false;
        }
    }

    private boolean save(Generation generation) {
        String id = generation.id();
        if (generation.status().equals(GenerationStatus.SUCCEEDED) && generation.resultUrl() != null) {
            try {
                Path file = client.download(generation, downloads.resolve(id + ".mp4"));
                out.println("Generation " + id + " succeeded; the video is saved to " + file);
                return true;
            } catch (OxenException e) {
                err.println(e.getMessage());
                return false;
            }
        }
        if (generation.status().equals(GenerationStatus.FAILED)) {
            err.println("Generation " + id + " failed: " + generation.errorMessageIfAny().orElse("Oxen gave no reason."));
        } else if (generation.status().equals(GenerationStatus.CANCELLED)) {
            err.println("Generation " + id + " was cancelled.");
        } else {
            err.println("Generation " + id + " ended " + generation.status() + " without a result URL.");
        }
        return false;
    }
}
