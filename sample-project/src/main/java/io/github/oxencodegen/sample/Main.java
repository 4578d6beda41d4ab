package io.github.oxencodegen.sample;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * {@code java -jar oxen-sample.jar [--submit | --sync] [--base-url URL] [--download-dir DIR]}: see {@link Arguments#USAGE}.
 * Exits 0 when done, 1 when a request or generation failed, 2 on wrong usage.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        int status;
        try {
            status = new SampleProgram(System.getenv(), System.out, System.err, UnaryOperator.identity())
                    .run(List.of(args));
        } catch (RuntimeException e) {
            // a bug in this sample: still one line, as promised, but with what is needed to report it
            System.err.println("oxen-sample: unexpected " + e.getClass().getName() + ": " + e.getMessage());
            status = SampleProgram.FAILED;
        }
        System.exit(status);
    }
}
