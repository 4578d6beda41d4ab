package io.github.oxencodegen.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.github.oxencodegen.model.JavaType;

/** The JavaPoet names of model types, and the library types generated code refers to. */
final class TypeNames {
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LIST = ClassName.get("java.util", "List");
    static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
    static final ClassName MAP = ClassName.get("java.util", "Map");
    static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
    static final ClassName COLLECTIONS = ClassName.get("java.util", "Collections");
    static final ClassName OBJECTS = ClassName.get("java.util", "Objects");
    static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
    static final ClassName BIG_DECIMAL = ClassName.get("java.math", "BigDecimal");
    static final ClassName JSON_NODE = ClassName.get("com.fasterxml.jackson.databind", "JsonNode");
    static final ClassName OBJECT_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "ObjectNode");
    static final ClassName NULL_NODE = ClassName.get("com.fasterxml.jackson.databind.node", "NullNode");
    static final ClassName OBJECT_MAPPER = ClassName.get("com.fasterxml.jackson.databind", "ObjectMapper");
    static final ClassName JSON_PROCESSING_EXCEPTION = ClassName.get("com.fasterxml.jackson.core", "JsonProcessingException");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
    static final ClassName JSON_AUTO_DETECT = ClassName.get("com.fasterxml.jackson.annotation", "JsonAutoDetect");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get("com.fasterxml.jackson.annotation", "JsonPropertyOrder");
    static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
    static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    static final ClassName JSON_DESERIALIZE = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName JSON_POJO_BUILDER = ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");
    static final TypeName ADDITIONAL = ParameterizedTypeName.get(MAP, STRING, JSON_NODE);

    private TypeNames() {}

    /** The Java type of a model type; {@code packageName} holds the model's generated types. */
    static TypeName of(JavaType type, String packageName) {
        if (type instanceof JavaType.Text) {
            return STRING;
        } else if (type instanceof JavaType.WholeNumber number) {
            return number.fitsInt() ? ClassName.get(Integer.class) : ClassName.get(Long.class);
        } else if (type instanceof JavaType.Decimal) {
            return ClassName.get(Double.class);
        } else if (type instanceof JavaType.Flag) {
            return ClassName.get(Boolean.class);
        } else if (type instanceof JavaType.EnumRef enumRef) {
            return ClassName.get(packageName, enumRef.type().className());
        } else if (type instanceof JavaType.ObjectRef objectRef) {
            return ClassName.get(packageName, objectRef.type().className());
        } else if (type instanceof JavaType.ListOf list) {
            return ParameterizedTypeName.get(LIST, of(list.element(), packageName));
        }
        return JSON_NODE;
    }
}
