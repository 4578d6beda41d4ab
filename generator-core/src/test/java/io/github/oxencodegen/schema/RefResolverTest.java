package io.github.oxencodegen.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.oxencodegen.testing.Fixtures;
import org.junit.jupiter.api.Test;

class RefResolverTest {
    private static final JsonNode ROOT = Fixtures.parse("""
            {"definitions": {
                "plain": {"type": "string"},
                "a/b": {"title": "slash"},
                "a~b": {"title": "tilde"},
                "a~1": {"title": "tilde one"},
                "a b": {"title": "space"},
                "a%b": {"title": "percent"},
                "a+b": {"title": "plus"},
                "\u00e9t\u00e9": {"title": "accents"},
                "open": true,
                "text": "not a schema",
                "chain": {"$ref": "#/definitions/link"},
                "link": {"$ref": "#/$defs/end"},
                "loopA": {"$ref": "#/definitions/loopB"},
                "loopB": {"$ref": "#/definitions/loopA"},
                "self": {"$ref": "#/definitions/self"}},
             "$defs": {"end": {"type": "integer"}},
             "allOf": [{"minimum": 1}, {"maximum": 9}],
             "properties": {"x": {"type": "boolean"}}}
            """);

    private static RefResolver.Target resolve(String ref) throws UnresolvableRef {
        return new RefResolver(ROOT).resolve("/properties/r", TextNode.valueOf(ref));
    }

    private static String title(String ref) throws UnresolvableRef {
        return resolve(ref).schema().path("title").asText();
    }

    private static String refusal(String ref) {
        try {
            resolve(ref);
        } catch (UnresolvableRef e) {
            assertThat(e.pointer()).isEqualTo("/properties/r/$ref");
            assertThat(e.ref()).isEqualTo(ref);
            return e.getMessage();
        }
        throw new AssertionError("resolved: " + ref);
    }

    @Test
    void aHashAloneIsTheWholeSchema() throws Exception {
        RefResolver.Target target = resolve("#");
        assertThat(target.pointer()).isEmpty();
        assertThat(target.schema()).isSameAs(ROOT);
    }

    @Test
    void definitionsDefsAndArrayElementsAreReachedByPointer() throws Exception {
        assertThat(resolve("#/definitions/plain").schema().path("type").asText()).isEqualTo("string");
        assertThat(resolve("#/$defs/end").pointer()).isEqualTo("/$defs/end");
        assertThat(resolve("#/allOf/1").schema().has("maximum")).isTrue();
        assertThat(resolve("#/definitions/open").schema().booleanValue()).isTrue();
    }

    @Test
    void tildeOneIsASlashAndTildeZeroATildeDecodedInThatOrder() throws Exception {
        assertThat(title("#/definitions/a~1b")).isEqualTo("slash");
        assertThat(title("#/definitions/a~0b")).isEqualTo("tilde");
        assertThat(title("#/definitions/a~01")).isEqualTo("tilde one");
        assertThat(resolve("#/definitions/a~01").pointer()).isEqualTo("/definitions/a~01");
    }

    @Test
    void percentEscapesAreDecodedOnceAsUtf8BeforeThePointerIsRead() throws Exception {
        assertThat(title("#/definitions/a%20b")).isEqualTo("space");
        assertThat(title("#/definitions/a%25b")).isEqualTo("percent");
        assertThat(title("#/definitions/a+b")).isEqualTo("plus");
        assertThat(title("#/definitions/%C3%A9t%C3%A9")).isEqualTo("accents");
        assertThat(title("#/definitions/\u00e9t\u00e9")).isEqualTo("accents");
        assertThat(title("#/definitions/a%7E1b")).isEqualTo("slash");
        assertThat(refusal("#/definitions/a%2Fb")).as("an encoded slash still separates tokens").contains("points to nothing");
        assertThat(resolve("#/%24defs/end").pointer()).isEqualTo("/$defs/end");
        assertThat(resolve("#/definitions/a%20b").pointer()).isEqualTo("/definitions/a b");
    }

