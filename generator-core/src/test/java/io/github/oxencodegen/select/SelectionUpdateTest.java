package io.github.oxencodegen.select;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.oxencodegen.schema.CanonicalJson;
import io.github.oxencodegen.testing.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which models came and went when a selection is resolved again. */
class SelectionUpdateTest {
    private static final ModelFilter WAN = ModelFilter.parse("id=wan-v2-7-*");

    private static ModelList list() throws Exception {
        return ModelList.read(Fixtures.path("models-list.json"));
    }

    private static ModelLock.Entry locked(String id) {
        return new ModelLock.Entry(id, "/videos/generate", "00", false);
    }

    @Test
    void theFirstResolutionLocksEverySelectedModelWithItsEndpointAndSchemaHash() throws Exception {
        SelectionUpdate update = SelectionUpdate.of(WAN, list(), Optional.empty(), id -> false);

        assertThat(update.firstLock()).isTrue();
        assertThat(update.appeared()).containsExactly("wan-v2-7-image-to-video", "wan-v2-7-reference-to-video",
                "wan-v2-7-text-to-video");
        ModelLock.Entry entry = update.lock().entry("wan-v2-7-reference-to-video").orElseThrow();
        assertThat(entry.endpoint()).isEqualTo("/videos/generate");
        assertThat(entry.requestSchemaSha256()).isEqualTo(CanonicalJson.sha256(
                list().find("wan-v2-7-reference-to-video").orElseThrow().object().get("request_schema")));
        assertThat(update.lock().select()).isEqualTo("id=wan-v2-7-*");
    }

    @Test
    void aNewlyListedModelAppearsAndALockedModelNoLongerListedIsRemovedButKeptWhileItsSnapshotExists() throws Exception {
        ModelLock previous = new ModelLock(WAN.toString(), List.of(locked("wan-v2-7-image-to-video"),
                locked("wan-v2-7-text-to-video"), locked("wan-v2-7-retired")));

        SelectionUpdate update = SelectionUpdate.of(WAN, list(), Optional.of(previous), Set.of("wan-v2-7-retired")::contains);

        assertThat(update.appeared()).containsExactly("wan-v2-7-reference-to-video");
        assertThat(update.removed()).containsExactly("wan-v2-7-retired");
        assertThat(update.lock().entry("wan-v2-7-retired")).hasValueSatisfying(e -> assertThat(e.removed()).isTrue());
        assertThat(update.lock().ids()).hasSize(4);
    }

    @Test
    void aRemovedModelWhoseSnapshotWasDeletedIsDroppedFromTheLock() throws Exception {
        ModelLock previous = new ModelLock(WAN.toString(), List.of(locked("wan-v2-7-retired").asRemoved(),
                locked("wan-v2-7-gone")));

        SelectionUpdate update = SelectionUpdate.of(WAN, list(), Optional.of(previous), id -> false);

        assertThat(update.forgotten()).containsExactly("wan-v2-7-retired");
        assertThat(update.removed()).containsExactly("wan-v2-7-gone");
        assertThat(update.lock().ids()).doesNotContain("wan-v2-7-retired", "wan-v2-7-gone");
    }

    @Test
    void aLockedModelStillListedButNoLongerMatchedIsUnselected() throws Exception {
        ModelFilter narrower = ModelFilter.parse("id=wan-v2-7-*,exclude=*-text-to-video");
        ModelLock previous = new ModelLock(WAN.toString(), List.of(locked("wan-v2-7-text-to-video")));

        SelectionUpdate update = SelectionUpdate.of(narrower, list(), Optional.of(previous), id -> true);

        assertThat(update.unselected()).containsExactly("wan-v2-7-text-to-video");
        assertThat(update.lock().ids()).doesNotContain("wan-v2-7-text-to-video");
        assertThat(update.lock().select()).isEqualTo("id=wan-v2-7-*,exclude=*-text-to-video");
    }

    @Test
    void anUnchangedListChangesNothing() throws Exception {
        SelectionUpdate first = SelectionUpdate.of(WAN, list(), Optional.empty(), id -> true);

        SelectionUpdate again = SelectionUpdate.of(WAN, list(), Optional.of(first.lock()), id -> true);

        assertThat(again.isQuiet()).isTrue();
        assertThat(again.lock()).isEqualTo(first.lock());
    }
}
