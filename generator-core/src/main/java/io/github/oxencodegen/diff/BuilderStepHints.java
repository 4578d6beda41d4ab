package io.github.oxencodegen.diff;

import io.github.oxencodegen.model.ObjectType;
import io.github.oxencodegen.model.Property;
import io.github.oxencodegen.model.RequestModel;
import io.github.oxencodegen.model.SharedPlace;
import io.github.oxencodegen.model.TypeModelBuilder;
import io.github.oxencodegen.schema.JsonPointers;
import io.github.oxencodegen.schema.PreparedContract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words a property that became required (new, or made required) for the Java caller: with staged
 * builders their code stops compiling, and the line says which builder step to add and where, such as
 * {@code add .seed(...) after .prompt(...) in WanRequest.builder()}. The steps are those the generator
 * makes of the new contract (required properties in class order, by their Java names), so the type
 * model of the new contract is built to name them. A change no generated class holds (inside a
 * combinator, say, where the value is a {@code JsonNode}) breaks no builder, and its line is left as it is.
 */
final class BuilderStepHints {
    private static final String ADDED = "required-property-added";
    private static final String NOW_REQUIRED = "property-now-required";

    private BuilderStepHints() {}

    /**
     * {@code changes} with the builder step named in every line about a newly required property.
     *
     * @param plainBuilders whether the consumer generates plain builders: then such a property makes
     *                      {@code build()} refuse the request when it runs, and the line says that instead
     */
    static List<Change> add(List<Change> changes, PreparedContract newContract, boolean plainBuilders) {
        if (changes.stream().noneMatch(c -> c.kind().equals(ADDED) || c.kind().equals(NOW_REQUIRED))) {
            return changes;
        }
        Map<String, ObjectType> classes = classesByPointer(newContract);
        List<Change> out = new ArrayList<>(changes.size());
        for (Change change : changes) {
            out.add(change.kind().equals(ADDED) || change.kind().equals(NOW_REQUIRED) ? withHint(change, classes, plainBuilders) : change);
        }
        return out;
    }

    private static Change withHint(Change change, Map<String, ObjectType> classes, boolean plainBuilders) {
        String objectPointer;
        String name;
        if (change.kind().equals(ADDED)) {
            int at = change.pointer().lastIndexOf("/properties/");
            objectPointer = change.pointer().substring(0, Math.max(at, 0));
            name = JsonPointers.unescape(change.pointer().substring(at + "/properties/".length()));
        } else {
            objectPointer = change.pointer().substring(0, change.pointer().length() - "/required".length());
            name = JsonPointers.unescape(change.instancePath().substring(change.instancePath().lastIndexOf('/') + 1));
        }
        String hint = plainBuilders ? plainHint(classes.get(objectPointer), name) : hint(classes.get(objectPointer), name);
        return new Change(change.severity(), change.pointer(), change.instancePath(), change.kind(), change.message() + hint);
    }

    private static String hint(ObjectType type, String jsonName) {
        String stops = "; callers' code stops compiling (staged builders)";
        if (type == null) {
            return "";
        }
        Property previous = null;
        for (Property property : type.properties()) {
            if (property.jsonName().equals(jsonName)) {
                String step = "." + property.javaName() + "(...)";
                return previous == null
                        ? stops + ": add " + step + " right after " + type.className() + ".builder()"
                        : stops + ": add " + step + " after ." + previous.javaName() + "(...) in " + type.className() + ".builder()";
            }
            if (property.required()) {
                previous = property;
            }
        }
        return "";
    }

    private static String plainHint(ObjectType type, String jsonName) {
        if (type == null) {
            return "";
        }
        for (Property property : type.properties()) {
            if (property.jsonName().equals(jsonName)) {
                return "; callers' code still compiles (plain builders), but build() refuses a request without it"
                        + " when it runs: add ." + property.javaName() + "(...) to every " + type.className() + ".builder()";
            }
        }
        return "";
    }

    /** The generated classes of the new contract by the pointer of each schema they stand for; empty when it cannot be typed. */
    private static Map<String, ObjectType> classesByPointer(PreparedContract contract) {
        Map<String, ObjectType> classes = new HashMap<>();
        try {
            RequestModel model = TypeModelBuilder.build(contract, "diff", contract.modelId());
            classes.put(model.request().pointer(), model.request());
            for (ObjectType type : model.objects()) {
                for (SharedPlace place : type.places()) { // a class shared by schemas of one shape stands at each
                    classes.putIfAbsent(place.pointer(), type);
                }
            }
        } catch (RuntimeException e) {
            // a contract the generator cannot type gives no class to name; the line keeps its plain wording
        }
        return classes;
    }
}
