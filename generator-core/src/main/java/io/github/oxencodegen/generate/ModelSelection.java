package io.github.oxencodegen.generate;

import io.github.oxencodegen.schema.ModelIds;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The checks every goal makes of the models it is given and of their overlays, with messages that
 * name the goal's own verb ("generate", "check").
 */
public final class ModelSelection {
    private ModelSelection() {}

    /** At least one model, each a valid id, none twice; returns an immutable copy. */
    public static List<String> requireModels(List<String> models, String verb) {
        if (models == null || models.isEmpty()) {
            throw new IllegalArgumentException("No models to " + verb + ": name at least one Oxen model id,"
                    + " such as wan-v2-7-text-to-video");
        }
        Set<String> seen = new HashSet<>();
        for (String id : models) {
            ModelIds.requireValid(id);
            if (!seen.add(id)) {
                throw new IllegalArgumentException("The model '" + id + "' is listed twice");
            }
        }
        return List.copyOf(models);
    }

    /**
     * As {@link #requireModels}, but with a model selection ({@code <select>}) beside them, which may stand in for
     * them: the list may then be empty.
     */
    public static List<String> requireModels(List<String> models, boolean selecting, String verb) {
        if (selecting && (models == null || models.isEmpty())) {
            return List.of();
        }
        return requireModels(models, verb);
    }

    /** Overlays only for listed models, each with a file; returns an immutable copy in the given order. */
    public static Map<String, Path> requireOverlays(Map<String, Path> overlays, List<String> models, String verb) {
        return requireOverlays(overlays, models, false, verb);
    }

    /**
     * As {@link #requireOverlays(Map, List, String)}; with a model selection, an overlay may also name a model the
     * selection is to find (its id must then be valid).
     */
    public static Map<String, Path> requireOverlays(Map<String, Path> overlays, List<String> models, boolean selecting,
                                                    String verb) {
        Map<String, Path> checked = new LinkedHashMap<>();
        for (Map.Entry<String, Path> overlay : (overlays == null ? Map.<String, Path>of() : overlays).entrySet()) {
            if (selecting) {
                ModelIds.requireValid(overlay.getKey());
            } else if (!models.contains(overlay.getKey())) {
                throw new IllegalArgumentException("An overlay is given for the model '" + overlay.getKey()
                        + "', which is not among the models to " + verb + " " + models);
            }
            checked.put(overlay.getKey(), Objects.requireNonNull(overlay.getValue(), "overlay file"));
        }
        return java.util.Collections.unmodifiableMap(checked);
    }
}
