package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.produced;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.Authenticator;
import java.net.PasswordAuthentication;
import java.net.ProxySelector;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FetchSettingsTest {
    private static final URI OXEN = URI.create("https://hub.oxen.ai");

    @Test
    void defaultsArePatientButBounded() {
        FetchSettings defaults = FetchSettings.defaults(OXEN);

        assertThat(defaults.baseUrl()).isEqualTo(OXEN);
        assertThat(defaults.apiKey()).isNull();
        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.requestTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(defaults.maxRetries()).isEqualTo(3);
        assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(500));
        assertThat(defaults.proxySelector()).isNull();
        assertThat(defaults.proxyAuthenticator()).isNull();
        assertThat(defaults.userAgent()).isEqualTo("oxen-codegen");
        assertThat(defaults.parallelism()).isEqualTo(8);
    }

    @Test
    void eachWithMethodChangesOnlyItsOwnField() {
        ProxySelector proxies = ProxySelector.of(null);
        Authenticator proxyAuth = new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return null;
            }
        };
        FetchSettings changed = FetchSettings.defaults(OXEN)
                .withBaseUrl(URI.create("https://oxen.example.com/"))
                .withApiKey(API_KEY)
                .withConnectTimeout(Duration.ofSeconds(1))
                .withRequestTimeout(Duration.ofSeconds(2))
                .withMaxRetries(0)
                .withInitialBackoff(Duration.ofMillis(3))
                .withProxySelector(proxies)
                .withProxyAuthenticator(proxyAuth)
                .withUserAgent("my-build")
                .withParallelism(1)
                .withKeySources("a vault");

        assertThat(changed).isEqualTo(new FetchSettings(URI.create("https://oxen.example.com/"), API_KEY,
                Duration.ofSeconds(1), Duration.ofSeconds(2), 0, Duration.ofMillis(3), proxies, proxyAuth, "my-build", 1,
                "a vault"));
    }

    @Test
    void toStringShowsThatAKeyIsSetButNeverTheKey() {
        FetchSettings settings = FetchSettings.defaults(OXEN).withApiKey(API_KEY);

        assertThat(settings.toString()).doesNotContain(API_KEY).contains("apiKey=(set)").contains("https://hub.oxen.ai");
        assertThat(FetchSettings.defaults(OXEN).toString()).contains("apiKey=none");
    }

    @Test
    void whitespaceAroundTheKeyIsDroppedAndABlankKeyIsNoKey() {
        assertThat(FetchSettings.defaults(OXEN).withApiKey("  " + API_KEY + "\n").apiKey()).isEqualTo(API_KEY);
        assertThat(FetchSettings.defaults(OXEN).withApiKey(" \n").apiKey()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "with space", "caf\u00e9"})
    void aKeyThatCannotGoIntoAHeaderIsRefusedWithoutBeingShown(String malformed) {
        String key = API_KEY + malformed;

        IllegalArgumentException refused = produced(assertThatIllegalArgumentException()
                .isThrownBy(() -> FetchSettings.defaults(OXEN).withApiKey(key))
                .actual());

        assertThat(refused.getMessage()).contains("API key").doesNotContain(key).doesNotContain(malformed);
    }

    @Test
    void nonsenseLimitsAreRefused() {
        FetchSettings defaults = FetchSettings.defaults(OXEN);

        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMaxRetries(-1))
                .withMessage("maxRetries must be between 0 and 10, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withMaxRetries(11));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withParallelism(0))
                .withMessage("parallelism must be between 1 and 64, was 0");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withRequestTimeout(Duration.ZERO))
                .withMessage("requestTimeout must be positive, was PT0S");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withConnectTimeout(Duration.ofSeconds(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withInitialBackoff(Duration.ofMillis(-1)));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withUserAgent(" "));
    }
}
