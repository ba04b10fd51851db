package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.service.PathInstaller.Outcome;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing and upgrading path content by content version, in one transaction, never touching progress. */
class PathInstallerTest {
    private static final String START = "2026-01-10T09:00:00.000000000Z";

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = TestClock.utc(START);
        stepwise = Stepwise.open(file, List.of(), clock);
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private PathInstaller installer() {
        return stepwise.installer();
    }

    private List<List<String>> activity() {
        return Probe.rows(file, "SELECT at, path_id, kind, subject_id, before, after FROM activity ORDER BY id");
    }

    @Test
    void aNewPathIsInstalledAndRecorded() {
        assertThat(installer().install(SamplePaths.sample())).isEqualTo(Outcome.INSTALLED);

        assertThat(stepwise.pathIds()).containsExactly(SamplePaths.ID);
        assertThat(stepwise.progress().load(SamplePaths.ID).path()).isEqualTo(SamplePaths.sample());
        assertThat(activity()).containsExactly(List.of(START, SamplePaths.ID, "PATH_INSTALLED", SamplePaths.ID, "", "1"));
    }

    @Test
    void theSameVersionAgainChangesNothing() {
        installer().install(SamplePaths.sample());
        clock.advance(Duration.ofDays(1));
        LearningPath sameVersionOtherText = new LearningPath(SamplePaths.ID, 1, "Edited title", "", "", List.of(),
                SamplePaths.sample().skills(), SamplePaths.sample().sections(), List.of());

        assertThat(installer().install(SamplePaths.sample())).isEqualTo(Outcome.UNCHANGED);
        assertThat(installer().install(sameVersionOtherText)).isEqualTo(Outcome.UNCHANGED);

        assertThat(stepwise.progress().load(SamplePaths.ID).path()).isEqualTo(SamplePaths.sample());
        assertThat(activity()).hasSize(1);
        assertThat(Probe.text(file, "SELECT updated_at FROM path")).isEqualTo(START);
    }

    @Test
    void aHigherVersionUpdatesTheContentAndKeepsEveryTickNoteAndRating() {
        installer().install(SamplePaths.sample());
        ProgressService progress = stepwise.progress();
        progress.setStatus(SamplePaths.ID, SamplePaths.FIRST, ItemStatus.LEARNING);
        progress.saveNote(SamplePaths.ID, SamplePaths.FIRST, "halfway");
        progress.setSubItemDone(SamplePaths.ID, SamplePaths.FIRST, "a-sub", true);
        progress.setStatus(SamplePaths.ID, SamplePaths.SECOND, ItemStatus.DONE);
        progress.rate(SamplePaths.ID, SamplePaths.SQL, Level.GUIDED, "");
        progress.setTarget(SamplePaths.ID, SamplePaths.API, Level.TEACHES);
        PathState before = progress.load(SamplePaths.ID);
        clock.advance(Duration.ofDays(30));

        assertThat(installer().install(SamplePaths.sampleV2())).isEqualTo(Outcome.UPDATED);

        PathState after = progress.load(SamplePaths.ID);
        assertThat(after.path()).isEqualTo(SamplePaths.sampleV2());
        assertThat(after.items()).isEqualTo(before.items());
        assertThat(after.skills()).isEqualTo(before.skills());
        assertThat(after.progressOf(SamplePaths.FIRST).note()).isEqualTo("halfway");
        assertThat(after.progressOf(SamplePaths.FIRST).doneSubItemIds()).containsExactly("a-sub");
        assertThat(after.skillProgressOf(SamplePaths.SQL).current()).isEqualTo(Level.GUIDED);
        assertThat(stepwise.pathIds()).containsExactly(SamplePaths.ID);
        assertThat(activity()).last().isEqualTo(
                List.of("2026-02-09T09:00:00.000000000Z", SamplePaths.ID, "PATH_UPDATED", SamplePaths.ID, "1", "2"));
        assertThat(Probe.rows(file, "SELECT installed_at, updated_at FROM path"))
                .containsExactly(List.of(START, "2026-02-09T09:00:00.000000000Z"));
    }

    @Test
    void anItemOrSkillDroppedByTheUpdateCanNoLongerBeChanged() {
        installer().install(SamplePaths.sample());
        installer().install(SamplePaths.sampleV2());
        ProgressService progress = stepwise.progress();

        assertThatThrownBy(() -> progress.setStatus(SamplePaths.ID, SamplePaths.SECOND, ItemStatus.DONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> progress.rate(SamplePaths.ID, SamplePaths.TALK, Level.AWARE, ""))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(progress.setStatus(SamplePaths.ID, SamplePaths.NEW_ITEM, ItemStatus.DONE).status()).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void aLowerVersionDoesNotDowngrade() {
        installer().install(SamplePaths.sampleV2());

        assertThat(installer().install(SamplePaths.sample())).isEqualTo(Outcome.UNCHANGED);

        assertThat(stepwise.progress().load(SamplePaths.ID).path()).isEqualTo(SamplePaths.sampleV2());
        assertThat(activity()).extracting(row -> row.get(2)).containsExactly("PATH_INSTALLED");
    }

    @Test
    void anInstallThatFailsHalfwayWritesNothing() {
        // The first item links a skill the path lacks: the path, industries, skills and sections are already
        // inserted when the item_skill row breaks the foreign key.
        LearningPath broken = SamplePaths.withDanglingSkillLink(SamplePaths.sample(), 1);

        assertThatThrownBy(() -> installer().install(broken)).isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");

        assertThat(Probe.count(file, "path")).isZero();
        for (String table : List.of("path_industry", "self_check", "skill", "section", "item", "sub_item", "resource",
                "item_skill", "activity")) {
            assertThat(Probe.count(file, table)).as("rows left in %s", table).isZero();
        }
        assertThat(stepwise.pathIds()).isEmpty();
    }

    @Test
    void anUpdateThatFailsHalfwayKeepsThePreviousVersionWhole() {
        installer().install(SamplePaths.sample());
        clock.advance(Duration.ofDays(1));

        assertThatThrownBy(() -> installer().install(SamplePaths.withDanglingSkillLink(SamplePaths.sampleV2(), 2)))
                .isInstanceOf(StoreException.class);

        assertThat(stepwise.progress().load(SamplePaths.ID).path()).isEqualTo(SamplePaths.sample());
        assertThat(Probe.rows(file, "SELECT content_version, updated_at FROM path")).containsExactly(List.of("1", START));
        assertThat(activity()).hasSize(1);
        // And the installer still works afterwards.
        assertThat(installer().install(SamplePaths.sampleV2())).isEqualTo(Outcome.UPDATED);
    }
}
