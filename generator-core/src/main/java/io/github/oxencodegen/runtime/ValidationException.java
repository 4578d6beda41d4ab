package io.github.oxencodegen.runtime;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a request breaks its model's request schema. The message names the model and
 * lists every violation, one per line; {@link #violations()} gives them as values.
 */
public final class ValidationException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * The id of the Oxen model whose request schema was broken.
     */
    private final String modelId;

    /**
     * Immutable; {@code List.copyOf} lists are serializable.
     */
    @SuppressWarnings("serial")
    private final List<Violation> violations;

    /**
     * An exception listing {@code violations} of the request schema of {@code modelId}.
     *
     * @param modelId    the Oxen model whose request schema was broken
     * @param violations every violation, in the order the validator reported them; not empty
     */
    public ValidationException(String modelId, List<Violation> violations) {
        super(message(Objects.requireNonNull(modelId, "modelId"), violations));
        this.modelId = modelId;
        this.violations = List.copyOf(violations);
    }

    /**
     * The id of the Oxen model whose request schema was broken.
     *
     * @return the model id
     */
    public String modelId() {
        return modelId;
    }

    /**
     * Every violation, in the order the validator reported them; immutable.
     *
     * @return the violations, never empty
     */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String modelId, List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        StringBuilder text = new StringBuilder("Request for model '").append(modelId).append("' has ")
                .append(violations.size()).append(violations.size() == 1 ? " violation:" : " violations:");
        for (Violation violation : violations) {
            text.append("\n  ").append(violation);
        }
        return text.toString();
    }
}
