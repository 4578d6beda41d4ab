package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.oxencodegen.fetch.FetchSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildRequestTest {
    private static final FetchSettings SETTINGS = FetchSettings.defaults(URI.create("https://hub.oxen.ai"));

    private static BuildRequest request(List<String> models, Map<String, Path> overlays, String basePackage) {
        return BuildRequest.builder().models(models).overlays(overlays).basePackage(basePackage)
                .snapshotDirectory(Path.of("snapshots")).outputDirectory(Path.of("out")).fetchSettings(SETTINGS).build();
    }

    @Test
    void namesEveryMissingRequiredPropertyAtOnce() {
        assertThatThrownBy(() -> BuildRequest.builder().models(List.of("flux-1-dev")).basePackage("com.acme").build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("The build request lacks snapshotDirectory, outputDirectory, fetchSettings");
    }

    @Test
    void propertiesLeftOutTakeTheirDefaults() {
        BuildRequest request = request(List.of("flux-1-dev"), null, "com.acme");

        assertThat(request.overlays()).isEmpty();
        assertThat(request.fetchMode()).isEqualTo(FetchMode.AUTO);
        assertThat(request.offline()).isFalse();
        assertThat(request.client()).isTrue();
        assertThat(request.updatePolicy()).isEqualTo(UpdatePolicy.ALWAYS);
        assertThat(request.clock()).isNotNull();
    }

    @Test
    void aBuilderFromARequestChangesWhatItIsToldAndKeepsTheRest() {
        BuildRequest request = request(List.of("flux-1-dev"), Map.of(), "com.acme");

        BuildRequest offline = request.toBuilder().offline(true).client(false).build();

        assertThat(offline.offline()).isTrue();
        assertThat(offline.client()).isFalse();
        assertThat(offline.models()).isEqualTo(request.models());
        assertThat(offline.basePackage()).isEqualTo("com.acme");
        assertThat(offline.snapshotDirectory()).isEqualTo(request.snapshotDirectory());
        assertThat(request.offline()).isFalse();
    }

    @Test
    void keepsTheModelsInTheGivenOrder() {
        assertThat(request(List.of("b-model", "a-model"), Map.of(), "com.acme").models()).containsExactly("b-model", "a-model");
    }

    @Test
    void refusesNoModels() {
        assertThatThrownBy(() -> request(List.of(), Map.of(), "com.acme"))
                .hasMessageStartingWith("No models to generate");
        assertThatThrownBy(() -> request(null, Map.of(), "com.acme"))
                .hasMessageStartingWith("No models to generate");
    }

    @Test
    void refusesAModelListedTwice() {
        assertThatThrownBy(() -> request(List.of("flux-1-dev", "flux-1-dev"), Map.of(), "com.acme"))
                .hasMessage("The model 'flux-1-dev' is listed twice");
    }

    @Test
    void refusesAModelIdThatCannotBeAFileName() {
        assertThatThrownBy(() -> request(List.of("../etc/passwd"), Map.of(), "com.acme"))
                .hasMessageContaining("is not a valid model id");
    }

    @Test
    void refusesAnOverlayForAModelNotGenerated() {
        assertThatThrownBy(() -> request(List.of("flux-1-dev"), Map.of("flux-2-dev", Path.of("o.json")), "com.acme"))
                .hasMessage("An overlay is given for the model 'flux-2-dev', which is not among the models to generate [flux-1-dev]");
    }

    @Test
    void refusesAPackageNameJavaWouldNot() {
        for (String bad : new String[] {"com.1acme", "com.acme.", "com.class.oxen", "", "com acme"}) {
            assertThatThrownBy(() -> request(List.of("flux-1-dev"), Map.of(), bad))
                    .as(bad)
                    .hasMessageContaining("is not a valid Java package name");
        }
    }
}
