package io.github.oxencodegen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every stage is timed, and the stages' shares make up the whole. */
class GenerationPhasesTest {
    private static final Pattern PHASE = Pattern.compile("(?m)^(parse|prepare|audit|type model|emit|print) +([0-9.]+) us per model +([0-9.]+) %$");

    @Test
    void timesEachStageAndTheSharesAddUpToTheWhole() throws Exception {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            GenerationPhases.main(new String[] {"0", "1"});
        } finally {
            System.setOut(out);
        }
        String report = printed.toString(StandardCharsets.UTF_8);

        Matcher phase = PHASE.matcher(report);
        int phases = 0;
        double shares = 0;
        while (phase.find()) {
            phases++;
            assertThat(Double.parseDouble(phase.group(2))).as(phase.group(1)).isPositive();
            shares += Double.parseDouble(phase.group(3));
        }
        assertThat(phases).as(report).isEqualTo(6);
        assertThat(shares).as(report).isBetween(99.0, 101.0);
        assertThat(report).contains("of prepare, the draft-07 meta-schema check: ");
        assertThat(report).containsPattern("(?m)^all +[0-9.]+ us per model$");
    }
}
