package io.github.oxencodegen.select;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which models of Oxen's list a build selects: an immutable value with a pure {@link #test}. A model is
 * selected when it matches one of the {@code id} globs (if any are given), has one of the {@code endpoint}s
 * (if any), takes every {@code input} and produces every {@code output} capability asked for (if any), and
 * matches no {@code exclude} glob. A glob is a model id in which {@code *} stands for any run of characters and
 * {@code ?} for one. A model whose object has no {@code capabilities} is never selected by an input or output
 * filter: nothing says it qualifies ({@link Verdict#UNKNOWN_CAPABILITIES}, which the build names).
 *
 * <p>The text form, used by the command line's {@code --select} and recorded in the lock file, is
 * {@code key=value} pairs joined by commas, keys {@code id}, {@code endpoint}, {@code input}, {@code output} and
 * {@code exclude}, each as often as needed: {@code id=wan-v2-7-*,endpoint=/videos/generate,output=video}.
 */
public final class ModelFilter {
    private static final Pattern GLOB = Pattern.compile("[A-Za-z0-9._*?-]+");
    private static final Pattern ENDPOINT = Pattern.compile("/[A-Za-z0-9._/-]+");
    private static final Pattern CAPABILITY = Pattern.compile("[a-z0-9_-]+");

    /** What the filter says of one listed model. */
    public enum Verdict {
        /** The model is selected. */
        SELECTED,
        /** The model is not selected. */
        NOT_SELECTED,
        /** The model would be selected, but it lists no capabilities for the input or output filter to judge. */
        UNKNOWN_CAPABILITIES
    }

    private final List<String> ids;
    private final List<String> endpoints;
    private final List<String> inputs;
    private final List<String> outputs;
    private final List<String> excludes;
    private final List<Pattern> idPatterns;
    private final List<Pattern> excludePatterns;

    private ModelFilter(Builder builder) {
        ids = checked(builder.ids, GLOB, "id", "a model id, * and ? allowed, such as wan-v2-7-*");
        endpoints = checked(builder.endpoints, ENDPOINT, "endpoint", "a path such as /videos/generate");
        inputs = checked(lowerCase(builder.inputs), CAPABILITY, "input", "a capability such as image");
        outputs = checked(lowerCase(builder.outputs), CAPABILITY, "output", "a capability such as video");
        excludes = checked(builder.excludes, GLOB, "exclude", "a model id, * and ? allowed, such as *-preview");
        if (ids.isEmpty() && endpoints.isEmpty() && inputs.isEmpty() && outputs.isEmpty()) {
            throw new IllegalArgumentException("The model selection has no filter: give at least one id glob, endpoint,"
                    + " input or output (id=* selects every model Oxen lists)");
        }
        idPatterns = ids.stream().map(ModelFilter::globPattern).toList();
        excludePatterns = excludes.stream().map(ModelFilter::globPattern).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The filter written as {@code key=value,key=value}.
     *
     * @throws IllegalArgumentException naming the part that is wrong
     */
    public static ModelFilter parse(String text) {
        Builder builder = builder();
        for (String part : Objects.requireNonNull(text, "text").split(",", -1)) {
            String pair = part.strip();
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException("The model selection '" + text + "' has the part '" + pair
                        + "', which is not key=value (keys: id, endpoint, input, output, exclude)");
            }
            String value = pair.substring(equals + 1).strip();
            switch (pair.substring(0, equals).strip()) {
                case "id" -> builder.id(value);
                case "endpoint" -> builder.endpoint(value);
                case "input" -> builder.input(value);
                case "output" -> builder.output(value);
                case "exclude" -> builder.exclude(value);
                default -> throw new IllegalArgumentException("The model selection '" + text + "' has the unknown key '"
                        + pair.substring(0, equals).strip() + "' (keys: id, endpoint, input, output, exclude)");
            }
        }
        return builder.build();
    }

    /** What the filter says of {@code model}. */
    public Verdict test(ListedModel model) {
        String id = model.id();
        if (excludePatterns.stream().anyMatch(p -> p.matcher(id).matches())) {
            return Verdict.NOT_SELECTED;
        }
        if (!idPatterns.isEmpty() && idPatterns.stream().noneMatch(p -> p.matcher(id).matches())) {
            return Verdict.NOT_SELECTED;
        }
        if (!endpoints.isEmpty() && !endpoints.contains(model.endpoint())) {
            return Verdict.NOT_SELECTED;
        }
        boolean unknown = false;
        for (Side side : List.of(new Side(inputs, model.inputs()), new Side(outputs, model.outputs()))) {
            if (side.wanted().isEmpty()) {
                continue;
            }
            if (side.listed().isEmpty()) {
                unknown = true;
            } else if (!side.listed().get().containsAll(side.wanted())) {
                return Verdict.NOT_SELECTED;
            }
        }
        return unknown ? Verdict.UNKNOWN_CAPABILITIES : Verdict.SELECTED;
    }

    /** True when {@link #test} says {@link Verdict#SELECTED}. */
    public boolean matches(ListedModel model) {
        return test(model) == Verdict.SELECTED;
    }

    public List<String> ids() {
        return ids;
    }

    public List<String> endpoints() {
        return endpoints;
    }

    public List<String> inputs() {
        return inputs;
    }

    public List<String> outputs() {
        return outputs;
    }

    public List<String> excludes() {
        return excludes;
    }

    /** The text form, keys in a fixed order, which {@link #parse} reads back to an equal filter. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        ids.forEach(v -> parts.add("id=" + v));
        endpoints.forEach(v -> parts.add("endpoint=" + v));
        inputs.forEach(v -> parts.add("input=" + v));
        outputs.forEach(v -> parts.add("output=" + v));
        excludes.forEach(v -> parts.add("exclude=" + v));
        return String.join(",", parts);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ModelFilter that && toString().equals(that.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    private record Side(List<String> wanted, Optional<Set<String>> listed) {}

    private static List<String> lowerCase(List<String> values) {
        return values.stream().map(v -> v == null ? null : v.strip().toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> checked(List<String> values, Pattern pattern, String key, String expected) {
        Set<String> kept = new LinkedHashSet<>();
        for (String value : values) {
            String v = value == null ? "" : value.strip();
            if (!pattern.matcher(v).matches()) {
                throw new IllegalArgumentException("The model selection's " + key + " '" + v + "' is not " + expected);
            }
            kept.add(v);
        }
        return List.copyOf(kept);
    }

    private static Pattern globPattern(String glob) {
        StringBuilder regex = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> regex.append(".*");
                case '?' -> regex.append('.');
                case '.' -> regex.append("\\.");
                default -> regex.append(c);
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** Builds a {@link ModelFilter}; each method adds one value and returns this builder. */
    public static final class Builder {
        private final List<String> ids = new ArrayList<>();
        private final List<String> endpoints = new ArrayList<>();
        private final List<String> inputs = new ArrayList<>();
        private final List<String> outputs = new ArrayList<>();
        private final List<String> excludes = new ArrayList<>();

        private Builder() {}

        /** A glob the model id must match (one of them, when several are given). */
        public Builder id(String glob) {
            ids.add(glob);
            return this;
        }

        /** An endpoint the model must have (one of them, when several are given), such as {@code /videos/generate}. */
        public Builder endpoint(String endpoint) {
            endpoints.add(endpoint);
            return this;
        }

        /** A capability the model must take ({@code capabilities.input}), such as {@code image}; all must hold. */
        public Builder input(String capability) {
            inputs.add(capability);
            return this;
        }

        /** A capability the model must produce ({@code capabilities.output}), such as {@code video}; all must hold. */
        public Builder output(String capability) {
            outputs.add(capability);
            return this;
        }

        /** A glob of model ids never selected, whatever else they match. */
        public Builder exclude(String glob) {
            excludes.add(glob);
            return this;
        }

        /**
         * The filter.
         *
         * @throws IllegalArgumentException when a value is malformed or no filter is given (the message says which)
         */
        public ModelFilter build() {
            return new ModelFilter(this);
        }
    }
}
