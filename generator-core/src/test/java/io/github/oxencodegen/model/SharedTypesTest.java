package io.github.oxencodegen.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.schema.ContractPreparer;
import io.github.oxencodegen.schema.ModelDocument;
import io.github.oxencodegen.schema.ModelInput;
import io.github.oxencodegen.schema.PreparedContract;
import io.github.oxencodegen.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Schemas of one shape (titles, descriptions and examples aside) give one Java type. */
class SharedTypesTest {
    private static final String ITEM = """
            {"type": "object", "required": ["url"], "properties": {
              "url": {"type": "string", "format": "uri", "title": "%s", "description": "%s"},
              "weight": {"type": "number", "minimum": 0, "maximum": 1}}}""";

    private static RequestModel build(String schema) throws Exception {
        PreparedContract contract = ContractPreparer.prepare(ModelInput.of(new ModelDocument("demo-model", null, Fixtures.parse(schema), "s")));
        return TypeModelBuilder.build(contract, "com.example.demo_model", "test");
    }

    private static String lists(String first, String second) {
        return "{\"type\": \"object\", \"properties\": {\"reference_images\": {\"type\": \"array\", \"items\": " + first
                + "}, \"reference_videos\": {\"type\": \"array\", \"items\": " + second + "}}}";
    }

    private static JavaType elementOf(RequestModel model, String property) {
        return ((JavaType.ListOf) model.request().properties().stream().filter(p -> p.jsonName().equals(property))
                .findFirst().orElseThrow().type()).element();
    }

    @Test
    void twoIdenticalItemSchemasGiveOneClassNamedByTheirCommonLeadingWords() throws Exception {
        String item = ITEM.formatted("URL", "Where it is.");
        RequestModel model = build(lists(item, item));

        assertThat(model.objects()).extracting(ObjectType::className).containsExactly("Reference");
        assertThat(elementOf(model, "reference_images")).isEqualTo(elementOf(model, "reference_videos"));
        assertThat(model.objects().get(0).places()).extracting(SharedPlace::pointer)
                .containsExactly("/properties/reference_images/items", "/properties/reference_videos/items");
        assertThat(model.objects().get(0).pointer()).isEqualTo("/properties/reference_images/items");
    }

    @Test
    void schemasDifferingInOneKeywordStayTwoClasses() throws Exception {
        String second = ITEM.formatted("URL", "Where it is.").replace("\"maximum\": 1", "\"maximum\": 2");
        RequestModel model = build(lists(ITEM.formatted("URL", "Where it is."), second));

        assertThat(model.objects()).extracting(ObjectType::className).containsExactly("ReferenceImage", "ReferenceVideo");
        assertThat(model.objects()).allSatisfy(type -> assertThat(type.places()).hasSize(1));
    }

    @Test
    void aPropertyNamedDescriptionIsNoAnnotationAndKeepsTheClassesApart() throws Exception {
        String first = "{\"type\": \"object\", \"properties\": {\"description\": {\"type\": \"string\"}}}";
        String second = "{\"type\": \"object\", \"properties\": {\"title\": {\"type\": \"string\"}}}";
        assertThat(build(lists(first, second)).objects()).hasSize(2);
    }

    @Test
    void schemasDifferingOnlyInTextsShareAClassWhoseJavadocKeepsEveryText() throws Exception {
        String first = ITEM.formatted("Image URL", "URL of the image.").replace("{\"type\": \"object\",",
                "{\"type\": \"object\", \"title\": \"Image\", \"description\": \"One image.\", \"examples\": [{\"url\": \"a\"}],");
        String second = ITEM.formatted("Video URL", "URL of the video.");
        RequestModel model = build(lists(first, second));

        ObjectType shared = model.objects().get(0);
        assertThat(model.objects()).hasSize(1);
        assertThat(shared.places()).extracting(place -> place.documentation().description())
                .containsExactly("One image.", null);
        assertThat(shared.documentation().description()).isNull();
        Property url = shared.properties().get(0);
        assertThat(url.documentation().title()).isNull();
        assertThat(url.documentation().description()).isEqualTo(
                "At #/properties/reference_images/items/properties/url: Image URL. URL of the image.\n\n"
                        + "At #/properties/reference_videos/items/properties/url: Video URL. URL of the video.");
        assertThat(url.documentation().facts()).containsExactly("Format: uri.");
        Property weight = shared.properties().get(1);
        assertThat(weight.documentation().description()).isNull();
    }

    @Test
    void withoutCommonLeadingWordsTheCommonTrailingWordsNameTheClassElseTheFirstName() throws Exception {
        String item = ITEM.formatted("URL", "x");
        RequestModel trailing = build("{\"type\": \"object\", \"properties\": {\"start_image\": " + item
                + ", \"end_image\": " + item + "}}");
        assertThat(trailing.objects()).extracting(ObjectType::className).containsExactly("Image");

        RequestModel first = build("{\"type\": \"object\", \"properties\": {\"mask\": " + item + ", \"pose\": " + item + "}}");
        assertThat(first.objects()).extracting(ObjectType::className).containsExactly("Mask");
    }

    @Test
    void aCommonNameAnotherTypeWouldHaveIsPassedOver() throws Exception {
        String item = ITEM.formatted("URL", "x");
        RequestModel model = build("{\"type\": \"object\", \"properties\": {\"reference\": {\"type\": \"object\", "
                + "\"properties\": {\"id\": {\"type\": \"integer\"}}}, \"reference_images\": {\"type\": \"array\", \"items\": "
                + item + "}, \"reference_videos\": {\"type\": \"array\", \"items\": " + item + "}}}");
        assertThat(model.objects()).extracting(ObjectType::className).containsExactly("Reference", "ReferenceImage");
    }

    @Test
    void theSharedNameStaysWhenAnUnrelatedPropertyIsAdded() throws Exception {
        String item = ITEM.formatted("URL", "x");
        String before = lists(item, item);
        String after = before.replace("{\"reference_images\"", "{\"seed\": {\"type\": \"integer\"}, \"mode\": "
                + "{\"type\": \"string\", \"enum\": [\"a\", \"b\"]}, \"reference_images\"");
        assertThat(build(after).objects()).extracting(ObjectType::className)
                .isEqualTo(build(before).objects().stream().map(ObjectType::className).toList());
    }

    @Test
    void enumsWithTheSameValuesShareOneEnumAndOthersDoNot() throws Exception {
        RequestModel model = build("""
                {"type": "object", "properties": {
                  "input_format": {"type": "string", "enum": ["png", "jpeg"], "description": "Of the input."},
                  "output_format": {"type": "string", "enum": ["png", "jpeg"], "default": "png"},
                  "mode": {"type": "string", "enum": ["png", "webp"]}}}
                """);
        assertThat(model.enums()).extracting(EnumType::className).containsExactly("Format", "Mode");
        EnumType format = model.enums().get(0);
        assertThat(format.places()).extracting(SharedPlace::pointer)
                .containsExactly("/properties/input_format", "/properties/output_format");
        assertThat(format.documentation().description()).isNull();
        assertThat(format.documentation().facts()).isEmpty();
    }
}
