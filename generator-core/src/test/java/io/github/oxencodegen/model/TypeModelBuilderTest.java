package io.github.oxencodegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.ContractPreparer;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.PreparedContract;
import io.github.oxencodegen.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class TypeModelBuilderTest {
    private static RequestModel build(String schema) throws Exception {
        PreparedContract contract = ContractPreparer.prepare(ModelInput.of(new ModelDocument("demo-model", null, Fixtures.parse(schema), "s")));
        return TypeModelBuilder.build(contract, "com.example.demo_model", "test");
    }

    private static Property property(RequestModel model, String jsonName) {
        return model.request().properties().stream().filter(p -> p.jsonName().equals(jsonName)).findFirst().orElseThrow();
    }

    @Test
    void theWanModelGetsItsRequestClassNestedTypesAndEnums() throws Exception {
        ModelDocument wan = Fixtures.model("models/wan-v2-7-reference-to-video.json");
        PreparedContract contract = ContractPreparer.prepare(new ModelInput(wan, Fixtures.wanOverlay(), "limits.json"));
        RequestModel model = TypeModelBuilder.build(contract, "com.example.wan", "test");

        assertThat(model.request().className()).isEqualTo("WanV27ReferenceToVideoRequest");
        assertThat(model.request().properties()).extracting(Property::jsonName).containsExactly(
                "prompt", "reference_images", "reference_videos", "input_image", "aspect_ratio", "resolution",
                "duration", "negative_prompt", "prompt_extend", "watermark", "seed");
        assertThat(model.objects()).extracting(ObjectType::className).containsExactly("Reference");
        assertThat(model.enums()).extracting(EnumType::className).containsExactly("AspectRatio", "Resolution");
        assertThat(property(model, "prompt").required()).isTrue();
        assertThat(property(model, "seed").type()).isEqualTo(new JavaType.WholeNumber(true));
        assertThat(property(model, "reference_images").type())
                .isInstanceOfSatisfying(JavaType.ListOf.class, list -> assertThat(list.element()).isInstanceOf(JavaType.ObjectRef.class));
    }

    @Test
    void optionalPropertiesWithADefaultThatFitsGetATypedAccessor() throws Exception {
        RequestModel model = build("""
                {"type": "object", "$defs": {"Ratio": {"type": "string", "enum": ["1:1", "16:9"]}}, "properties": {
                  "ratio": {"$ref": "#/$defs/Ratio", "default": "16:9"},
                  "steps": {"type": "integer", "minimum": 1, "maximum": 50, "multipleOf": 5, "default": 30},
                  "tags": {"type": "array", "items": {"type": "string", "maxLength": 3}, "maxItems": 2, "default": ["a", "b"]}}}
                """);
        assertThat(property(model, "ratio").defaultValue().accessor()).isEqualTo("ratioOrDefault");
        assertThat(property(model, "steps").defaultValue().value().intValue()).isEqualTo(30);
        assertThat(property(model, "tags").defaultValue().accessor()).isEqualTo("tagsOrDefault");
    }

    @Test
    void defaultsThatBreakTheirOwnSchemaOrJavaTypeGetNoAccessorAndSaySo() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {
                  "below_minimum": {"type": "integer", "minimum": 1, "maximum": 10, "default": 0},
                  "not_a_multiple": {"type": "number", "multipleOf": 0.5, "default": 0.3},
                  "beyond_int": {"type": "integer", "minimum": 0, "maximum": 100, "exclusiveMaximum": 100, "default": 100},
                  "unknown_constant": {"type": "string", "enum": ["a", "b"], "default": "c"},
                  "text_for_a_number": {"type": "number", "default": "high"},
                  "fraction_for_an_integer": {"type": "integer", "default": 1.5},
                  "too_long": {"type": "string", "maxLength": 3, "default": "four"},
                  "too_many_items": {"type": "array", "items": {"type": "integer"}, "maxItems": 1, "default": [1, 2]},
                  "wrong_item": {"type": "array", "items": {"type": "boolean"}, "default": [true, "no"]},
                  "not_the_const": {"type": "string", "const": "x", "default": "y"}}}
                """);
        for (Property property : model.request().properties()) {
            assertThat(property.defaultValue()).as(property.jsonName()).isNull();
            assertThat(property.documentation().facts()).as(property.jsonName())
                    .contains("The default does not fit this property's Java type or its own schema, so no accessor offers it.");
        }
    }

    @Test
    void requiredNullObjectAndFreeFormDefaultsGetNoAccessorAndNoNote() throws Exception {
        RequestModel model = build("""
                {"type": "object", "required": ["prompt"], "properties": {
                  "prompt": {"type": "string", "default": "a cat"},
                  "seed": {"type": ["integer", "null"], "default": null},
                  "crop": {"type": "object", "properties": {"x": {"type": "integer"}}, "default": {"x": 1}},
                  "extra": {"default": {"any": "thing"}}}}
                """);
        for (Property property : model.request().properties()) {
            assertThat(property.defaultValue()).as(property.jsonName()).isNull();
            assertThat(property.documentation().facts()).as(property.jsonName()).noneMatch(f -> f.contains("no accessor"));
        }
    }

    @Test
    void aDefaultAccessorGivesWayToAPropertyOfTheSameName() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {
                  "seed": {"type": "integer", "default": 1},
                  "seed_or_default": {"type": "boolean"}}}
                """);
        assertThat(property(model, "seed_or_default").javaName()).isEqualTo("seedOrDefault");
        assertThat(property(model, "seed").defaultValue().accessor()).isEqualTo("seedOrDefault2");
    }

    @Test
    void xOrderOrdersPropertiesAndTheRestKeepSchemaOrder() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {
                  "c": {"type": "string"}, "b": {"type": "string", "x-order": 2}, "a": {"type": "string", "x-order": 1}, "d": {"type": "string"}}}
                """);
        assertThat(model.request().properties()).extracting(Property::jsonName).containsExactly("a", "b", "c", "d");
    }

    @Test
    void unionsOneOfAndFreeFormObjectsDegradeToJsonValues() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {
                  "union": {"type": ["integer", "string"]},
                  "choice": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
                  "free": {"type": "object"},
                  "untyped": {"properties": {"a": {"type": "string"}}},
                  "nullable": {"type": ["string", "null"]}}}
                """);
        assertThat(property(model, "union").type()).isInstanceOf(JavaType.Json.class);
        assertThat(property(model, "choice").type()).isInstanceOf(JavaType.Json.class);
        assertThat(property(model, "free").type()).isInstanceOf(JavaType.Json.class);
        assertThat(property(model, "untyped").type()).isInstanceOf(JavaType.Json.class);
        assertThat(property(model, "nullable").type()).isInstanceOf(JavaType.Text.class);
    }

    @Test
    void integersAreIntWhenBothBoundsFitAndLongOtherwise() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {
                  "small": {"type": "integer", "minimum": 0, "maximum": 2147483647},
                  "open": {"type": "integer", "minimum": 0},
                  "big": {"type": "integer", "minimum": 0, "maximum": 2147483648}}}
                """);
        assertThat(property(model, "small").type()).isEqualTo(new JavaType.WholeNumber(true));
        assertThat(property(model, "open").type()).isEqualTo(new JavaType.WholeNumber(false));
        assertThat(property(model, "big").type()).isEqualTo(new JavaType.WholeNumber(false));
    }

    @Test
    void enumsKeepExactWireValuesAndTheirKind() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {
                  "ratio": {"type": "string", "enum": ["16:9", "9:16", "1 MP"]},
                  "seed_mode": {"type": "integer", "enum": [-1, 0, 1]},
                  "fps": {"type": "number", "enum": [23.976, 24, 30]},
                  "mixed": {"enum": ["auto", 1, true]},
                  "with_null": {"type": ["string", "null"], "enum": ["a", null]}}}
                """);
        assertThat(model.enums()).extracting(EnumType::className).containsExactly("Ratio", "SeedMode", "Fps", "Mixed", "WithNull");
        assertThat(model.enums().get(0).constants()).extracting(EnumType.Constant::javaName).containsExactly("V16_9", "V9_16", "V1_MP");
        assertThat(model.enums()).extracting(EnumType::valueKind).containsExactly(
                EnumType.ValueKind.STRING, EnumType.ValueKind.INTEGER, EnumType.ValueKind.NUMBER, EnumType.ValueKind.MIXED, EnumType.ValueKind.STRING);
        assertThat(model.enums().get(2).constants().get(0).wireValue().decimalValue()).hasToString("23.976");
        assertThat(model.enums().get(4).constants()).hasSize(1);
    }

    @Test
    void aDefinitionReferencedTwiceIsOneClassAndRecursionTerminates() throws Exception {
        RequestModel model = build("""
                {"type": "object", "definitions": {"Node": {"type": "object", "properties": {
                    "name": {"type": "string"}, "children": {"type": "array", "items": {"$ref": "#/definitions/Node"}}}}},
                 "properties": {"tree": {"$ref": "#/definitions/Node"}, "other": {"$ref": "#/definitions/Node"}}}
                """);
        assertThat(model.objects()).extracting(ObjectType::className).containsExactly("Node");
        ObjectType node = model.objects().get(0);
        assertThat(node.properties().get(1).type()).isEqualTo(new JavaType.ListOf(new JavaType.ObjectRef(node)));
        assertThat(property(model, "other").type()).isEqualTo(new JavaType.ObjectRef(node));
    }

    @Test
    void namesThatCollideOrAreReservedGetDeterministicVariants() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {
                  "foo_bar": {"type": "string"}, "fooBar": {"type": "string"}, "class": {"type": "string"},
                  "hash_code": {"type": "string"}, "model": {"type": "string"},
                  "string": {"type": "object", "properties": {"a": {"type": "string"}}}}}
                """);
        assertThat(model.request().properties()).extracting(Property::javaName)
                .containsExactly("fooBar", "fooBar2", "class_", "hashCodeValue", "modelValue", "string");
        assertThat(model.objects()).extracting(ObjectType::className).containsExactly("String2");
    }

    @Test
    void documentationCarriesTitleDescriptionDefaultAndRange() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {"duration": {"type": "integer", "title": "Duration",
                   "description": "Seconds.", "default": 5, "minimum": 2, "maximum": 15}}}
                """);
        Documentation doc = property(model, "duration").documentation();
        assertThat(doc.title()).isEqualTo("Duration");
        assertThat(doc.description()).isEqualTo("Seconds.");
        assertThat(doc.facts()).isEqualTo(List.of("Default: 5.", "Range: at least 2 and at most 15."));
    }
}
