package io.github.oxencodegen.model;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.PreparedContract;
import io.github.oxencodegen.schema.RefResolver;
import io.github.oxencodegen.schema.UnresolvableRef;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a prepared request schema and decides the Java shape of the request: which classes, enums
 * and property types. Types follow {@code type}, {@code properties}, {@code items} and {@code enum};
 * combinators only add validation. Where a value cannot be typed precisely it becomes a JSON value,
 * never a compile error.
 */
public final class TypeModelBuilder {
    /**
     * Names a generated type may not take: they would shadow what generated code refers to. The
     * {@code java.lang} ones matter most, as the printer never imports them: a class of the model's
     * package with such a name would silently take their place ({@code ReservedTypeNamesTest} checks
     * that every {@code java.lang} name the generated code uses is here).
     */
    static final Set<String> RESERVED_TYPE_NAMES = Set.of(
            "Violation", "ValidationException", "String", "Object", "Integer", "Long", "Double", "Boolean", "Number",
            "Character", "Byte", "Short", "Float", "Void", "Class", "Enum", "Record", "Math", "System", "Thread",
            "Runtime", "Exception", "Error", "Iterable", "Comparable", "CharSequence", "Override", "Deprecated",
            "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "StringBuilder", "Throwable", "AutoCloseable",
            "RuntimeException", "IllegalArgumentException", "IllegalStateException", "NumberFormatException",
            "InterruptedException", "NullPointerException", "UnsupportedOperationException", "ArithmeticException", "List", "Map", "Optional", "Objects",
            "Collections", "Iterator", "ArrayList", "LinkedHashMap", "Arrays", "BigDecimal", "BigInteger", "Pattern",
            "JsonNode", "ObjectNode", "ArrayNode", "ObjectMapper", "JsonProperty", "JsonInclude", "JsonCreator",
            "JsonValue", "JsonAnyGetter", "JsonAnySetter", "JsonPropertyOrder", "JsonDeserialize", "JsonPOJOBuilder",
            "JsonAutoDetect", "JsonIgnore", "JsonProcessingException", "Builder", "Generated");
    /** A scope of {@link #RESERVED_TYPE_NAMES}, copied for each model and never claimed in itself. */
    private static final JavaNames.Scope RESERVED_TYPE_SCOPE = new JavaNames.Scope(RESERVED_TYPE_NAMES);

    private final PreparedContract contract;
    private final RefResolver refs;
    private final JavaNames.Scope typeNames;
    private final Map<String, ObjectType> objectsByPointer = new LinkedHashMap<>();
    private final Set<String> arraysBeingTyped = new HashSet<>();
    private final Map<String, EnumType> enumsByPointer = new LinkedHashMap<>();
    private final PropertyNamer propertyNamer = new PropertyNamer();
    private final DefaultFit defaultFit;
    /** Null on the first pass, which only finds every type; on the second, how types of one shape are shared. */
    private final SharedTypes shared;
    private final SharedTypes.Finder finder = new SharedTypes.Finder();
    private final Map<String, ObjectType> objectsByShape = new HashMap<>();
    private final Map<String, EnumType> enumsByShape = new HashMap<>();

    private TypeModelBuilder(PreparedContract contract, String requestClassName, String validatorClassName,
            SharedTypes shared) {
        this.contract = contract;
        this.shared = shared;
        this.refs = new RefResolver(contract.schema());
        this.defaultFit = new DefaultFit(refs);
        this.typeNames = RESERVED_TYPE_SCOPE.copy();
        typeNames.reserve(validatorClassName);
        typeNames.claim(requestClassName);
    }

    /** The request class name for a model id: {@code wan-v2-7-reference-to-video} gives {@code WanV27ReferenceToVideoRequest}. */
    public static String requestClassName(String modelId) {
        return JavaNames.upperCamel(modelId, "Model") + "Request";
    }

    /** The validator class name for a model id. */
    public static String validatorClassName(String modelId) {
        return requestClassName(modelId) + "Validator";
    }

    /**
     * Builds the model for {@code contract}, to be generated into {@code packageName}. A first pass
     * finds every object and enum schema and the name each would have alone; the second, needed only
     * when two of them have one shape (see {@link SchemaShape}), gives them one type, named by
     * {@link SharedNames}.
     */
    public static RequestModel build(PreparedContract contract, String packageName, String source) {
        String requestName = requestClassName(contract.modelId());
        String validatorName = validatorClassName(contract.modelId());
        TypeModelBuilder first = new TypeModelBuilder(contract, requestName, validatorName, null);
        ObjectType request = first.buildRequest(requestName);
        TypeModelBuilder builder = first;
        // When no two schemas share a shape the second pass would claim the same names in the same
        // order and build the same types (each standing for its own place), so the first pass's stand.
        if (first.finder.sharesAny()) {
            Set<String> reserved = new HashSet<>(RESERVED_TYPE_NAMES);
            reserved.add(validatorName);
            reserved.add(requestName);
            builder = new TypeModelBuilder(contract, requestName, validatorName, SharedTypes.of(first.finder, reserved));
            request = builder.buildRequest(requestName);
        }
        request.freeze();
        // a shared type stands at several pointers; it is generated once
        List<ObjectType> others = new ArrayList<>(new LinkedHashSet<>(builder.objectsByPointer.values()));
        others.remove(request);
        return new RequestModel(contract.modelId(), contract.endpoint(), packageName, request, others,
                List.copyOf(new LinkedHashSet<>(builder.enumsByPointer.values())), contract.sha256(), source);
    }

