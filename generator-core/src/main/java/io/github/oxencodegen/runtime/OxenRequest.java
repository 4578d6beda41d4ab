package io.github.oxencodegen.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A request to one Oxen model, as {@link OxenClient} sends it: the model id, the endpoint that takes
 * it synchronously, the parameters as JSON, its own validation, and how the endpoint's answer is read.
 * Every generated request class implements it.
 *
 * @param <R> what the synchronous endpoint answers: {@link GeneratedImages} for
 *            {@code /images/generate} and {@code /images/edit}, {@link GeneratedVideos} for
 *            {@code /videos/generate}, a {@link JsonResult} for any other endpoint
 */
public interface OxenRequest<R> {
    /** The Oxen model id, sent as {@code "model"}. */
    String model();

    /** The path below the API base URL that takes this request synchronously, such as {@code /videos/generate}. */
    String endpoint();

    /** The request parameters as JSON, without {@code "model"}. */
    ObjectNode toJsonNode();

    /** Every violation of the model's request schema; empty when the request may be sent. */
    List<Violation> validate();

    /** The synchronous endpoint's answer, read as this request's result type. */
    R readResult(JsonNode answer);
}
