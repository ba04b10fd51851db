package dev.stepwise.service;

import static dev.stepwise.store.SamplePaths.FIRST;
import static dev.stepwise.store.SamplePaths.ID;
import static dev.stepwise.store.SamplePaths.NEW_ITEM;
import static dev.stepwise.store.SamplePaths.SECOND;
import static dev.stepwise.store.SamplePaths.TALK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemEdits;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.UpstreamChange.Kind;
import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A learner who edited a bundled path and made progress on it receives a newer bundled version: they see what it
 * changes, apply it, and keep every edit and every tick; what upstream removed while it held progress is archived.
 */
class UpstreamServiceTest {
    @TempDir
    Path dir;
    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    private Path file() {
        return dir.resolve("stepwise.db");
    }

    /** Version 1, shaped and worked on by the learner. */
    private void learnerWorksOnVersion1() {
        try (Stepwise stepwise = Stepwise.open(file(), List.of(SamplePaths.sample()), clock)) {
            ContentService content = stepwise.content();
            content.edit(ID, new PathChange(ActivityKind.ITEM_EDITED, FIRST, "renamed",
                    path -> PathEdits.updateItem(path, FIRST, item -> item.withTitle("My own SQL step"))));
            content.edit(ID, new PathChange(ActivityKind.ITEM_ADDED, "mine", "added",
                    path -> PathEdits.addItem(path, "z-steps", 0, ItemEdits.newItem(path, "My own first step"))));
            ProgressService progress = stepwise.progress();
            progress.setStatus(ID, SECOND, ItemStatus.LEARNING);
            progress.saveNote(ID, SECOND, "half way through the talk");
            progress.setSubItemDone(ID, FIRST, "a-sub", true);
            progress.setSubItemDone(ID, FIRST, "m-sub", true);
            progress.rate(ID, TALK, Level.GUIDED, "gave a talk");
            progress.setStatus(ID, "my-own-first-step", ItemStatus.DONE);
        }
        clock.advance(Duration.ofDays(40));
    }

    @Test
    void aNewerVersionIsOfferedWithItsChangesAndNothingMovesUntilApplied() {
        learnerWorksOnVersion1();

        try (Stepwise stepwise = Stepwise.open(file(), List.of(SamplePaths.sampleV2()), clock)) {
            PathState before = stepwise.progress().load(ID);

            assertThat(stepwise.upstream().upgradable()).containsExactly(ID);
            PathUpdatePreview preview = stepwise.upstream().preview(ID).orElseThrow();

            assertThat(preview.fromVersion()).isEqualTo(1);
            assertThat(preview.toVersion()).isEqualTo(2);
            assertThat(preview.changes()).extracting(UpstreamChange::kind, UpstreamChange::id)
                    .contains(tuple(Kind.ADDED, NEW_ITEM), tuple(Kind.ARCHIVED, SECOND), tuple(Kind.EDITED, FIRST));
            assertThat(preview.changes()).filteredOn(change -> change.id().equals(FIRST)).singleElement()
                    .satisfies(change -> assertThat(change.detail().english()).contains("kept your title “My own SQL step”"));
            assertThat(preview.changes()).filteredOn(change -> change.id().equals(TALK))
                    .singleElement().satisfies(change -> assertThat(change.kind()).isEqualTo(Kind.KEPT_YOURS));
            assertThat(stepwise.progress().load(ID)).as("a preview writes nothing").isEqualTo(before);
        }
    }

