package io.github.oxencodegen.runtime;

/**
 * A location in a request: the whole request, or a property or array element below a location.
 * Generated validators build it step by step while collecting violations and turn it into an
 * RFC 6901 JSON Pointer only when they report one.
 */
public final class InstancePath {
    private static final InstancePath ROOT = new InstancePath(null, null, -1);

    private final InstancePath parent;

    private final String name;

    private final int index;

    private final int depth;

    private InstancePath(InstancePath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.depth = parent == null ? 0 : parent.depth + 1;
    }

    /**
     * The whole request; its pointer is {@code ""}.
     *
     * @return the root location
     */
    public static InstancePath root() {
        return ROOT;
    }

    /**
     * The property {@code name} of the object at this location.
     *
     * @param name the property's wire name
     * @return the location of the property
     */
    public InstancePath child(String name) {
        return new InstancePath(this, name, -1);
    }

    /**
     * The element {@code index} of the array at this location.
     *
     * @param index the element's index, from 0
     * @return the location of the element
     */
    public InstancePath child(int index) {
        return new InstancePath(this, null, index);
    }

    /**
     * This location as an RFC 6901 JSON Pointer, such as {@code /reference_images/2/url}.
     *
     * @return the pointer; {@code ""} for the whole request
     */
    public String pointer() {
        InstancePath[] steps = new InstancePath[depth];
        for (InstancePath at = this; at.parent != null; at = at.parent) {
            steps[at.depth - 1] = at;
        }
        StringBuilder pointer = new StringBuilder();
        for (InstancePath step : steps) {
            pointer.append('/');
            if (step.name == null) {
                pointer.append(step.index);
            } else {
                pointer.append(step.name.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    /**
     * The JSON Pointer of this location.
     *
     * @return {@link #pointer()}
     */
    @Override
    public String toString() {
        return pointer();
    }
}
