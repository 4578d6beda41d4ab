package io.github.oxencodegen.maven;

import io.github.oxencodegen.generate.FetchMode;
import io.github.oxencodegen.check.CheckException;
import io.github.oxencodegen.check.CheckReport;
import io.github.oxencodegen.check.CheckRequest;
import io.github.oxencodegen.check.CheckResult;
import io.github.oxencodegen.check.ModelCheck;
import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.jobs.Jobs;
import java.io.File;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Checks the configured models for contract drift: fetches each model's current contract, compares it
 * with the committed snapshot, logs every change classified as breaking, compatible or cosmetic, writes
 * the report as {@code contract-report.md} and {@code contract-report.json}, and fails the build when a
 * change meets {@code failOn}. Never writes a snapshot. A model that cannot be fetched (or any model,
 * offline, or without an API key in {@code auto} mode) is reported as not checked, never as unchanged.
 * With a {@code <select>}, the models of its lock file and those it matches in Oxen's list now are checked from
 * one list request; a locked model Oxen no longer lists is a breaking removal, and the models that appeared or
 * went are logged and listed in the reports. Never writes the lock file.
 */
@Mojo(name = "check", threadSafe = true)
public class CheckMojo extends AbstractOxenMojo {
    /**
     * As for generate: {@code auto} (a model that cannot be fetched is reported as not checked; with no API
     * key and a base URL that is not loopback, nothing is fetched and every model is reported as not checked),
     * {@code always} (a failed fetch fails the build) or {@code never} (nothing is fetched, nothing checked).
     * A check is an explicit request to ask Oxen: generate's {@code updatePolicy} does not apply to it.
     */
    @Parameter(property = "oxen.fetch", defaultValue = "auto")
    private String fetch;

    /**
     * When the build fails: {@code breaking} (a change may reject requests accepted before),
     * {@code compatible} (breaking or compatible changes), {@code any} (cosmetic ones too) or {@code none}.
     */
    @Parameter(property = "oxen.failOn", defaultValue = "breaking")
    private String failOn;

    /** Where {@code contract-report.md} and {@code contract-report.json} are written. */
    @Parameter(property = "oxen.reportDirectory", defaultValue = "${project.build.directory}/oxen")
    private File reportDirectory;

    @Inject
    public CheckMojo(SettingsDecrypter settingsDecrypter) {
        super(settingsDecrypter);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        CheckResult result;
        try {
            result = Jobs.check(request());
        } catch (CheckException e) {
            throw failure(e.getMessage(), e);
        }
        for (ModelCheck model : result.models()) {
            for (String line : CheckReport.lines(model)) {
                if (model.notChecked() || model instanceof ModelCheck.Removed) {
                    getLog().warn(line);
                } else {
                    getLog().info(line);
                }
            }
        }
        boolean removals = result.selection().map(changes -> !changes.removed().isEmpty()).orElse(false);
        for (String line : CheckReport.selectionLines(result)) {
            if (removals) {
                getLog().warn(line);
            } else {
                getLog().info(line);
            }
        }
        File report = new File(reportDirectory, CheckReport.MARKDOWN_FILE);
        getLog().info("Contract report: " + report + " (and " + CheckReport.JSON_FILE + " beside it)");
        String verdict = CheckReport.verdictLine(result);
        switch (result.verdict()) {
            case FAILED -> throw new MojoFailureException(verdict + ". The changes are listed above and in " + report);
            case INCOMPLETE -> getLog().warn(verdict);
            case PASSED -> getLog().info(verdict);
        }
    }

    private CheckRequest request() throws MojoExecutionException {
        try {
            FetchMode mode = FetchMode.parse(fetch);
            FailOn threshold = FailOn.parse(failOn);
            CheckRequest.Builder request = CheckRequest.builder().models(models).select(modelFilter())
                    .overlays(overlaysByModel())
                    .snapshotDirectory(snapshotDirectory.toPath()).reportDirectory(reportDirectory.toPath())
                    .failOn(threshold).fetchFailureFails(mode == FetchMode.ALWAYS)
                    .plainBuilders(plainBuilders);
            if (session.isOffline()) {
                request.fetchNothing("the build is offline");
            } else if (mode == FetchMode.NEVER) {
                request.fetchNothing("the fetch mode is 'never'");
            } else {
                request.fetchSettings(fetchSettingsWithCredentials());
            }
            return request.build();
        } catch (IllegalArgumentException e) {
            throw invalidConfiguration(e);
        }
    }
}
