package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Function;

/**
 * A hand-written {@link OxenRequest}, shaped like the generated ones, for the client's own tests:
 * its parameters and violations are whatever the test gives it.
 */
final class TestRequest<R> implements OxenRequest<R> {
    private final String model;
    private final String endpoint;
    private final ObjectNode parameters;
    private final List<Violation> violations;
    private final Function<JsonNode, R> reader;

    private TestRequest(String model, String endpoint, ObjectNode parameters, List<Violation> violations,
            Function<JsonNode, R> reader) {
        this.model = model;
        this.endpoint = endpoint;
        this.parameters = parameters;
        this.violations = violations;
        this.reader = reader;
    }

    /** A valid video request to {@code wan-v2-7-reference-to-video}: a prompt and a duration. */
    static TestRequest<GeneratedVideos> video() {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("prompt", "Image 1 walks through a garden").put("duration", 5);
        return new TestRequest<>("wan-v2-7-reference-to-video", "/videos/generate", parameters, List.of(), GeneratedVideos::of);
    }

    /** A valid image request to {@code flux-2-dev}. */
    static TestRequest<GeneratedImages> image() {
        ObjectNode parameters = JsonNodeFactory.instance.objectNode().put("prompt", "an ox in the snow");
        return new TestRequest<>("flux-2-dev", "/images/generate", parameters, List.of(), GeneratedImages::of);
    }

    /** This request, reporting {@code found} as its violations. */
    TestRequest<R> violating(Violation... found) {
        return new TestRequest<>(model, endpoint, parameters, List.of(found), reader);
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public String endpoint() {
        return endpoint;
    }

    @Override
    public ObjectNode toJsonNode() {
        return parameters.deepCopy();
    }

    @Override
    public List<Violation> validate() {
        return violations;
    }

    @Override
    public R readResult(JsonNode answer) {
        return reader.apply(answer);
    }
}
