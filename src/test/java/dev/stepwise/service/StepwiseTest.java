package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.PathFileWriter;
import dev.stepwise.store.DatabaseUnavailableException;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import dev.stepwise.store.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening the application's services over a database file: first start, later starts, bundled upgrades. */
class StepwiseTest {
    @TempDir
    Path dir;

    /** What the application would hand over as its bundled paths: the fixture, so the shipped content may change. */
    private static final List<LearningPath> BUNDLED = List.of(FixturePath.path());

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    private Path databaseFile() {
        return DataFolder.resolve(List.of("--data-dir", dir.resolve("data").toString()), Map.of()).databaseFile();
    }

    @Test
    void firstStartInAnEmptyFolderCreatesTheDatabaseAndInstallsTheBundledPath() {
        Path file = databaseFile();

        try (Stepwise stepwise = Stepwise.open(file, BUNDLED, clock)) {
            assertThat(file).isRegularFile();
            assertThat(stepwise.databaseFile()).isEqualTo(file.toAbsolutePath());
            assertThat(stepwise.pathIds()).containsExactly(FixturePath.ID);
            assertThat(stepwise.progress().load(FixturePath.ID).path()).isEqualTo(FixturePath.path());
        }
        assertThat(Probe.rows(file, "SELECT kind, subject_id FROM activity"))
                .containsExactly(List.of("PATH_INSTALLED", FixturePath.ID));
    }

    @Test
    void laterStartsDoNotInstallTheBundledPathAgain() {
        Path file = databaseFile();
        Stepwise.open(file, BUNDLED, clock).close();
        long items = Probe.count(file, "item");

        try (Stepwise stepwise = Stepwise.open(file, BUNDLED, clock)) {
            assertThat(stepwise.pathIds()).containsExactly(FixturePath.ID);
        }
        Stepwise.open(file, BUNDLED, clock).close();

        assertThat(Probe.count(file, "path")).isEqualTo(1);
        assertThat(Probe.count(file, "item")).isEqualTo(items);
        assertThat(Probe.column(file, "SELECT kind FROM activity")).containsExactly("PATH_INSTALLED");
    }

