package io.github.oxencodegen.generate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fetch.FetchSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchPolicyTest {
    private static final URI OXEN = URI.create("https://hub.oxen.ai");
    private static final URI LOOPBACK = URI.create("http://127.0.0.1:8080");

    private static FetchPolicy policy(FetchMode mode, boolean offline, URI baseUrl, String apiKey) {
        return new FetchPolicy(BuildRequest.builder().models(List.of("flux-1-dev")).basePackage("com.acme").fetchMode(mode).offline(offline)
                .snapshotDirectory(Path.of("snapshots")).outputDirectory(Path.of("out"))
                .fetchSettings(FetchSettings.defaults(baseUrl).withApiKey(apiKey)).build());
    }

    @Test
    void fetchesNothingOfflineWhateverTheModeAndKey() {
        FetchPolicy policy = policy(FetchMode.ALWAYS, true, OXEN, "sk-test");

        assertThat(policy.whyFetchingIsOff()).isEqualTo("the build is offline");
        assertThat(policy.fetchesNothingGivenEverySnapshot()).isTrue();
    }

    @Test
    void fetchesNothingInNeverMode() {
        FetchPolicy policy = policy(FetchMode.NEVER, false, OXEN, "sk-test");

        assertThat(policy.whyFetchingIsOff()).isEqualTo("the fetch mode is 'never'");
        assertThat(policy.fetchesNothingGivenEverySnapshot()).isTrue();
    }

    @Test
    void keepsTheSnapshotsInAutoModeWithoutAKeyForAServerElsewhere() {
        FetchPolicy policy = policy(FetchMode.AUTO, false, OXEN, null);

        assertThat(policy.whyFetchingIsOff()).isNull();
        assertThat(policy.keepsSnapshotsForWantOfKey()).isTrue();
        assertThat(policy.fetchesNothingGivenEverySnapshot()).isTrue();
    }

    @Test
    void fetchesInAutoModeWithAKeyOrFromALoopbackServer() {
        assertThat(policy(FetchMode.AUTO, false, OXEN, "sk-test").fetchesNothingGivenEverySnapshot()).isFalse();
        assertThat(policy(FetchMode.AUTO, false, LOOPBACK, null).fetchesNothingGivenEverySnapshot()).isFalse();
    }

    @Test
    void fetchesInAlwaysModeEvenWithoutAKey() {
        assertThat(policy(FetchMode.ALWAYS, false, OXEN, null).fetchesNothingGivenEverySnapshot()).isFalse();
    }

    @Test
    void saysWhyAtInfoLevelWhenFetchingIsOffAndWarnsWhenAKeyIsMissing() {
        RecordingLog log = new RecordingLog();

        policy(FetchMode.NEVER, false, OXEN, null).logReadingSnapshots(log);
        policy(FetchMode.AUTO, false, OXEN, null).logReadingSnapshots(log);

        assertThat(log.lines()).hasSize(2);
        assertThat(log.lines().get(0)).isEqualTo("INFO Reading model contracts from the snapshots in "
                + Path.of("snapshots") + " (the fetch mode is 'never')");
        assertThat(log.lines().get(1)).startsWith("WARN No Oxen API key is configured");
    }
}
