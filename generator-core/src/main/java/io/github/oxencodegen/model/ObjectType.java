package io.github.oxencodegen.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A generated class for an object schema: final, immutable, built with a builder. Its property list
 * is filled once while the model is built (so that recursive schemas can refer to the type before
 * its properties are known) and is read-only after {@link #freeze}.
 */
public final class ObjectType {
    private final String className;
    private final String pointer;
    private final Documentation documentation;
    private final List<Property> properties = new ArrayList<>();
    private boolean frozen;

    public ObjectType(String className, String pointer, Documentation documentation) {
        this.className = className;
        this.pointer = pointer;
        this.documentation = documentation;
    }

    public String className() {
        return className;
    }

    /** JSON Pointer of the object schema this class comes from. */
    public String pointer() {
        return pointer;
    }

    public Documentation documentation() {
        return documentation;
    }

    /** The properties in generation order ({@code x-order}, then schema order). */
    public List<Property> properties() {
        return frozen ? properties : List.copyOf(properties);
    }

    void addProperty(Property property) {
        if (frozen) {
            throw new IllegalStateException(className + " is already complete");
        }
        properties.add(property);
    }

    void freeze() {
        frozen = true;
    }

    @Override
    public String toString() {
        return "ObjectType[" + className + " at #" + pointer + "]";
    }
}
