package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathState;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.service.PathInstaller.Outcome;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.StoreException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Installing bundled paths, recording their upstream base, and noticing (never applying) newer versions. */
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
        return Probe.rows(file, "SELECT at, path_id, kind, subject_id, payload FROM activity ORDER BY id");
    }

    @Test
    void aNewPathIsInstalledAndRecorded() {
        assertThat(installer().install(SamplePaths.sample())).isEqualTo(Outcome.INSTALLED);

        assertThat(stepwise.pathIds()).containsExactly(SamplePaths.ID);
        assertThat(stepwise.progress().load(SamplePaths.ID).path()).isEqualTo(SamplePaths.sample());
        assertThat(activity()).containsExactly(List.of(START, SamplePaths.ID, "PATH_INSTALLED", SamplePaths.ID,
                Probe.json("{'from':null,'to':1}")));
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
    void aHigherVersionIsOfferedAndChangesNothingUntilTheLearnerAppliesIt() {
        installer().install(SamplePaths.sample());
        stepwise.progress().setStatus(SamplePaths.ID, SamplePaths.FIRST, ItemStatus.LEARNING);
        PathState before = stepwise.progress().load(SamplePaths.ID);
        clock.advance(Duration.ofDays(30));

        assertThat(installer().install(SamplePaths.sampleV2())).isEqualTo(Outcome.UPGRADE_AVAILABLE);

        assertThat(stepwise.progress().load(SamplePaths.ID)).isEqualTo(before);
        assertThat(Probe.rows(file, "SELECT path_id, content_version FROM path_upstream"))
                .containsExactly(List.of(SamplePaths.ID, "1"));
        assertThat(activity()).extracting(row -> row.get(2)).containsExactly("PATH_INSTALLED", "ITEM_STATUS_CHANGED");
    }

    @Test
    void installingRecordsTheBundledVersionAsTheUpstreamBaseReadableAsAPathFile() {
        installer().install(SamplePaths.sample());

        String base = Probe.upstreamBases(file).get(0).get(2);
        LearningPath read = new PathFileReader().read("base", new ByteArrayInputStream(base.getBytes(StandardCharsets.UTF_8)));
        assertThat(read).isEqualTo(SamplePaths.sample());
    }

    @Test
    void aPathInstalledBeforeBasesWereKeptGetsItsStoredContentAsBase() {
        installer().install(SamplePaths.sample());
        Probe.execute(file, "DELETE FROM path_upstream");

        assertThat(installer().install(SamplePaths.sample())).isEqualTo(Outcome.UNCHANGED);
        assertThat(Probe.rows(file, "SELECT content_version FROM path_upstream")).containsExactly(List.of("1"));
        assertThat(installer().install(SamplePaths.sampleV2())).isEqualTo(Outcome.UPGRADE_AVAILABLE);
    }

    @Test
    void aBundledPathTheLearnerDeletedIsNotInstalledAgain() {
        installer().install(SamplePaths.sample());
        stepwise.workspace().delete(SamplePaths.ID);

        assertThat(installer().install(SamplePaths.sample())).isEqualTo(Outcome.DISMISSED);
        assertThat(installer().install(SamplePaths.sampleV2())).isEqualTo(Outcome.DISMISSED);
        assertThat(stepwise.pathIds()).isEmpty();
    }

    @Test
    void aPathOfTheLearnersOwnWithABundledIdIsNeverTouched() {
        String ownId = stepwise.workspace().create("Sample path").id();
        assertThat(ownId).isEqualTo("sample-path");

        assertThat(installer().install(SamplePaths.sampleV2())).isEqualTo(Outcome.UNCHANGED);
        assertThat(stepwise.progress().load(ownId).path().sections()).extracting(section -> section.id())
                .containsExactly("steps");
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
}
