package io.github.oxencodegen.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.oxencodegen.generated.generated_api.AspectRatio;
import io.github.oxencodegen.generated.generated_api.FrameRate;
import org.junit.jupiter.api.Test;

/** Enums are made from plain Java values, not only from JSON nodes, and name the allowed values when they cannot. */
class EnumsFromStringsTest {
    @Test
    void aStringEnumIsMadeFromItsWireString() {
        assertThat(AspectRatio.fromValue("16:9")).isEqualTo(AspectRatio.V16_9);
        assertThat(AspectRatio.fromValue("1:1")).isEqualTo(AspectRatio.V1_1);
    }

    @Test
    void anUnknownStringIsRejectedListingTheAllowedValues() {
        assertThatThrownBy(() -> AspectRatio.fromValue("4:3"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown AspectRatio value \"4:3\": allowed values are \"16:9\", \"9:16\", \"1:1\"");
        assertThatThrownBy(() -> AspectRatio.fromValue((String) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown AspectRatio value null: allowed values are \"16:9\", \"9:16\", \"1:1\"");
    }

    @Test
    void wireValuesAreMatchedExactlyNotByConstantNameOrCase() {
        assertThatThrownBy(() -> AspectRatio.fromValue("V16_9")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AspectRatio.fromValue(" 16:9")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theJsonFormStaysAndAgreesWithTheStringForm() {
        assertThat(AspectRatio.fromValue(JsonNodeFactory.instance.textNode("9:16"))).isEqualTo(AspectRatio.fromValue("9:16"));
        assertThatThrownBy(() -> AspectRatio.fromValue(JsonNodeFactory.instance.numberNode(16)))
                .hasMessage("unknown AspectRatio value 16: allowed values are \"16:9\", \"9:16\", \"1:1\"");
    }

    @Test
    void anIntegerEnumIsMadeFromALong() {
        assertThat(FrameRate.fromValue(30)).isEqualTo(FrameRate.V30);
        assertThatThrownBy(() -> FrameRate.fromValue(25))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown FrameRate value 25: allowed values are 24, 30, 60");
    }
}
