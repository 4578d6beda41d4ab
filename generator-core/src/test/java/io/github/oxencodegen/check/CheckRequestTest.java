package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.oxencodegen.diff.FailOn;
import io.github.oxencodegen.fetch.FetchSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CheckRequestTest {
    private static final FetchSettings SETTINGS = FetchSettings.defaults(URI.create("https://hub.oxen.ai"));
    private static final Path SNAPSHOTS = Path.of("src", "main", "oxen");
    private static final Path REPORTS = Path.of("target", "oxen");

    private static CheckRequest request(List<String> models, Map<String, Path> overlays) {
        return CheckRequest.builder().models(models).overlays(overlays).snapshotDirectory(SNAPSHOTS).reportDirectory(REPORTS)
                .fetchSettings(SETTINGS).build();
    }

    @Test
    void modelsAreRequiredValidAndListedOnce() {
        assertThatIllegalArgumentException().isThrownBy(() -> request(List.of(), Map.of()))
                .withMessageStartingWith("No models to check");
        assertThatIllegalArgumentException().isThrownBy(() -> request(List.of("a", "../b"), Map.of()))
                .withMessageContaining("'../b' is not a valid model id");
        assertThatIllegalArgumentException().isThrownBy(() -> request(List.of("a", "a"), Map.of()))
                .withMessage("The model 'a' is listed twice");
    }

    @Test
    void anOverlayMustBelongToACheckedModel() {
        assertThatIllegalArgumentException().isThrownBy(() -> request(List.of("a"), Map.of("b", Path.of("b.json"))))
                .withMessage("An overlay is given for the model 'b', which is not among the models to check [a]");
        assertThat(request(List.of("a"), null).overlays()).isEmpty();
    }

    @Test
    void fetchSettingsMayBeLeftOutOnlyWhenNothingIsFetched() {
        assertThatIllegalStateException().isThrownBy(
                () -> CheckRequest.builder().models(List.of("a")).snapshotDirectory(SNAPSHOTS).reportDirectory(REPORTS).build())
                .withMessage("The check request lacks fetchSettings (or fetchNothing with the reason)");
        CheckRequest offline = CheckRequest.builder().models(List.of("a")).snapshotDirectory(SNAPSHOTS).reportDirectory(REPORTS)
                .fetchNothing("the build is offline").build();
        assertThat(offline.noFetchReason()).contains("the build is offline");
        assertThat(offline.fetchSettings()).isEmpty();
    }

    @Test
    void aRequestThatFetchesHasNoReasonNotToAndTheDefaultThreshold() {
        CheckRequest request = request(List.of("a"), Map.of());

        assertThat(request.noFetchReason()).isEmpty();
        assertThat(request.fetchSettings()).contains(SETTINGS);
        assertThat(request.failOn()).isEqualTo(FailOn.BREAKING);
        assertThat(request.fetchFailureFails()).isFalse();
    }

    @Test
    void namesEveryMissingDirectoryAtOnce() {
        assertThatIllegalStateException().isThrownBy(() -> CheckRequest.builder().models(List.of("a")).fetchSettings(SETTINGS).build())
                .withMessage("The check request lacks snapshotDirectory, reportDirectory");
    }
}
