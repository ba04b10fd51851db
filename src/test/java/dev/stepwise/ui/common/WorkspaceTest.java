package dev.stepwise.ui.common;

import dev.stepwise.domain.DataFileRefusedStep;
import dev.stepwise.store.Probe;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Preferences;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.FakeScheduler;
import dev.stepwise.ui.ViewModelFixture.ManualExecutorService;
import dev.stepwise.ui.checklist.ChecklistViewModel;
import dev.stepwise.ui.shell.MainViewModel;
import java.lang.ref.WeakReference;
import java.nio.file.Path;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several paths side by side: switching, creating, forking and deleting, and that views follow without leaking. */
class WorkspaceTest {
    @TempDir
    Path tempDir;

    private static String ownPath(ViewModelFixture fixture, String title) {
        return fixture.stepwise.workspace().create(title).id();
    }

    @Test
    void switchingShowsTheOtherPathAndRemembersTheChoice() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            String other = ownPath(fixture, "Data Engineer");
            Workspace workspace = fixture.newWorkspace(fixture.session);

            workspace.switchTo(other);

            assertThat(fixture.session.pathId()).isEqualTo(other);
            assertThat(fixture.session.state().path().title()).isEqualTo("Data Engineer");
            assertThat(fixture.stepwise.preferences().currentPath()).contains(other);
            assertThat(fixture.errors).isEmpty();
        }
    }

    @Test
    void aPathSwitchStillShowsTheOtherPathWhenTheChoiceCannotBeRemembered() throws SQLException {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            String other = ownPath(fixture, "Data Engineer");
            Workspace workspace = fixture.newWorkspace(fixture.session);
            // Another program holds the file for writing (reading goes on): remembering the choice waits, then fails.
            try (Connection holder = Probe.connect(fixture.stepwise.databaseFile()); Statement statement = holder.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("DELETE FROM preference WHERE key = 'no such key'");

                workspace.switchTo(other);

                statement.execute("ROLLBACK");
            }
            assertThat(fixture.session.state().path().title()).isEqualTo("Data Engineer");
            assertThat(fixture.errors).singleElement().isInstanceOf(PlaceNotRemembered.class)
                    .extracting(Throwable::getCause).isInstanceOf(DataFileRefusedStep.class);
        }
    }

    @Test
    void aSaveThatCommitsAfterASwitchStaysOnItsOwnPathAndIsNotShownOnTheOther() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir, store)) {
            String other = ownPath(fixture, "Data Engineer");
            Workspace workspace = fixture.newWorkspace(fixture.session);

            fixture.session.setStatus(LEARN_SQL, ItemStatus.DONE);
            workspace.switchTo(other);
            store.runAll();

            assertThat(fixture.session.pathId()).isEqualTo(other);
            assertThat(fixture.session.state().items()).isEmpty();
            assertThat(fixture.stepwise.progress().load(FixturePath.ID).statusOf(LEARN_SQL)).isEqualTo(ItemStatus.DONE);
        }
    }

    @Test
    void aNoteStillBeingTypedIsSavedToThePathItWasTypedIn() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            String other = ownPath(fixture, "Data Engineer");
            Workspace workspace = fixture.newWorkspace(fixture.session);
            MainViewModel main = new MainViewModel(workspace, Preferences.DEFAULTS, "x.db", new FakeScheduler());
            ChecklistViewModel checklist = main.checklist();
            checklist.selectedItemIdProperty().set(LEARN_LANGUAGE);
            checklist.noteProperty().set("half way through the Java book");

            workspace.switchTo(other);

            assertThat(fixture.stepwise.progress().load(FixturePath.ID).progressOf(LEARN_LANGUAGE).note())
                    .isEqualTo("half way through the Java book");
            assertThat(checklist.selectedItemIdProperty().get()).as("nothing of the old path stays selected").isNull();
            assertThat(checklist.noteProperty().get()).isEmpty();
        }
    }

    @Test
    void creatingAPathListsItAndOpensIt() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            Workspace workspace = fixture.workspace;

            workspace.create("  Cloud Engineer ");

            assertThat(workspace.paths()).extracting(PathSummary::title).containsExactly(FixturePath.TITLE, "Cloud Engineer");
            assertThat(workspace.paths().get(1).origin()).isEqualTo(PathOrigin.OWN);
            assertThat(fixture.session.pathId()).isEqualTo("cloud-engineer");
            assertThat(fixture.session.state().path().sections()).singleElement()
                    .satisfies(section -> assertThat(section.items()).isEmpty());
        }
    }

    @Test
    void forkingWithProgressCarriesItAndTheCopyIsIndependent() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            Workspace workspace = fixture.workspace;
            fixture.session.setStatus(LEARN_SQL, ItemStatus.DONE);

            workspace.forkCurrent("My backend path", true);
            fixture.session.setStatus(CS_DEGREE, ItemStatus.SKIPPED);

            assertThat(fixture.session.pathId()).isEqualTo("my-backend-path");
            assertThat(fixture.session.state().statusOf(LEARN_SQL)).isEqualTo(ItemStatus.DONE);
            assertThat(fixture.stepwise.progress().load(FixturePath.ID).statusOf(CS_DEGREE)).isEqualTo(ItemStatus.NOT_STARTED);
            assertThat(workspace.paths()).extracting(PathSummary::title).containsExactly(FixturePath.TITLE, "My backend path");
            assertThat(workspace.paths().get(1).progress().summary()).isEqualTo("1 of 7 done · 1 skipped");
        }
    }

    @Test
    void forkingWithoutProgressStartsFresh() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            fixture.session.setStatus(LEARN_SQL, ItemStatus.DONE);

            fixture.workspace.forkCurrent("Fresh start", false);

            assertThat(fixture.session.pathId()).isEqualTo("fresh-start");
            assertThat(fixture.session.state().items()).isEmpty();
            assertThat(fixture.session.state().path().sections()).isEqualTo(FixturePath.path().sections());
        }
    }

    @Test
    void renamingTheCurrentPathUpdatesTheListAndTheState() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            fixture.workspace.renameCurrent("Backend, my way");

            assertThat(fixture.session.state().path().title()).isEqualTo("Backend, my way");
            assertThat(fixture.workspace.paths()).extracting(PathSummary::title).containsExactly("Backend, my way");
            assertThat(fixture.reload().path().title()).isEqualTo("Backend, my way");
        }
    }

    @Test
    void deletingTheCurrentPathOpensTheOneBeforeIt() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            Workspace workspace = fixture.workspace;
            workspace.create("Short-lived");
            assertThat(fixture.session.pathId()).isEqualTo("short-lived");

            workspace.deleteCurrent();

            assertThat(fixture.session.pathId()).isEqualTo(FixturePath.ID);
            assertThat(workspace.paths()).extracting(PathSummary::id).containsExactly(FixturePath.ID);
            assertThat(fixture.stepwise.workspace().summaries()).extracting(PathSummary::id).containsExactly(FixturePath.ID);
            assertThatThrownBy(workspace::deleteCurrent).as("the last path stays").isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void switchingAHundredTimesAddsNoListener() {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            String other = ownPath(fixture, "Data Engineer");
            Workspace workspace = fixture.newWorkspace(fixture.session);
            MainViewModel main = new MainViewModel(workspace, Preferences.DEFAULTS, "x.db", new FakeScheduler());
            int[] rebuilds = {0};
            main.checklist().rows().addListener((ListChangeListener<Object>) change -> rebuilds[0]++);
            int[] summaries = {0};
            main.overview().summaryProperty().addListener((obs, old, summary) -> summaries[0]++);

            for (int i = 0; i < 100; i++) {
                workspace.switchTo(i % 2 == 0 ? other : FixturePath.ID);
            }
            assertThat(fixture.session.pathId()).isEqualTo(FixturePath.ID);
            rebuilds[0] = 0;
            summaries[0] = 0;

            fixture.session.setStatus(LEARN_SQL, ItemStatus.DONE);

            // One replacement for the item's row and one for its section's heading: once per change, not per switch.
            assertThat(rebuilds[0]).as("the checklist updates its rows once per change, not once per switch").isEqualTo(2);
            assertThat(summaries[0]).as("the overview recomputes once").isEqualTo(1);
            assertThat(workspace.paths()).hasSize(2);
        }
    }

    @Test
    void aDisposedMainViewModelIsNoLongerHeldByTheSession() throws InterruptedException {
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            WeakReference<MainViewModel> gone = disposedViewModel(fixture);

            for (int i = 0; i < 20 && gone.get() != null; i++) {
                System.gc();
                Thread.sleep(20);
            }

            assertThat(gone.get()).as("the session and workspace keep no listener of a disposed view model").isNull();
            fixture.session.setStatus(LEARN_SQL, ItemStatus.DONE);
            assertThat(fixture.errors).isEmpty();
        }
    }

    /** Built and disposed in its own frame, so the test itself holds no strong reference. */
    private static WeakReference<MainViewModel> disposedViewModel(ViewModelFixture fixture) {
        MainViewModel main = new MainViewModel(fixture.workspace, Preferences.DEFAULTS, "x.db", new FakeScheduler());
        main.checklist().selectedItemIdProperty().set(LEARN_SQL);
        main.matrix().selectedSkillIdProperty().set(FixturePath.DATABASES.id());
        main.dispose();
        return new WeakReference<>(main);
    }

    @Test
    void withoutDisposingTheViewModelWouldStayReachable() throws InterruptedException {
        // The counterpart of the test above: proves the weak-reference check can fail.
        try (ViewModelFixture fixture = ViewModelFixture.open(tempDir)) {
            MainViewModel kept = new MainViewModel(fixture.workspace, Preferences.DEFAULTS, "x.db", new FakeScheduler());
            WeakReference<MainViewModel> reference = new WeakReference<>(kept);
            kept = null;
            System.gc();
            Thread.sleep(20);
            System.gc();

            assertThat(reference.get()).as("an undisposed view model is still listened to by the session").isNotNull();
        }
    }
}
