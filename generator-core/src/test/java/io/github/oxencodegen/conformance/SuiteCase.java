package io.github.oxencodegen.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.SchemaException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One case of the official suite: a schema and the tests of instances against it.
 *
 * @param file        the suite file, such as {@code ref.json}
 * @param index       the case's position in the file
 * @param description the case's description, as the suite words it
 * @param schema      the schema
 * @param tests       its tests, in the suite's order
 */
record SuiteCase(String file, int index, String description, JsonNode schema, List<Test> tests) {
    /** One instance and the verdict the suite expects. */
    record Test(String description, JsonNode instance, boolean valid) {}

    /** A model id for the case, unique in the suite and valid under the model-id rule. */
    String modelId() {
        return "suite-" + file.replaceFirst("\\.json$", "") + "-" + index;
    }

    /** Every case of every file directly in {@code folder} (optional tests live in a subfolder and are not read). */
    static List<SuiteCase> readAll(Path folder) throws IOException, SchemaException {
        List<SuiteCase> cases = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(folder)) {
            files = listed.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        for (Path file : files) {
            JsonNode array = OfficialSuiteTest.parse(file);
            for (int i = 0; i < array.size(); i++) {
                JsonNode c = array.get(i);
                List<Test> tests = new ArrayList<>();
                for (JsonNode t : c.get("tests")) {
                    tests.add(new Test(t.get("description").asText(), t.get("data"), t.get("valid").asBoolean()));
                }
                cases.add(new SuiteCase(file.getFileName().toString(), i, c.get("description").asText(), c.get("schema"), tests));
            }
        }
        return cases;
    }
}
