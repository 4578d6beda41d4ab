package io.github.oxencodegen.codegen.validator;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.oxencodegen.schema.Keyword;
import java.util.Iterator;

/** Whether a schema object can reject a value: a schema with no validating keyword (see {@link Keyword#validates()}) accepts everything. */
final class Validating {
    private Validating() {}

    /** True when {@code schema} (an object) has at least one keyword that can reject a value. */
    static boolean any(JsonNode schema) {
        for (Iterator<String> names = schema.fieldNames(); names.hasNext(); ) {
            if (Keyword.of(names.next()).filter(Keyword::validates).isPresent()) {
                return true;
            }
        }
        return false;
    }
}
