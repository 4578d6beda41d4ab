package io.github.oxencodegen.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

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
        return new CheckRequest(models, overlays, SNAPSHOTS, REPORTS, FailOn.BREAKING, SETTINGS, null, false);
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
        assertThatNullPointerException().isThrownBy(
                () -> new CheckRequest(List.of("a"), Map.of(), SNAPSHOTS, REPORTS, FailOn.BREAKING, null, null, false));
        assertThat(new CheckRequest(List.of("a"), Map.of(), SNAPSHOTS, REPORTS, FailOn.BREAKING, null, "offline", false)
                .noFetchReason()).isEqualTo("offline");
    }
}
