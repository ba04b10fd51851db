package dev.stepwise.ui.common;

import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathState;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Stepwise;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.DirectExecutorService;
import dev.stepwise.ui.ViewModelFixture.ManualExecutorService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore and an applied upgrade replace what the current path shows. The new state is made and compared with the
 * one shown on the store thread, as an edit's is: the FX thread only shows it, and a change shown meanwhile is kept.
 */
class ReplacedStateTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-03-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tempDir;

    @Test
    void aRestoreOfWhatIsShownFollowsTheStateShownSoTheScreensCompareThemInOneStep() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            fixture.session.setStatus(LEARN_SQL, ItemStatus.DONE);
            Path backup = fixture.stepwise.backups().backUp(BackupReason.MANUAL).backup().file();
            fixture.stepwise.backups().restore(backup);
            PathState before = fixture.session.state();

            fixture.workspace.reloadAll("Restored");

            PathState restored = fixture.session.state();
            assertThat(restored.changeSince(before)).as("made to follow the state shown").isPresent();
            assertThat(restored.path()).as("the same content keeps the path shown").isSameAs(before.path());
            assertThat(restored).isEqualTo(before).isEqualTo(fixture.reload());
            assertThat(fixture.errors).isEmpty();
        }
    }

    @Test
    void aRestoreOfAnOlderBackupShowsWhatTheBackupHeld() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            Path backup = fixture.stepwise.backups().backUp(BackupReason.MANUAL).backup().file();
            fixture.session.setStatus(LEARN_SQL, ItemStatus.DONE);
            fixture.stepwise.backups().restore(backup);

            fixture.workspace.reloadAll("Restored");

            assertThat(fixture.session.state().statusOf(LEARN_SQL)).isEqualTo(ItemStatus.NOT_STARTED);
            assertThat(fixture.session.state()).isEqualTo(fixture.reload());
        }
    }

    @Test
    void anUpgradeShowsTheStateMadeFromTheStateShownAsWithPathWouldMakeIt() {
        try (Upgradable upgradable = Upgradable.open(tempDir, new DirectExecutorService())) {
            upgradable.session.setStatus(LEARN_SQL, ItemStatus.DONE);
            PathState before = upgradable.session.state();

            Optional<LearningPath> merged = upgradable.workspace.applyUpgrade().await();

            PathState shown = upgradable.session.state();
            assertThat(shown.path()).isSameAs(merged.orElseThrow());
            assertThat(shown).isEqualTo(before.withPath(merged.get())).isEqualTo(upgradable.reload());
            assertThat(shown.changeSince(before)).hasValueSatisfying(change -> assertThat(change.content()).isTrue());
            assertThat(shown.shape().item(LEARN_SQL).orElseThrow().title()).isEqualTo("Learn SQL (revised)");
            assertThat(upgradable.workspace.upgradable()).isEmpty();
            assertThat(upgradable.errors).isEmpty();
        }
    }

    @Test
    void anUpgradeThatComesBackAfterATickWasShownKeepsTheTick() {
        ManualExecutorService store = new ManualExecutorService();
        try (Upgradable upgradable = Upgradable.open(tempDir, store)) {
            // Both asked for before either is shown: the upgrade's store job made its state from one without the tick.
            upgradable.session.setStatus(LEARN_SQL, ItemStatus.DONE);
            upgradable.workspace.applyUpgrade();
            store.runAll();

            PathState shown = upgradable.session.state();
            assertThat(shown.statusOf(LEARN_SQL)).isEqualTo(ItemStatus.DONE);
            assertThat(shown.shape().item(LEARN_SQL).orElseThrow().title()).isEqualTo("Learn SQL (revised)");
            assertThat(shown).isEqualTo(upgradable.reload());
            assertThat(upgradable.errors).isEmpty();
        }
    }

    /** The fixture path installed as version 1, opened again with a version 2 bundled: an upgrade is waiting. */
    private record Upgradable(Stepwise stepwise, PathSession session, Workspace workspace, List<Throwable> errors)
            implements AutoCloseable {
        static Upgradable open(Path tempDir, ExecutorService store) {
            Path file = tempDir.resolve("stepwise.db");
            Stepwise.open(file, List.of(FixturePath.path()), CLOCK).close();
            Stepwise stepwise = Stepwise.open(file, List.of(version2()), CLOCK);
            List<Throwable> errors = new ArrayList<>();
            PathSession session = new PathSession(stepwise.progress().load(FixturePath.ID), stepwise.progress(),
                    stepwise.content(), new Background(store, Runnable::run), errors::add, CLOCK);
            Workspace workspace = new Workspace(session, stepwise.workspace().summaries(), stepwise.upstream().upgradable(),
                    new Workspace.Services(stepwise.workspace(), stepwise.progress(), stepwise.preferences(), stepwise.upstream(),
                            stepwise.history(), stepwise.studyTime(), stepwise.reviews(), CLOCK), errors::add);
            assertThat(workspace.upgradable()).containsExactly(FixturePath.ID);
            return new Upgradable(stepwise, session, workspace, errors);
        }

        PathState reload() {
            return stepwise.progress().load(FixturePath.ID);
        }

        @Override
        public void close() {
            stepwise.close();
        }

        /** Version 2 of the fixture path: the SQL step renamed upstream. */
        private static LearningPath version2() {
            LearningPath v1 = FixturePath.path();
            LearningPath edited = PathEdits.updateItem(v1, LEARN_SQL, item -> item.withTitle("Learn SQL (revised)"));
            return new LearningPath(v1.id(), 2, v1.title(), v1.tagline(), v1.overview(), v1.industries(), edited.skills(),
                    edited.sections(), v1.selfChecks());
        }
    }
}
