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
    /**
     * The Oxen model this request is for.
     *
     * @return the model id, sent as {@code "model"}, such as {@code flux-2-dev}
     */
    String model();

    /**
     * The path below the API base URL that takes this request synchronously; a video endpoint (one
     * under {@code /videos}) is polled at the video cadence.
     *
     * @return the path, such as {@code /videos/generate}
     */
    String endpoint();

    /**
     * The request parameters as JSON; {@link OxenClient} sends {@code "model"} from {@link #model()}
     * and ignores any {@code "model"} field here.
     *
     * @return a JSON object of the parameters that are set
     */
    ObjectNode toJsonNode();

    /**
     * Checks the request against its model's request schema.
     *
     * @return every violation, in the order the validator finds them; empty when the request may be sent
     */
    List<Violation> validate();

    /**
     * Reads the synchronous endpoint's answer as this request's result type.
     *
     * @param answer the answer's JSON body
     * @return the result
     * @throws RuntimeException if {@code answer} is not the shape the endpoint answers, such as
     *                          an image answer without {@code images}; {@link OxenClient} reports it
     *                          as an {@link OxenException} of kind {@code INVALID_RESPONSE}
     */
    R readResult(JsonNode answer);
}
