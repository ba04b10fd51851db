package dev.stepwise.ui.common;

import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DATABASES;
import static dev.stepwise.fixtures.FixturePath.LEARN_GIT;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathState;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.ManualExecutorService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared state: saved first, then applied; failures reported and never applied. */
class PathSessionTest {
    @TempDir
    Path tempDir;

    @Test
    void aSuccessfulSaveUpdatesTheStateToWhatIsOnDisk() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            PathSession session = fixture.session;
            List<PathState> seen = new ArrayList<>();
            session.stateProperty().addListener((obs, old, state) -> seen.add(state));

            session.setStatus(LEARN_LANGUAGE, ItemStatus.LEARNING);
            session.saveNote(LEARN_LANGUAGE, "Java it is");
            session.setSubItemDone(LEARN_LANGUAGE, LEARN_GIT, true);
            session.rate(DATABASES.id(), Level.GUIDED, "first schema");
            session.setTarget(DATABASES.id(), Level.TEACHES);

            assertThat(seen).hasSize(5);
            assertThat(session.state()).isEqualTo(fixture.reload());
            assertThat(session.state().progressOf(LEARN_LANGUAGE).note()).isEqualTo("Java it is");
            assertThat(session.state().standingOf(session.state().path().skill(DATABASES.id()).orElseThrow()).gap())
                    .isEqualTo(2);
            assertThat(session.lastSavedProperty().get()).containsIgnoringCase("target");
            assertThat(session.pathId()).isEqualTo(FixturePath.ID);
            assertThat(fixture.errors).isEmpty();
        }
    }

    @Test
    void theLastSavedMessageNamesTheChange() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            PathSession session = fixture.session;
            List<String> messages = new ArrayList<>();
            session.lastSavedProperty().addListener((obs, old, message) -> messages.add(message));
            assertThat(session.lastSavedProperty().get()).isEmpty();

            session.setStatus(CS_DEGREE, ItemStatus.SKIPPED);
            session.saveNote(CS_DEGREE, "no degree");
            session.setSubItemDone(LEARN_LANGUAGE, LEARN_GIT, true);
            session.setSubItemDone(LEARN_LANGUAGE, LEARN_GIT, false);
            session.rate(SECURITY.id(), Level.AWARE, "");
            session.setTarget(SECURITY.id(), Level.TEACHES);

            assertThat(messages).hasSize(6).doesNotHaveDuplicates();
            assertThat(messages.get(0)).containsIgnoringCase("skipped");
            assertThat(messages.get(1)).containsIgnoringCase("note");
            assertThat(messages.get(2)).containsIgnoringCase("sub-step");
            assertThat(messages.get(4)).contains(Level.AWARE.toString());
            assertThat(messages.get(5)).containsIgnoringCase("target").contains(Level.TEACHES.toString());
        }
    }

    @Test
    void markingAnItemWithTheStatusItHasSaysItWasAlreadySoAndWritesNothing() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            PathSession session = fixture.session;
            session.setStatus(CS_DEGREE, ItemStatus.DONE);
            assertThat(session.lastSavedProperty().get()).isEqualTo(Messages.tr("status.marked.DONE"));
            int entries = fixture.activityCount();

            PathState before = session.state();

            session.setStatus(CS_DEGREE, ItemStatus.DONE);

            assertThat(session.noticeProperty().get()).isEqualTo(Messages.tr("status.already.DONE"));
            assertThat(session.lastSavedProperty().get()).isEqualTo(Messages.tr("status.marked.DONE"));
            assertThat(session.state()).isSameAs(before);
            assertThat(fixture.activityCount()).isEqualTo(entries);
            session.setStatus(CS_DEGREE, ItemStatus.LEARNING);
            assertThat(session.lastSavedProperty().get()).isEqualTo(Messages.tr("status.marked.LEARNING"));
            assertThat(fixture.activityCount()).isEqualTo(entries + 1);
        }
    }

    @Test
    void aFailingSaveIsReportedAndLeavesTheStateUnchanged() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            PathSession session = fixture.session;
            session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);
            PathState before = session.state();
            String savedBefore = session.lastSavedProperty().get();
            List<PathState> seen = new ArrayList<>();
            session.stateProperty().addListener((obs, old, state) -> seen.add(state));

            session.rate("nope", Level.AWARE, "");

            assertThat(fixture.errors).singleElement()
                    .isInstanceOf(IllegalArgumentException.class)
                    .extracting(Throwable::getMessage).asString().contains("nope");
            assertThat(session.state()).isSameAs(before);
            assertThat(seen).isEmpty();
            assertThat(session.lastSavedProperty().get()).isEqualTo(savedBefore);
            assertThat(fixture.reload()).isEqualTo(before);
            assertThat(fixture.background.pendingProperty().get()).isZero();
        }
    }

    @Test
    void everyKindOfFailingCommandIsReported() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            PathSession session = fixture.session;
            PathState before = session.state();

            session.setStatus("nope", ItemStatus.DONE);
            session.saveNote("nope", "text");
            session.setSubItemDone(LEARN_LANGUAGE, "nope", true);
            session.setTarget("nope", Level.AWARE);

            assertThat(fixture.errors).hasSize(4).allMatch(IllegalArgumentException.class::isInstance);
            assertThat(session.state()).isSameAs(before);
        }
    }

    @Test
    void theStateChangesOnlyAfterTheCommitIsReportedBack() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir, store)) {
            PathSession session = fixture.session;
            PathState before = session.state();

            Background.Job<?> job = session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);

            assertThat(session.state()).isSameAs(before);
            assertThat(fixture.reload().statusOf(LEARN_LANGUAGE)).isEqualTo(ItemStatus.NOT_STARTED);

            store.runAll();

            assertThat(job.await()).isNotNull();
            assertThat(session.state().statusOf(LEARN_LANGUAGE)).isEqualTo(ItemStatus.DONE);
            assertThat(fixture.reload().statusOf(LEARN_LANGUAGE)).isEqualTo(ItemStatus.DONE);
        }
    }

    @Test
    void commandsApplyInTheOrderTheyWereGiven() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir, store)) {
            PathSession session = fixture.session;

            session.setStatus(LEARN_SQL, ItemStatus.LEARNING);
            session.setStatus(LEARN_SQL, ItemStatus.DONE);
            session.setStatus(LEARN_SQL, ItemStatus.SKIPPED);
            store.runAll();

            assertThat(session.state().statusOf(LEARN_SQL)).isEqualTo(ItemStatus.SKIPPED);
            assertThat(fixture.reload().statusOf(LEARN_SQL)).isEqualTo(ItemStatus.SKIPPED);
        }
    }

    @Test
    void anEditShowsTheStateMadeFromTheStateShownAsWithPathWouldMakeIt() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            PathSession session = fixture.session;
            session.setStatus(LEARN_SQL, ItemStatus.DONE);
            PathState before = session.state();

            LearningPath edited = session.edit(renaming(LEARN_SQL, "Learn SQL well")).await();

            assertThat(session.state().path()).isSameAs(edited);
            assertThat(session.state()).isEqualTo(before.withPath(edited)).isEqualTo(fixture.reload());
            assertThat(session.state().changeSince(before)).hasValueSatisfying(change -> assertThat(change.content()).isTrue());
            assertThat(session.state().statusOf(LEARN_SQL)).isEqualTo(ItemStatus.DONE);
        }
    }

    @Test
    void anEditThatComesBackAfterAnotherChangeWasShownKeepsThatChange() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir, store)) {
            PathSession session = fixture.session;

            // Both asked for before either is shown: the edit's store job made its state from one without the tick.
            session.setStatus(LEARN_SQL, ItemStatus.DONE);
            session.edit(renaming(LEARN_SQL, "Learn SQL well"));
            store.runAll();

            assertThat(session.state().statusOf(LEARN_SQL)).isEqualTo(ItemStatus.DONE);
            assertThat(session.state().shape().item(LEARN_SQL).orElseThrow().title()).isEqualTo("Learn SQL well");
            assertThat(session.state()).isEqualTo(fixture.reload());
        }
    }

    private static PathChange renaming(String itemId, String title) {
        return new PathChange(ActivityKind.ITEM_EDITED, itemId, "Renamed",
                path -> PathEdits.updateItem(path, itemId, item -> item.withTitle(title)));
    }
}
