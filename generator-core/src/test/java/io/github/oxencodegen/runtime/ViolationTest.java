package io.github.oxencodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;

class ViolationTest {
    @Test
    void toStringShowsThePointerTheMessageAndTheKeyword() {
        assertThat(new Violation("/reference_images", "maxItems", "must have at most 4 items, has 5"))
                .hasToString("/reference_images: must have at most 4 items, has 5 (maxItems)");
    }

    @Test
    void theWholeRequestShowsAsRoot() {
        assertThat(new Violation("", "required", "must have the property prompt"))
                .hasToString("(root): must have the property prompt (required)");
    }

    @Test
    void aConditionalRuleSaysAfterTheKeywordWhyItApplied() {
        Violation violation = new Violation("/reference_images", "maxItems", "must have at most 1 item, has 2",
                "reference_videos has at least 4 items (#/allOf/4/if)");
        assertThat(violation).hasToString("/reference_images: must have at most 1 item, has 2 (maxItems),"
                + " applies because reference_videos has at least 4 items (#/allOf/4/if)");
        assertThat(new Violation("/a", "type", "must be a string").condition()).isEmpty();
    }

    @Test
    void everyComponentIsRequiredAndNamedWhenMissing() {
        assertThatNullPointerException().isThrownBy(() -> new Violation("", "k", "m", null)).withMessage("condition");
        assertThatNullPointerException().isThrownBy(() -> new Violation(null, "k", "m")).withMessage("pointer");
        assertThatNullPointerException().isThrownBy(() -> new Violation("", null, "m")).withMessage("keyword");
        assertThatNullPointerException().isThrownBy(() -> new Violation("", "k", null)).withMessage("message");
    }

    @Test
    void violationsAreEqualByValue() {
        assertThat(new Violation("/a", "type", "must be a string"))
                .isEqualTo(new Violation("/a", "type", "must be a string"))
                .hasSameHashCodeAs(new Violation("/a", "type", "must be a string"))
                .isNotEqualTo(new Violation("/b", "type", "must be a string"));
    }

    @Test
    void aViolationSurvivesJavaSerialization() throws IOException, ClassNotFoundException {
        Violation violation = new Violation("/a~1b", "enum", "must be one of \"x\", \"y\"");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(violation);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(violation);
        }
    }
}