    private ObjectType buildRequest(String requestName) {
        ObjectType request = new ObjectType(requestName, "", DocumentationReader.read(contract.schema()));
        if (contract.schema().isObject()) {
            objectsByPointer.put("", request);
            fillProperties(request, "", contract.schema(), List.of());
        }
        return request;
    }

    /** {@code siblings}: the first pass's types of the other schemas this type stands for, whose property docs it merges. */
    private void fillProperties(ObjectType type, String pointer, JsonNode schema, List<ObjectType> siblings) {
        JsonNode properties = schema.get("properties");
        if (properties == null || !properties.isObject()) {
            return;
        }
        Set<String> required = new LinkedHashSet<>();
        for (JsonNode name : schema.path("required")) {
            required.add(name.asText());
        }
        List<Map.Entry<String, JsonNode>> ordered = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = properties.properties().iterator();
        while (fields.hasNext()) {
            ordered.add(fields.next());
        }
        ordered.sort(Comparator.comparing((Map.Entry<String, JsonNode> e) -> orderOf(e.getValue())));
        JavaNames.Scope members = propertyNamer.newScope();
        List<Property> typed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : ordered) {
            String name = entry.getKey();
            String childPointer = JsonPointers.child(pointer + "/properties", name);
            JavaType javaType = typeOf(childPointer, entry.getValue(), JavaNames.upperCamel(name, "Value"));
            typed.add(new Property(name, members.claim(propertyNamer.javaName(name)), javaType,
                    required.contains(name), entry.getValue().path("deprecated").asBoolean(false),
                    DocumentationReader.read(entry.getValue()), null, null));
        }
        // the accessors of defaults and of explicit nulls are named once every property has its name,
        // which they must not take
        for (Property property : typed) {
            Property withDefault = withDefault(property, properties.get(property.jsonName()), members);
            Property complete = withExplicitNull(withDefault, JsonPointers.child(pointer + "/properties", property.jsonName()),
                    properties.get(property.jsonName()), members);
            type.addProperty(SharedTypes.withMergedDocumentation(complete, siblings));
        }
        type.freeze();
    }

    /** {@code property} with its typed default, or with a note in its Javadoc when its default does not fit. */
    private Property withDefault(Property property, JsonNode schema, JavaNames.Scope members) {
        JsonNode value = schema.get("default");
        if (property.required() || value == null || value.isNull() || !DefaultFit.offers(property.type())) {
            return property;
        }
        if (defaultFit.fits(property.type(), value, schema)) {
            DefaultValue typed = new DefaultValue(members.claim(property.javaName() + "OrDefault"), value);
            return new Property(property.jsonName(), property.javaName(), property.type(), false, property.deprecated(),
                    property.documentation(), typed, null);
        }
        Documentation doc = property.documentation();
        List<String> facts = new ArrayList<>(doc.facts());
        facts.add("The default does not fit this property's Java type or its own schema, so no accessor offers it.");
        return new Property(property.jsonName(), property.javaName(), property.type(), false, property.deprecated(),
                new Documentation(doc.title(), doc.description(), facts), null, null);
    }

    /**
     * {@code property} with the names that send and tell an explicit JSON {@code null}, when its schema
     * (after {@code $ref}) lists {@code "null"} among its types and its Java type is not {@code JsonNode}.
     */
    private Property withExplicitNull(Property property, String pointer, JsonNode schema, JavaNames.Scope members) {
        if (property.type() instanceof JavaType.Json) {
            return property;
        }
        JsonNode resolved = schema;
        if (RefResolver.hasRef(schema)) {
            try {
                resolved = refs.follow(pointer, schema).schema();
            } catch (UnresolvableRef e) {
                return property;
            }
        }
        if (!resolved.isObject() || !SchemaTypes.declared(resolved).contains("null")) {
            return property;
        }
        String name = property.javaName();
        ExplicitNull names = new ExplicitNull(members.claim(name + "Null"),
                members.claim("is" + name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1) + "Null"), members.claim(name + "Json"));
        return new Property(property.jsonName(), name, property.type(), property.required(), property.deprecated(),
                property.documentation(), property.defaultValue(), names);
    }

    /** Properties with {@code x-order} first, by that number; the others after, in schema order (the sort is stable). */
    private static BigDecimal orderOf(JsonNode propertySchema) {
        JsonNode order = propertySchema.get("x-order");
        return order != null && order.isNumber() ? order.decimalValue() : BigDecimal.valueOf(Long.MAX_VALUE);
    }

    private JavaType typeOf(String pointer, JsonNode schema, String nameHint) {
        if (RefResolver.hasRef(schema)) {
            RefResolver.Target target;
            try {
                target = refs.follow(pointer, schema);
            } catch (UnresolvableRef e) {
                return new JavaType.Json(); // the audit has refused the contract already; nothing to name
            }
            pointer = target.pointer();
            schema = target.schema();
            String last = pointer.substring(pointer.lastIndexOf('/') + 1);
            nameHint = last.isEmpty() ? nameHint : JavaNames.upperCamel(JsonPointers.unescape(last), nameHint);
        }
        if (!schema.isObject()) {
            return new JavaType.Json();
        }
        Set<String> types = SchemaTypes.declared(schema);
        if (schema.has("enum")) {
            return enumType(pointer, schema, types, nameHint);
        }
        types.remove("null");
        if (types.size() != 1) {
            return new JavaType.Json();
        }
        switch (types.iterator().next()) {
            case "string":
                return new JavaType.Text();
            case "integer":
                return new JavaType.WholeNumber(SchemaTypes.fitsInt(schema));
            case "number":
                return new JavaType.Decimal();
            case "boolean":
                return new JavaType.Flag();
            case "array":
                return arrayType(pointer, schema, nameHint);
            case "object":
                return objectType(pointer, schema, nameHint);
            default:
                return new JavaType.Json();
        }
    }

    private JavaType arrayType(String pointer, JsonNode schema, String nameHint) {
        JsonNode items = schema.get("items");
        if (items == null || items.isArray() || !items.isObject()) {
            return new JavaType.ListOf(new JavaType.Json());
        }
        if (!arraysBeingTyped.add(pointer)) {
            return new JavaType.Json(); // an array that holds itself: no Java type nests without end
        }
        try {
            return new JavaType.ListOf(typeOf(pointer + "/items", items, JavaNames.singular(nameHint)));
        } finally {
            arraysBeingTyped.remove(pointer);
        }
    }

    private JavaType objectType(String pointer, JsonNode schema, String nameHint) {
        ObjectType known = objectsByPointer.get(pointer);
        if (known != null) {
            return new JavaType.ObjectRef(known);
        }
        if (!schema.path("properties").isObject()) {
            return new JavaType.Json();
        }
        String shape = SchemaShape.of(schema);
        String key = shape == null ? "object at " + pointer : "object " + shape;
        Documentation documentation = DocumentationReader.read(schema);
        ObjectType same = objectsByShape.get(key);
        if (same != null) {
            objectsByPointer.put(pointer, same);
            return new JavaType.ObjectRef(same);
        }
        ObjectType type;
        if (shared == null) {
            type = new ObjectType(typeNames.claim(nameHint), pointer, documentation);
            finder.found(key, pointer, nameHint, documentation, type);
        } else {
            List<SharedPlace> places = shared.places(key, pointer, documentation);
            type = new ObjectType(typeNames.claim(shared.name(key, nameHint)), pointer, SharedTypes.common(places),
                    places);
            objectsByShape.put(key, type);
        }
        objectsByPointer.put(pointer, type);
        fillProperties(type, pointer, schema, shared == null ? List.of() : shared.siblings(key, pointer));
        return new JavaType.ObjectRef(type);
    }

    private JavaType enumType(String pointer, JsonNode schema, Set<String> types, String nameHint) {
        EnumType known = enumsByPointer.get(pointer);
        if (known != null) {
            return new JavaType.EnumRef(known);
        }
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode value : schema.get("enum")) {
            if (!value.isNull() && (types.isEmpty() || SchemaTypes.matchesAny(value, types)) && !containsJson(values, value)) {
                values.add(value);
            }
        }
        EnumType.ValueKind kind = SchemaTypes.enumKind(values);
        if (values.isEmpty() || kind == null) {
            return new JavaType.Json();
        }
        String key = "enum " + kind + " " + values;
        EnumType same = enumsByShape.get(key);
        if (same != null) {
            enumsByPointer.put(pointer, same);
            return new JavaType.EnumRef(same);
        }
        JavaNames.Scope constants = new JavaNames.Scope(Set.of());
        List<EnumType.Constant> list = new ArrayList<>();
        for (JsonNode value : values) {
            list.add(new EnumType.Constant(constants.claim(JavaNames.constant(value.asText())), value));
        }
        Documentation documentation = DocumentationReader.read(schema);
        EnumType type;
        if (shared == null) {
            type = new EnumType(typeNames.claim(nameHint), pointer, kind, list, documentation,
                    List.of(new SharedPlace(pointer, documentation)));
            finder.found(key, pointer, nameHint, documentation, null);
        } else {
            List<SharedPlace> places = shared.places(key, pointer, documentation);
            type = new EnumType(typeNames.claim(shared.name(key, nameHint)), pointer, kind, list, SharedTypes.common(places),
                    places);
            enumsByShape.put(key, type);
        }
        enumsByPointer.put(pointer, type);
        return new JavaType.EnumRef(type);
    }

    private static boolean containsJson(List<JsonNode> values, JsonNode value) {
        for (JsonNode existing : values) {
            if (SchemaTypes.jsonEquals(existing, value)) {
                return true;
            }
        }
        return false;
    }
}