    @Test
    void applyingKeepsEveryEditAndTickAndArchivesWhatUpstreamRemovedWhileItHeldProgress() {
        learnerWorksOnVersion1();

        try (Stepwise stepwise = Stepwise.open(file(), List.of(SamplePaths.sampleV2()), clock)) {
            LearningPath merged = stepwise.upstream().apply(ID).orElseThrow();
            PathState after = stepwise.progress().load(ID);

            assertThat(after.path()).isEqualTo(merged);
            assertThat(merged.contentVersion()).isEqualTo(2);
            assertThat(merged.title()).as("the learner did not touch the title: upstream's wins").isEqualTo("Sample path, revised");
            Section steps = merged.section("z-steps").orElseThrow();
            assertThat(steps.items()).extracting(item -> item.id())
                    .containsExactly("my-own-first-step", FIRST, NEW_ITEM);
            assertThat(merged.item(FIRST).orElseThrow().title()).as("the learner's title is kept").isEqualTo("My own SQL step");
            assertThat(merged.item(FIRST).orElseThrow().subItems()).extracting(sub -> sub.id())
                    .as("upstream dropped a sub-step the learner never edited").containsExactly("z-sub", "a-sub");
            assertThat(after.progressOf(FIRST).doneSubItemIds()).containsExactly("a-sub");
            assertThat(Probe.column(file(), "SELECT sub_item_id FROM sub_item_progress WHERE item_id = '" + FIRST + "'"))
                    .containsExactly("a-sub");
            assertThat(after.statusOf("my-own-first-step")).isEqualTo(ItemStatus.DONE);

            // Removed upstream while it held progress: archived with its progress, and restorable.
            assertThat(merged.item(SECOND)).isEmpty();
            assertThat(merged.archivedItem(SECOND)).hasValueSatisfying(entry -> {
                assertThat(entry.sectionId()).isEqualTo("z-steps");
                assertThat(entry.item().title()).isEqualTo("Talk about it");
            });
            assertThat(after.progressOf(SECOND).status()).isEqualTo(ItemStatus.LEARNING);
            assertThat(after.progressOf(SECOND).note()).isEqualTo("half way through the talk");
            assertThat(after.overallProgress().total()).as("archived items leave the counts").isEqualTo(4);

            // Removed upstream but rated by the learner: kept, with its rating.
            assertThat(merged.skill(TALK)).isPresent();
            assertThat(after.skillProgressOf(TALK).current()).isEqualTo(Level.GUIDED);

            assertThat(Probe.rows(file(), "SELECT content_version FROM path_upstream")).containsExactly(List.of("2"));
            assertThat(Probe.rows(file(), "SELECT kind, payload FROM activity ORDER BY id DESC LIMIT 1"))
                    .containsExactly(List.of("PATH_UPDATED", Probe.json("{'from':1,'to':2}")));
            assertThat(stepwise.upstream().upgradable()).isEmpty();
            assertThat(stepwise.upstream().preview(ID)).isEmpty();
        }

        try (Stepwise reopened = Stepwise.open(file(), List.of(SamplePaths.sampleV2()), clock)) {
            LearningPath restored = reopened.content().edit(ID, new PathChange(ActivityKind.ITEM_RESTORED, SECOND,
                    "restored", path -> PathEdits.restoreItem(path, SECOND)));
            PathState state = reopened.progress().load(ID);
            assertThat(restored.section("z-steps").orElseThrow().items()).extracting(item -> item.id()).endsWith(SECOND);
            assertThat(state.statusOf(SECOND)).isEqualTo(ItemStatus.LEARNING);
            assertThat(state.progressOf(SECOND).note()).isEqualTo("half way through the talk");
            assertThat(reopened.upstream().upgradable()).as("reopening does not offer the same version again").isEmpty();
        }
    }

    @Test
    void aLearnerWhoChangedNothingGetsExactlyTheNewVersion() {
        try (Stepwise stepwise = Stepwise.open(file(), List.of(SamplePaths.sample()), clock)) {
            assertThat(stepwise.upstream().upgradable()).isEmpty();
        }
        try (Stepwise stepwise = Stepwise.open(file(), List.of(SamplePaths.sampleV2()), clock)) {
            LearningPath merged = stepwise.upstream().apply(ID).orElseThrow();

            assertThat(merged).isEqualTo(SamplePaths.sampleV2());
            assertThat(stepwise.progress().load(ID).path()).isEqualTo(SamplePaths.sampleV2());
        }
    }

    @Test
    void aPathOfTheLearnersOwnIsNeverOfferedAnUpgrade() {
        try (Stepwise stepwise = Stepwise.open(file(), List.of(SamplePaths.sample()), clock)) {
            stepwise.workspace().fork(ID, "My copy", true);
        }
        try (Stepwise stepwise = Stepwise.open(file(), List.of(SamplePaths.sampleV2()), clock)) {
            assertThat(stepwise.upstream().upgradable()).containsExactly(ID);
            assertThat(stepwise.upstream().preview("my-copy")).isEmpty();
            assertThat(stepwise.upstream().apply("my-copy")).isEmpty();
        }
    }
}
