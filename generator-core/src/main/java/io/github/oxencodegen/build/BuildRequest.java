package io.github.oxencodegen.build;

import io.github.oxencodegen.ModelIds;
import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.model.JavaNames;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything one build needs, checked when made: the messages of the {@link IllegalArgumentException}s
 * thrown here are meant for the user.
 *
 * @param models            ids of the models to generate, in order, each once
 * @param overlays          JSON Merge Patch files for some models' request schemas, by model id
 * @param basePackage       the Java package the generated code goes under
 * @param fetchMode         when to ask Oxen for the contracts
 * @param offline           true when the build tool runs offline: snapshots only, whatever the fetch mode
 * @param snapshotDirectory where each model's contract is kept as {@code {id}.json} (committed with the project)
 * @param outputDirectory   where generated sources go (owned by the build; usually under {@code target/})
 * @param fetchSettings     how to reach Oxen
 */
public record BuildRequest(List<String> models, Map<String, Path> overlays, String basePackage, FetchMode fetchMode,
                           boolean offline, Path snapshotDirectory, Path outputDirectory, FetchSettings fetchSettings) {
    public BuildRequest {
        Objects.requireNonNull(fetchMode, "fetchMode");
        Objects.requireNonNull(snapshotDirectory, "snapshotDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(fetchSettings, "fetchSettings");
        models = List.copyOf(requireModels(models));
        overlays = Map.copyOf(requireOverlays(overlays == null ? Map.of() : overlays, models));
        if (basePackage == null || !JavaNames.isPackageName(basePackage)) {
            throw new IllegalArgumentException("'" + basePackage + "' is not a valid Java package name"
                    + " (such as com.acme.oxen)");
        }
    }

    private static List<String> requireModels(List<String> models) {
        if (models == null || models.isEmpty()) {
            throw new IllegalArgumentException("No models to generate: name at least one Oxen model id,"
                    + " such as wan-v2-7-text-to-video");
        }
        Set<String> seen = new HashSet<>();
        for (String id : models) {
            ModelIds.requireValid(id);
            if (!seen.add(id)) {
                throw new IllegalArgumentException("The model '" + id + "' is listed twice");
            }
        }
        return models;
    }

    private static Map<String, Path> requireOverlays(Map<String, Path> overlays, List<String> models) {
        Map<String, Path> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Path> overlay : overlays.entrySet()) {
            if (!models.contains(overlay.getKey())) {
                throw new IllegalArgumentException("An overlay is given for the model '" + overlay.getKey()
                        + "', which is not among the models to generate " + models);
            }
            checked.put(overlay.getKey(), Objects.requireNonNull(overlay.getValue(), "overlay file"));
        }
        return checked;
    }
}
