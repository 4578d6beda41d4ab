package io.github.oxencodegen.diff;

import io.github.oxencodegen.schema.JsonPointers;

/**
 * Where the comparison stands: the pointer of the subschema in each schema (they differ once a
 * {@code $ref} is followed or combinator branches are matched out of order), where in a request it
 * applies, and how changes found here are to be read.
 *
 * @param oldPointer   pointer of the subschema in the old schema
 * @param newPointer   pointer of the subschema in the new schema
 * @param instancePath where in a request the subschema applies ({@code *}: every item or other property)
 * @param label        the human name of that place, such as {@code reference_images[*].url}
 * @param overlay      true inside a combinator, condition or dependency branch, where {@code properties}
 *                     constrains fields declared elsewhere instead of declaring them
 * @param conservative why every validation change found here counts as breaking, or null when
 *                     changes keep their own severity
 */
record Location(String oldPointer, String newPointer, String instancePath, String label, boolean overlay, String conservative) {
    private static final String ROOT_LABEL = "request";

    static Location root() {
        return new Location("", "", "", ROOT_LABEL, false, null);
    }

    /** The same place in a request, reached through {@code keyword} (a keyword whose value is a schema). */
    Location keyword(String keyword) {
        return pointers(JsonPointers.child(oldPointer, keyword), JsonPointers.child(newPointer, keyword));
    }

    /** The same place in a request, under two given pointers. */
    Location pointers(String oldAt, String newAt) {
        return new Location(oldAt, newAt, instancePath, label, overlay, conservative);
    }

    /** The value of property {@code name}, declared under {@code properties}. */
    Location property(String name) {
        return new Location(
                JsonPointers.child(oldPointer + "/properties", name),
                JsonPointers.child(newPointer + "/properties", name),
                JsonPointers.child(instancePath, name),
                instancePath.isEmpty() ? name : label + "." + name,
                overlay, conservative);
    }

    /** Every item of an array, or every other property of an object, under two given pointers. */
    Location every(String oldAt, String newAt, boolean items) {
        String name = items ? label + "[*]" : instancePath.isEmpty() ? "*" : label + ".*";
        return new Location(oldAt, newAt, instancePath + "/*", name, overlay, conservative);
    }

    /** Item {@code index} of a tuple, under two given pointers. */
    Location tupleItem(String oldAt, String newAt, int index) {
        return new Location(oldAt, newAt, JsonPointers.child(instancePath, index), label + "[" + index + "]", overlay, conservative);
    }

    /** This location with another label (for property names, which are not values in the request). */
    Location labelled(String newLabel) {
        return new Location(oldPointer, newPointer, instancePath, newLabel, overlay, conservative);
    }

    /** Inside a branch that constrains the fields around it. */
    Location asOverlay() {
        return overlay ? this : new Location(oldPointer, newPointer, instancePath, label, true, conservative);
    }

    /** Inside a place where no change can be proved to loosen; the first reason given wins. */
    Location conservatively(String reason) {
        return conservative != null ? this : new Location(oldPointer, newPointer, instancePath, label, overlay, reason);
    }

    /** Pointer of {@code keyword} in the new schema when it is there, else in the old one. */
    String pointer(String keyword, boolean inNew) {
        return JsonPointers.child(inNew ? newPointer : oldPointer, keyword);
    }
}
