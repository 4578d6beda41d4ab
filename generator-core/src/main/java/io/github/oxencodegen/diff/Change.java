package io.github.oxencodegen.diff;

import java.util.Objects;

/**
 * One classified difference between two versions of a request contract.
 *
 * @param severity     what the change means to a caller
 * @param pointer      JSON Pointer of the changed keyword or subschema, such as
 *                     {@code /properties/duration/maximum}: in the new schema, or in the old one when
 *                     the keyword is gone; the empty string for the contract itself (the endpoint)
 * @param instancePath where in a request the change matters, such as {@code /reference_images/*}
 *                     ({@code *} stands for every array item or every other property); empty for the
 *                     request as a whole
 * @param kind         a short stable id naming the edit, such as {@code property-removed},
 *                     {@code enum-value-added}, {@code maximum-lowered}; the same kind can carry
 *                     different severities when context decides (see the package documentation)
 * @param message      one human line, such as {@code duration: maximum lowered from 15 to 10}
 * @param renamedFrom  for a probable rename ({@value #PROPERTY_RENAMED}), where the property was in the
 *                     old schema and in a request; null for every other change
 */
public record Change(Severity severity, String pointer, String instancePath, String kind, String message, Place renamedFrom) {
    /** The kind of a probable rename: a property removed while a similar one was added. */
    public static final String PROPERTY_RENAMED = "property-renamed";

    /**
     * A place in the old contract.
     *
     * @param pointer      JSON Pointer in the old schema, such as {@code /properties/input_images}
     * @param instancePath where it applied in a request, such as {@code /input_images}
     */
    public record Place(String pointer, String instancePath) {
        public Place {
            Objects.requireNonNull(pointer, "pointer");
            Objects.requireNonNull(instancePath, "instancePath");
        }
    }

    public Change {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(instancePath, "instancePath");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** A change at one place (every change but a probable rename). */
    public Change(Severity severity, String pointer, String instancePath, String kind, String message) {
        this(severity, pointer, instancePath, kind, message, null);
    }
}