    @Test
    void aPercentEscapeIsNotDecodedTwice() {
        assertThat(refusal("#/definitions/a%2520b")).contains("points to nothing");
    }

    @Test
    void aReferenceThatLeadsNowhereIsRefusedAtItsRefKeyword() {
        assertThat(refusal("#/definitions/missing")).isEqualTo("'$ref' \"#/definitions/missing\" points to nothing in the request schema");
        assertThat(refusal("#/allOf/2")).contains("points to nothing");
        assertThat(refusal("#/allOf/01")).as("array indexes have no leading zero").contains("points to nothing");
        assertThat(refusal("#/definitions/plain/type/x")).contains("points to nothing");
    }

    @Test
    void aTargetThatIsNotASchemaIsRefused() {
        assertThat(refusal("#/definitions/text")).contains("points to string, not to a schema");
        assertThat(refusal("#/allOf")).contains("points to array, not to a schema");
    }

    @Test
    void referencesThatAreNotLocalPointersAreRefusedSayingWhy() {
        assertThat(refusal("https://example.com/s.json#/x")).contains("not local");
        assertThat(refusal("other.json")).contains("not local");
        assertThat(refusal("#anchor")).contains("anchor");
        assertThat(refusal("#/definitions/a%zzb")).contains("malformed percent escape");
        assertThat(refusal("#/definitions/a%4")).contains("malformed percent escape");
        assertThat(refusal("#/definitions/%FF")).contains("not UTF-8");
        assertThat(refusal("#/definitions/a~2b")).contains("neither '~0' nor '~1'");
        assertThat(refusal("#/definitions/a~")).contains("neither '~0' nor '~1'");
    }

    @Test
    void aRefThatIsNotAStringIsRefused() {
        assertThatThrownBy(() -> new RefResolver(ROOT).resolve("/properties/r", Fixtures.parse("{\"a\": 1}")))
                .isInstanceOf(UnresolvableRef.class)
                .hasMessage("'$ref' must be a string, found {\"a\":1}");
    }

    @Test
    void followingAChainEndsAtTheFirstSchemaWithoutRef() throws Exception {
        RefResolver refs = new RefResolver(ROOT);
        RefResolver.Target target = refs.follow("/properties/r", Fixtures.parse("{\"$ref\": \"#/definitions/chain\"}"));
        assertThat(target.pointer()).isEqualTo("/$defs/end");
        assertThat(target.schema().path("type").asText()).isEqualTo("integer");
        JsonNode plain = ROOT.at("/properties/x");
        assertThat(refs.follow("/properties/x", plain)).isEqualTo(new RefResolver.Target("/properties/x", plain));
    }

    @Test
    void referencesGoingRoundInACircleAreRefusedWhereTheCircleCloses() {
        RefResolver refs = new RefResolver(ROOT);
        assertThatThrownBy(() -> refs.follow("/properties/r", Fixtures.parse("{\"$ref\": \"#/definitions/loopA\"}")))
                .isInstanceOfSatisfying(UnresolvableRef.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("'$ref' goes round in a circle"
                            + " [/properties/r, /definitions/loopA, /definitions/loopB] without reaching a schema");
                    assertThat(e.pointer()).isEqualTo("/definitions/loopA/$ref");
                    assertThat(e.ref()).isEqualTo("#/definitions/loopB");
                });
        assertThatThrownBy(() -> refs.follow("/definitions/self", ROOT.at("/definitions/self")))
                .isInstanceOf(UnresolvableRef.class).hasMessageContaining("circle");
    }

    @Test
    void aFailureBecomesASchemaExceptionNamingSourceModelAndPointer() {
        SchemaException e = new UnresolvableRef("/a", "#/x", "'$ref' \"#/x\" points to nothing in the request schema")
                .toSchemaException("wan.json", "wan");
        assertThat(e).hasMessage("wan.json, model 'wan', at #/a/$ref: '$ref' \"#/x\" points to nothing in the request schema");
    }
}
