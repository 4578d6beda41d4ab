package io.github.oxencodegen.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidationExceptionTest {
    private static final Violation TOO_MANY = new Violation("/reference_images", "maxItems", "must have at most 4 items, has 5");
    private static final Violation TOO_SHORT = new Violation("/duration", "minimum", "must be at least 2, is 1");

    @Test
    void theMessageNamesTheModelAndListsEveryViolationOnItsOwnLine() {
        ValidationException e = new ValidationException("wan-v2-7", List.of(TOO_MANY, TOO_SHORT));

        assertThat(e).hasMessage("""
                Request for model 'wan-v2-7' has 2 violations:
                  /reference_images: must have at most 4 items, has 5 (maxItems)
                  /duration: must be at least 2, is 1 (minimum)""");
        assertThat(e.modelId()).isEqualTo("wan-v2-7");
        assertThat(e.violations()).containsExactly(TOO_MANY, TOO_SHORT);
    }

    @Test
    void oneViolationIsCountedInTheSingular() {
        assertThat(new ValidationException("m", List.of(TOO_SHORT)))
                .hasMessageStartingWith("Request for model 'm' has 1 violation:\n");
    }

    @Test
    void theViolationsAreACopyThatCannotBeChanged() {
        List<Violation> given = new ArrayList<>(List.of(TOO_MANY));
        ValidationException e = new ValidationException("m", given);
        given.add(TOO_SHORT);

        assertThat(e.violations()).containsExactly(TOO_MANY);
        assertThatThrownBy(() -> e.violations().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anExceptionWithoutViolationsIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ValidationException("m", List.of()))
                .withMessage("a validation exception needs at least one violation");
    }

    @Test
    void theModelIdAndTheViolationsAreRequired() {
        assertThatNullPointerException().isThrownBy(() -> new ValidationException(null, List.of(TOO_MANY))).withMessage("modelId");
        assertThatNullPointerException().isThrownBy(() -> new ValidationException("m", null));
    }

    @Test
    void itIsAnIllegalArgumentException() {
        assertThat(new ValidationException("m", List.of(TOO_MANY))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anExceptionSurvivesJavaSerializationWithItsViolations() throws IOException, ClassNotFoundException {
        ValidationException e = new ValidationException("m", List.of(TOO_MANY, TOO_SHORT));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ValidationException read = (ValidationException) in.readObject();
            assertThat(read.modelId()).isEqualTo("m");
            assertThat(read.violations()).containsExactly(TOO_MANY, TOO_SHORT);
            assertThat(read).hasMessage(e.getMessage());
        }
    }
}
