package io.github.oxencodegen.codegen.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.runtime.JsonFormats;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Test;

class KnownFormatTest {
    @Test
    void everyKnownFormatNamesAPublicStaticCheckOfTheRuntimeJsonFormats() throws NoSuchMethodException {
        for (KnownFormat format : KnownFormat.values()) {
            Method check = JsonFormats.class.getMethod(format.method(), String.class);
            assertThat(check.getReturnType()).as(format.jsonName()).isEqualTo(boolean.class);
            assertThat(Modifier.isStatic(check.getModifiers())).as(format.jsonName()).isTrue();
        }
    }

    @Test
    void aFormatIsFoundByItsJsonNameAndAnAnnotationOnlyFormatIsNot() {
        assertThat(KnownFormat.of("date-time")).contains(KnownFormat.DATE_TIME);
        assertThat(KnownFormat.of("uri-template")).isEmpty();
    }
}
