package io.github.oxencodegen.fetch;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.select.ListedModel;
import java.net.URI;
import java.util.Arrays;
import java.util.Objects;

/**
 * A model object as Oxen served it, checked to be the model that was asked for and to carry a
 * request schema.
 *
 * @param modelId  the id that was asked for (and that the document states)
 * @param url      where it was read from
 * @param body     the response body exactly as received
 * @param document the parsed body: the whole model object, which is what a snapshot stores
 * @param model    the model as the generator reads it; {@link ModelDocument#hasRequestSchema()} is true
 */
public record FetchedModel(String modelId, URI url, byte[] body, JsonNode document, ModelDocument model) {
    public FetchedModel {
        Objects.requireNonNull(modelId, "modelId");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(model, "model");
        body = body.clone();
    }

    /**
     * A model as Oxen's list gave it: the same object a fetch of the model alone returns, read from {@code listUrl}.
     *
     * @throws IllegalArgumentException when the listed model has no request schema
     */
    public static FetchedModel fromList(ListedModel listed, URI listUrl) {
        if (!listed.document().hasRequestSchema()) {
            throw new IllegalArgumentException("'" + listed.id() + "' is listed without a request schema");
        }
        ModelDocument model = new ModelDocument(listed.id(), listed.endpoint(), listed.document().requestSchema(),
                listUrl.toString());
        return new FetchedModel(listed.id(), listUrl, CanonicalJson.toBytes(listed.object()), listed.object(), model);
    }

    /** A copy of the body, so the record stays immutable. */
    @Override
    public byte[] body() {
        return body.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchedModel that
                && modelId.equals(that.modelId)
                && url.equals(that.url)
                && Arrays.equals(body, that.body)
                && document.equals(that.document)
                && model.equals(that.model);
    }

    @Override
    public int hashCode() {
        return Objects.hash(modelId, url, Arrays.hashCode(body), document, model);
    }

    @Override
    public String toString() {
        return "FetchedModel[modelId=" + modelId + ", url=" + url + ", body=" + body.length + " bytes]";
    }
}
