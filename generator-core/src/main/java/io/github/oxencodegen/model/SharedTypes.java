package io.github.oxencodegen.model;

import io.github.oxencodegen.schema.JsonPointers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the first pass of {@link TypeModelBuilder} found: every object and enum schema with the name
 * it would have alone, grouped by shape. The second pass asks it the one name of each shape, the
 * places the shared type stands for, and the first pass's types whose property documentation it merges.
 */
final class SharedTypes {
    private record Found(String pointer, String nameHint, Documentation documentation, ObjectType type) {}

    /** Collects what the first pass finds, in schema (discovery) order. */
    static final class Finder {
        private final Map<String, List<Found>> byShape = new LinkedHashMap<>();

        void found(String shape, String pointer, String nameHint, Documentation documentation, ObjectType type) {
            byShape.computeIfAbsent(shape, k -> new ArrayList<>()).add(new Found(pointer, nameHint, documentation, type));
        }

        /** Whether two schemas were found of one shape; if not, nothing is shared and the first pass's types are final. */
        boolean sharesAny() {
            for (List<Found> group : byShape.values()) {
                if (group.size() > 1) {
                    return true;
                }
            }
            return false;
        }
    }

    private final Map<String, List<Found>> groups = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    private SharedTypes() {}

    /** {@code reserved}: names no type may take (the request's, the validator's, ...). */
    static SharedTypes of(Finder finder, Set<String> reserved) {
        SharedTypes shared = new SharedTypes();
        for (Map.Entry<String, List<Found>> group : finder.byShape.entrySet()) {
            if (group.getValue().size() < 2) {
                continue;
            }
            Set<String> others = new HashSet<>();
            reserved.forEach(name -> others.add(name.toLowerCase(Locale.ROOT)));
            for (Map.Entry<String, List<Found>> other : finder.byShape.entrySet()) {
                if (!other.getKey().equals(group.getKey())) {
                    other.getValue().forEach(found -> others.add(found.nameHint().toLowerCase(Locale.ROOT)));
                }
            }
            List<String> hints = group.getValue().stream().map(Found::nameHint).toList();
            shared.groups.put(group.getKey(), group.getValue());
            shared.names.put(group.getKey(), SharedNames.choose(hints, others));
        }
        return shared;
    }

    /** The name of the type of {@code shape}: the shared one, or {@code nameHint} when the shape stands alone. */
    String name(String shape, String nameHint) {
        return names.getOrDefault(shape, nameHint);
    }

    /** Every place the type of {@code shape} stands for; only its own when it stands alone. */
    List<SharedPlace> places(String shape, String pointer, Documentation documentation) {
        List<Found> group = groups.get(shape);
        if (group == null) {
            return List.of(new SharedPlace(pointer, documentation));
        }
        return group.stream().map(found -> new SharedPlace(found.pointer(), found.documentation())).toList();
    }

    /**
     * The documentation of a type standing for {@code places}: what they all say (title, description,
     * facts); what differs is in the type's list of places.
     */
    static Documentation common(List<SharedPlace> places) {
        Documentation first = places.get(0).documentation();
        String title = first.title();
        String description = first.description();
        List<String> facts = first.facts();
        for (SharedPlace place : places) {
            Documentation doc = place.documentation();
            title = Objects.equals(title, doc.title()) ? title : null;
            description = Objects.equals(description, doc.description()) ? description : null;
            facts = Objects.equals(facts, doc.facts()) ? facts : List.of();
        }
        return new Documentation(title, description, facts);
    }

    /** The first pass's classes of every schema of {@code shape}, {@code pointer}'s first; empty when it stands alone. */
    List<ObjectType> siblings(String shape, String pointer) {
        List<Found> group = groups.get(shape);
        if (group == null) {
            return List.of();
        }
        List<ObjectType> siblings = new ArrayList<>();
        for (Found found : group) {
            if (found.type() != null) {
                siblings.add(found.type());
            }
        }
        return siblings;
    }

    /**
     * {@code property} documented for every schema its class stands for: when their titles or
     * descriptions of it differ, the common parts stay and each place's own text becomes a fact
     * naming its JSON Pointer, a paragraph of the
     * description, so that no description is lost.
     */
    static Property withMergedDocumentation(Property property, List<ObjectType> siblings) {
        List<SharedPlace> texts = new ArrayList<>();
        for (ObjectType sibling : siblings) {
            for (Property same : sibling.properties()) {
                if (same.jsonName().equals(property.jsonName())) {
                    texts.add(new SharedPlace(JsonPointers.child(sibling.pointer() + "/properties", same.jsonName()),
                            same.documentation()));
                }
            }
        }
        boolean sameTitle = texts.stream().allMatch(t -> Objects.equals(t.documentation().title(), property.documentation().title()));
        boolean sameText = texts.stream().allMatch(t -> Objects.equals(t.documentation().description(),
                property.documentation().description()));
        if (sameTitle && sameText) {
            return property;
        }
        Documentation doc = property.documentation();
        List<String> paragraphs = new ArrayList<>();
        if (sameText && doc.description() != null) {
            paragraphs.add(doc.description());
        }
        for (SharedPlace place : texts) {
            StringBuilder text = new StringBuilder("At #").append(place.pointer()).append(':');
            if (!sameTitle && place.documentation().title() != null) {
                text.append(' ').append(sentence(place.documentation().title()));
            }
            if (!sameText && place.documentation().description() != null) {
                text.append(' ').append(sentence(place.documentation().description()));
            }
            paragraphs.add(text.toString());
        }
        Documentation merged = new Documentation(sameTitle ? doc.title() : null, String.join("\n\n", paragraphs), doc.facts());
        return new Property(property.jsonName(), property.javaName(), property.type(), property.required(),
                property.deprecated(), merged, property.defaultValue(), property.explicitNull());
    }

    private static String sentence(String text) {
        String stripped = text.strip();
        return stripped.endsWith(".") ? stripped : stripped + ".";
    }
}
