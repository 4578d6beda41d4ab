package io.github.oxencodegen.fetch;

import static io.github.oxencodegen.fetch.ProducedFailures.API_KEY;
import static io.github.oxencodegen.fetch.ProducedFailures.produced;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.fake.FakeOxen;
import io.github.oxencodegen.fake.Reply;
import io.github.oxencodegen.snapshot.SnapshotStore;
import io.github.oxencodegen.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A refresh of a snapshot, as a build does it: fetch, then write what was fetched. Whatever goes
 * wrong in the fetch, the snapshot already on disk stays exactly as it was.
 */
class FailedFetchKeepsSnapshotTest {
    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    private final FakeOxen oxen = FakeOxen.start();

    @TempDir
    Path snapshots;

    @AfterEach
    void stopServer() {
        oxen.close();
    }

    @Test
    void aTruncatedBodyBadJsonAServerErrorOrAMissingSchemaLeaveThePreviousSnapshotByteIdentical() throws Exception {
        SnapshotStore store = new SnapshotStore(snapshots);
        byte[] model = Fixtures.bytes("models/flux-2-dev.json");
        oxen.enqueueModel("flux-2-dev", Reply.json(200, Fixtures.path("models/flux-2-dev.json")));
        oxen.enqueueModel("flux-2-dev", Reply.json(200, model).truncatedAfter(model.length / 2));
        oxen.enqueueModel("flux-2-dev", Reply.json(200, Arrays.copyOf(model, model.length - 2)));
        oxen.enqueueModel("flux-2-dev", Reply.json(503, "{}"));
        oxen.enqueueModel("flux-2-dev", Reply.json(200, "{\"id\":\"flux-2-dev\",\"request_schema\":null}"));

        try (ModelFetcher fetcher = new ModelFetcher(FetchSettings.defaults(oxen.baseUrl()).withApiKey(API_KEY)
                .withMaxRetries(0).withRequestTimeout(Duration.ofSeconds(10)), new RecordingSleeper())) {
            assertThat(refresh(fetcher, store)).isTrue();
            Path snapshot = store.pathOf("flux-2-dev");
            byte[] before = Files.readAllBytes(snapshot);
            Files.setLastModifiedTime(snapshot, LONG_AGO);

            for (int failing = 0; failing < 4; failing++) {
                assertThat(refresh(fetcher, store)).isFalse();

                assertThat(Files.readAllBytes(snapshot)).isEqualTo(before);
                assertThat(Files.getLastModifiedTime(snapshot)).isEqualTo(LONG_AGO);
            }
        }
        try (Stream<Path> files = Files.list(snapshots)) {
            assertThat(files).containsExactly(snapshots.resolve("flux-2-dev.json"));
        }
        assertThat(oxen.requests()).hasSize(5);
    }

    /** Fetches the model and writes its snapshot; false when the fetch failed (and nothing was written). */
    private static boolean refresh(ModelFetcher fetcher, SnapshotStore store) throws Exception {
        FetchedModel fetched;
        try {
            fetched = fetcher.fetch("flux-2-dev");
        } catch (FetchException e) {
            produced(e);
            return false;
        }
        return store.write(fetched.modelId(), fetched.document());
    }
}
