package io.github.oxencodegen.generate;

import io.github.oxencodegen.fetch.FetchSettings;
import io.github.oxencodegen.model.JavaNames;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
 * @param client            whether the Oxen client is generated beside the support types
 * @param updatePolicy      in the {@code auto} fetch mode, how often a contract fetched before is asked for again
 * @param clock             the time and time zone the update policy is measured in
 */
public record BuildRequest(List<String> models, Map<String, Path> overlays, String basePackage, FetchMode fetchMode,
                           boolean offline, Path snapshotDirectory, Path outputDirectory, FetchSettings fetchSettings,
                           boolean client, UpdatePolicy updatePolicy, Clock clock) {
    public BuildRequest {
        Objects.requireNonNull(fetchMode, "fetchMode");
        Objects.requireNonNull(updatePolicy, "updatePolicy");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(snapshotDirectory, "snapshotDirectory");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(fetchSettings, "fetchSettings");
        models = ModelSelection.requireModels(models, "generate");
        overlays = ModelSelection.requireOverlays(overlays, models, "generate");
        if (basePackage == null || !JavaNames.isPackageName(basePackage)) {
            throw new IllegalArgumentException("'" + basePackage + "' is not a valid Java package name"
                    + " (such as com.acme.oxen)");
        }
    }

    /**
     * A request that generates the client too and whose {@code auto} builds ask Oxen every time (the update
     * policy {@code always}), as builds did before there were update policies; {@link #withUpdatePolicy} and
     * {@link #withClient} choose otherwise.
     */
    public BuildRequest(List<String> models, Map<String, Path> overlays, String basePackage, FetchMode fetchMode,
                        boolean offline, Path snapshotDirectory, Path outputDirectory, FetchSettings fetchSettings) {
        this(models, overlays, basePackage, fetchMode, offline, snapshotDirectory, outputDirectory, fetchSettings,
                true, UpdatePolicy.ALWAYS, Clock.systemDefaultZone());
    }

    /** This request with another update policy, measured by {@code clock}. */
    public BuildRequest withUpdatePolicy(UpdatePolicy policy, Clock clock) {
        return new BuildRequest(models, overlays, basePackage, fetchMode, offline, snapshotDirectory, outputDirectory,
                fetchSettings, client, policy, clock);
    }

    /** This request generating the Oxen client beside the support types, or not. */
    public BuildRequest withClient(boolean client) {
        return new BuildRequest(models, overlays, basePackage, fetchMode, offline, snapshotDirectory, outputDirectory,
                fetchSettings, client, updatePolicy, clock);
    }
}
