package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.produced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which base URLs the fetcher accepts, and the model URLs it builds on them. */
class BaseUrlTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://hub.oxen.ai", "https://hub.oxen.ai/", "HTTPS://hub.oxen.ai//"})
    void theModelUrlIsTheSameWithOrWithoutATrailingSlash(String base) {
        assertThat(BaseUrl.of(URI.create(base)).modelUrl("wan-v2-7-reference-to-video"))
                .isEqualTo(URI.create("https://hub.oxen.ai/api/ai/models/wan-v2-7-reference-to-video"));
    }

    @Test
    void aPathPrefixAndAPortAreKept() {
        assertThat(BaseUrl.of(URI.create("https://proxy.example.com:8443/oxen/")).modelUrl("flux-2-pro"))
                .isEqualTo(URI.create("https://proxy.example.com:8443/oxen/api/ai/models/flux-2-pro"));
    }

    @Test
    void anIdIsOneUnchangedPathSegment() {
        URI url = BaseUrl.of(URI.create("https://hub.oxen.ai")).modelUrl("Qwen_Image.3-edit");

        assertThat(url.getRawPath()).isEqualTo("/api/ai/models/Qwen_Image.3-edit");
        assertThat(url.getPath()).isEqualTo(url.getRawPath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:1234", "http://127.8.9.10",
            "http://[::1]:8080", "http://[0:0:0:0:0:0:0:1]"})
    void plainHttpIsAcceptedForThisMachine(String base) {
        assertThat(BaseUrl.of(URI.create(base)).modelUrl("flux-2-pro").getScheme()).isEqualTo("http");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hub.oxen.ai", "http://10.0.0.1", "http://128.0.0.1", "http://localhost.example.com",
            "http://127.0.0.1.nip.io", "http://[::2]", "http://0.0.0.0"})
    void plainHttpToAnotherMachineIsRefusedSinceTheKeyWouldTravelUnencrypted(String base) {
        IllegalArgumentException refused = produced(assertThatIllegalArgumentException()
                .isThrownBy(() -> new ModelFetcher(FetchSettings.defaults(URI.create(base)).withApiKey(API_KEY)))
                .actual());

        assertThat(refused.getMessage()).contains(base).contains("use https");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hub.oxen.ai", "hub.oxen.ai", "/api/ai", "https:relative", "https://hub.oxen.ai/?x=1",
            "https://hub.oxen.ai/#top", "http://127.0.0.256"})
    void aBaseUrlThatIsNotAnHttpsServerRootIsRefused(String base) {
        produced(assertThatIllegalArgumentException()
                .isThrownBy(() -> BaseUrl.of(URI.create(base)))
                .withMessageStartingWith("The Oxen base URL '" + base + "'")
                .actual());
    }

    @Test
    void credentialsInTheBaseUrlAreRefusedWithoutBeingShown() {
        URI withCredentials = URI.create("https://user:" + API_KEY + "@hub.oxen.ai");

        IllegalArgumentException refused = produced(assertThatIllegalArgumentException()
                .isThrownBy(() -> new ModelFetcher(FetchSettings.defaults(withCredentials)))
                .actual());

        assertThat(refused.getMessage()).contains("'https://hub.oxen.ai'").contains("carries user credentials");
        assertThat(FetchSettings.defaults(withCredentials).toString()).doesNotContain(API_KEY);
    }
}
