package io.github.oxencodegen.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {
    @Test
    void noArgumentsShowWithoutSendingAgainstOxen() throws UsageException {
        assertThat(Arguments.parse(List.of())).isEqualTo(new Arguments(false, false, URI.create("https://hub.oxen.ai"), Path.of(""), false));
    }

    @Test
    void theBaseUrlIsTakenAsTheNextArgumentOrAfterAnEqualsSign() throws UsageException {
        assertThat(Arguments.parse(List.of("--base-url", "http://127.0.0.1:8080", "--submit")))
                .isEqualTo(new Arguments(true, false, URI.create("http://127.0.0.1:8080"), Path.of(""), false));
        assertThat(Arguments.parse(List.of("--base-url=https://oxen.example/")).baseUrl())
                .isEqualTo(URI.create("https://oxen.example/"));
    }

    @Test
    void aBaseUrlWithoutValueIsExplained() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--submit", "--base-url")))
                .hasMessage("--base-url needs a URL, such as --base-url https://hub.oxen.ai");
    }

    @Test
    void aBaseUrlWithAQueryOrAnotherSchemeIsRefused() {
        assertThatThrownBy(() -> Arguments.parse(List.of("--base-url", "ftp://hub.oxen.ai"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Arguments.parse(List.of("--base-url", "https://hub.oxen.ai?x=1"))).isInstanceOf(UsageException.class);
        assertThatThrownBy(() -> Arguments.parse(List.of("--base-url", "https://bad host"))).isInstanceOf(UsageException.class);
    }

    @Test
    void helpIsRecognisedInBothSpellings() throws UsageException {
        assertThat(Arguments.parse(List.of("-h")).help()).isTrue();
        assertThat(Arguments.parse(List.of("--help")).help()).isTrue();
    }

    @Test
    void submitAndSyncAreExclusiveAndTheDownloadFolderIsTaken() throws UsageException {
        assertThatThrownBy(() -> Arguments.parse(List.of("--submit", "--sync")))
                .hasMessage("--submit and --sync are two different calls: give one of them");
        assertThat(Arguments.parse(List.of("--sync", "--download-dir", "out"))).isEqualTo(
                new Arguments(false, true, URI.create("https://hub.oxen.ai"), Path.of("out"), false));
    }
}
