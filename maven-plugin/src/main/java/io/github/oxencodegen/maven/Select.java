package io.github.oxencodegen.maven;

import io.github.oxencodegen.select.ModelFilter;
import java.util.List;

/**
 * The {@code <select>} of the plugin configuration: filters applied to Oxen's list of models
 * ({@code GET /api/ai/models}) that pick models besides those named in {@code <models>}. Within one filter any
 * value may match (ids, endpoints) or every value must hold (inputs, outputs); all the filters given must hold,
 * and an exclude wins over them.
 *
 * <pre>{@code
 * <select>
 *   <ids><id>wan-v2-7-*</id></ids>                          <!-- id globs: * any run, ? one character -->
 *   <endpoints><endpoint>/videos/generate</endpoint></endpoints>
 *   <inputs><input>image</input></inputs>                   <!-- capabilities.input: every one must be taken -->
 *   <outputs><output>video</output></outputs>               <!-- capabilities.output: every one produced -->
 *   <excludes><exclude>*-preview</exclude></excludes>
 * </select>
 * }</pre>
 */
public class Select {
    /** Model id globs; a model must match one. */
    private List<String> ids;

    /** Endpoints, such as {@code /videos/generate}; a model must have one. */
    private List<String> endpoints;

    /** Input capabilities, such as {@code image}; a model must take every one. A model listing none is not selected. */
    private List<String> inputs;

    /** Output capabilities, such as {@code video}; a model must produce every one. A model listing none is not selected. */
    private List<String> outputs;

    /** Model id globs never selected. */
    private List<String> excludes;

    /**
     * The filter.
     *
     * @throws IllegalArgumentException when a value is malformed or nothing is given to select by
     */
    ModelFilter toFilter() {
        ModelFilter.Builder filter = ModelFilter.builder();
        orNone(ids).forEach(filter::id);
        orNone(endpoints).forEach(filter::endpoint);
        orNone(inputs).forEach(filter::input);
        orNone(outputs).forEach(filter::output);
        orNone(excludes).forEach(filter::exclude);
        return filter.build();
    }

    private static List<String> orNone(List<String> values) {
        return values == null ? List.of() : values;
    }

    public void setIds(List<String> ids) {
        this.ids = ids;
    }

    public void setEndpoints(List<String> endpoints) {
        this.endpoints = endpoints;
    }

    public void setInputs(List<String> inputs) {
        this.inputs = inputs;
    }

    public void setOutputs(List<String> outputs) {
        this.outputs = outputs;
    }

    public void setExcludes(List<String> excludes) {
        this.excludes = excludes;
    }
}