    @Test
    void progressSurvivesRestartingTheApplication() {
        Path file = databaseFile();
        try (Stepwise stepwise = Stepwise.open(file, BUNDLED, clock)) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.DONE);
        }

        try (Stepwise stepwise = Stepwise.open(file, BUNDLED, clock)) {
            assertThat(stepwise.progress().load(FixturePath.ID).statusOf(FixturePath.LEARN_SQL)).isEqualTo(ItemStatus.DONE);
        }
    }

    @Test
    void aNewerBundledVersionAtStartIsOfferedWhileTheLearnersCopyStaysAsItWas() {
        Path file = databaseFile();
        try (Stepwise stepwise = Stepwise.open(file, List.of(SamplePaths.sample()), clock)) {
            stepwise.progress().setStatus(SamplePaths.ID, SamplePaths.FIRST, ItemStatus.DONE);
        }

        try (Stepwise stepwise = Stepwise.open(file, List.of(SamplePaths.sampleV2()), clock)) {
            var state = stepwise.progress().load(SamplePaths.ID);
            assertThat(state.path()).isEqualTo(SamplePaths.sample());
            assertThat(state.statusOf(SamplePaths.FIRST)).isEqualTo(ItemStatus.DONE);
        }
        assertThat(Probe.column(file, "SELECT kind FROM activity ORDER BY id"))
                .containsExactly("PATH_INSTALLED", "ITEM_STATUS_CHANGED");
    }

    @Test
    void firstStartRecordsTheBundledVersionAsTheUpstreamBase() {
        Path file = databaseFile();

        Stepwise.open(file, BUNDLED, clock).close();

        assertThat(Probe.upstreamBases(file))
                .containsExactly(List.of(FixturePath.ID, "1", new PathFileWriter().writeCompact(FixturePath.path())));
        assertThat(Probe.text(file, "SELECT content FROM path_upstream")).as("kept packed, not plain").isEmpty();
        assertThat(Probe.text(file, "SELECT origin FROM path")).isEqualTo("BUNDLED");
    }

    @Test
    void aNewerBundledVersionAtStartIsReportedAsAnUpgradeAndChangesNothing() {
        Path file = databaseFile();
        try (Stepwise stepwise = Stepwise.open(file, BUNDLED, clock)) {
            stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_SQL, ItemStatus.DONE);
            stepwise.content().edit(FixturePath.ID, new PathChange(ActivityKind.ITEM_EDITED, FixturePath.BUILD_API, "Renamed",
                    path -> PathEdits.updateItem(path, FixturePath.BUILD_API, item -> item.withTitle("Build my API"))));
        }
        Snapshot was = Snapshot.of(file);
        LearningPath newer = PathEdits.withDetails(SamplePaths.withContentVersion(FixturePath.path(), 2), "Fixture Engineer, revised",
                "", "");
        clock.advance(Duration.ofDays(30));

        try (Stepwise stepwise = Stepwise.open(file, List.of(newer), clock)) {
            assertThat(Snapshot.of(file)).as("opening with a newer version writes nothing").isEqualTo(was);
            assertThat(stepwise.installer().install(newer)).isEqualTo(PathInstaller.Outcome.UPGRADE_AVAILABLE);
            assertThat(stepwise.installer().install(FixturePath.path())).isEqualTo(PathInstaller.Outcome.UNCHANGED);
            assertThat(stepwise.progress().load(FixturePath.ID).path().item(FixturePath.BUILD_API).orElseThrow().title())
                    .isEqualTo("Build my API");
        }
        assertThat(Snapshot.of(file)).as("asking again writes nothing either").isEqualTo(was);
        assertThat(Probe.upstreamBases(file))
                .as("the base stays the version installed, not the learner's edit")
                .containsExactly(List.of(FixturePath.ID, "1", new PathFileWriter().writeCompact(FixturePath.path())));
    }

    @Test
    void withNothingBundledNoPathIsInstalled() {
        try (Stepwise stepwise = Stepwise.open(databaseFile(), List.of(), clock)) {
            assertThat(stepwise.pathIds()).isEmpty();
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsReportedAsUnavailableWithFileAndReason() throws Exception {
        Path file = databaseFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a database at all, just some words to fill the header");

        assertThatThrownBy(() -> Stepwise.open(file, BUNDLED, clock))
                .isInstanceOfSatisfying(DataUnavailableException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toAbsolutePath());
                    assertThat(e.reason()).contains("not a Stepwise database");
                    assertThat(e).hasCauseInstanceOf(DatabaseUnavailableException.class);
                });
    }

    @Test
    void aDatabaseFromANewerStepwiseIsReportedAsUnavailableAndNotUpgraded() {
        Path file = databaseFile();
        Stepwise.open(file, List.of(), clock).close();
        Probe.execute(file, "PRAGMA user_version = 99");

        assertThatThrownBy(() -> Stepwise.open(file, BUNDLED, clock))
                .isInstanceOfSatisfying(DataUnavailableException.class,
                        e -> assertThat(e.reason()).contains("newer version of Stepwise"));
        assertThat(Probe.count(file, "path")).isZero();
    }

    @Test
    void anotherProgramsDatabaseWithATableOfOurNameIsReportedAsUnavailableAndLeftAlone() throws Exception {
        Path file = databaseFile();
        Files.createDirectories(file.getParent());
        Probe.execute(file, "CREATE TABLE activity (x INTEGER)");
        byte[] before = Files.readAllBytes(file);

        assertThatThrownBy(() -> Stepwise.open(file, BUNDLED, clock))
                .isInstanceOfSatisfying(DataUnavailableException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toAbsolutePath());
                    assertThat(e.reason()).contains("belongs to another program");
                    assertThat(e.explanation().key()).isEqualTo("error.cannotOpen");
                });
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void aBundledPathThatFailsToInstallFailsTheStartAndLeavesNothingHalfInstalled() {
        Path file = databaseFile();
        LearningPath broken = SamplePaths.withDanglingSkillLink(SamplePaths.sample(), 1);

        assertThatThrownBy(() -> Stepwise.open(file, List.of(broken), clock)).isInstanceOf(StoreException.class);

        assertThat(Probe.count(file, "path")).isZero();
        try (Stepwise stepwise = Stepwise.open(file, BUNDLED, clock)) {
            assertThat(stepwise.pathIds()).containsExactly(FixturePath.ID);
        }
    }
}
