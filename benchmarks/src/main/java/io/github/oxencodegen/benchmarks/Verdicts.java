package io.github.oxencodegen.benchmarks;

import org.everit.json.schema.ValidationException;

/**
 * Guards the validator benchmarks against measuring the wrong thing: before a trial starts, every
 * validator must give the verdict the request was built for (no violation for {@code valid}; for
 * {@code invalid}, the generated validator's three and at least one from each interpreter, which do
 * not know {@code x-media-references}).
 */
final class Verdicts {
    /** Violations the generated validator reports for the invalid request. */
    static final int GENERATED_INVALID = 3;

    private Verdicts() {}

    static void check(ValidatorBenchmark benchmark) {
        boolean valid = benchmark.request.equals("valid");
        expect("generated", benchmark.generated().size(), valid ? 0 : GENERATED_INVALID, valid);
        expect("generatedTyped", benchmark.generatedTyped().size(), valid ? 0 : GENERATED_INVALID, valid);
        expect("everit", everitCount(benchmark.everit()), -1, valid);
        expect("networknt", benchmark.networknt().size(), -1, valid);
    }

    /** The number of violations in the result of {@link ValidatorBenchmark#everit()}. */
    static int everitCount(Object result) {
        return result == null ? 0 : ((ValidationException) result).getViolationCount();
    }

    /** {@code exact} is the expected count when it is known, else -1 (any count, as long as the verdict is right). */
    private static void expect(String validator, int count, int exact, boolean valid) {
        boolean right = valid ? count == 0 : exact < 0 ? count > 0 : count == exact;
        if (!right) {
            throw new IllegalStateException(validator + " reports " + count + " violations of the "
                    + (valid ? "valid" : "invalid") + " request; expected " + (valid ? "none" : exact < 0 ? "some" : exact)
                    + ": the benchmark would not measure what it claims");
        }
    }
}
