package io.github.oxencodegen.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The tests of the suite the generator is known not to pass, each named and with its reason. One line
 * each: {@code file | case description | test description | reason}, where a test description of
 * {@code *} names every test of the case (for a schema the generator refuses). Blank lines and lines
 * starting with {@code #} are comments.
 */
final class SetAside {
    private final Map<String, String> reasons;

    private SetAside(Map<String, String> reasons) {
        this.reasons = reasons;
    }

    static SetAside read(Path file) throws IOException {
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ", -1);
            if (parts.length != 4 || parts[3].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": expected 'file | case | test | reason', got: " + line);
            }
            if (reasons.put(parts[0] + " | " + parts[1] + " | " + parts[2], parts[3]) != null) {
                throw new IllegalArgumentException(file + ":" + (n + 1) + ": named twice: " + line);
            }
        }
        return new SetAside(reasons);
    }

    static String caseName(SuiteCase c) {
        return c.file() + " | " + c.description() + " | *";
    }

    static String name(SuiteCase c, SuiteCase.Test test) {
        return c.file() + " | " + c.description() + " | " + test.description();
    }

    /** Why the test is set aside; null when it is not. */
    String reason(SuiteCase c, SuiteCase.Test test) {
        String reason = reasons.get(name(c, test));
        return reason != null ? reason : reasons.get(caseName(c));
    }

    List<String> names() {
        return List.copyOf(reasons.keySet());
    }
}
