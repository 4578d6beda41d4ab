package io.github.oxencodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A generated enum: one constant per wire value, each value kept exactly as the schema gives it.
 *
 * @param className     simple class name, unique within the model's package
 * @param pointer       JSON Pointer of the schema the enum comes from
 * @param valueKind     what kind of JSON values the constants stand for
 * @param constants     the constants, in schema order
 * @param documentation Javadoc text
 * @param places        every schema the enum stands for, in schema order: several when their
 *                      values (and so the constants) are the same
 */
public record EnumType(String className, String pointer, ValueKind valueKind, List<Constant> constants, Documentation documentation,
        List<SharedPlace> places) {
    public EnumType {
        constants = List.copyOf(constants);
        places = List.copyOf(places);
    }

    /** The kind of wire values. */
    public enum ValueKind {
        /** All strings: {@code String value()}. */
        STRING,
        /** All integral numbers: {@code long value()}. */
        INTEGER,
        /** Numbers, some with fractions: {@code BigDecimal value()}. */
        NUMBER,
        /** A mix of strings, numbers and booleans: {@code JsonNode value()}. */
        MIXED
    }

    /**
     * One constant.
     *
     * @param javaName  the Java constant name
     * @param wireValue the exact JSON value sent on the wire
     */
    public record Constant(String javaName, JsonNode wireValue) {}
}
