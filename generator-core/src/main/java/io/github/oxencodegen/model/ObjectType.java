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
    private final List<SharedPlace> places;
    private final List<Property> properties = new ArrayList<>();
    private boolean frozen;

    public ObjectType(String className, String pointer, Documentation documentation) {
        this(className, pointer, documentation, List.of(new SharedPlace(pointer, documentation)));
    }

    /** A class standing for every schema in {@code places} (of one shape), the first at {@code pointer}. */
    public ObjectType(String className, String pointer, Documentation documentation, List<SharedPlace> places) {
        this.className = className;
        this.pointer = pointer;
        this.documentation = documentation;
        this.places = List.copyOf(places);
    }

    public String className() {
        return className;
    }

    /**
     * Every schema this class stands for, in schema order: one, or several of the same shape (they
     * differ at most in titles, descriptions and examples).
     */
    public List<SharedPlace> places() {
        return places;
    }

    /** JSON Pointer of the (first) object schema this class comes from; its validator entry point judges by it. */
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
