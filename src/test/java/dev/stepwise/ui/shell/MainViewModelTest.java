package dev.stepwise.ui.shell;

import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DATABASES;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Preferences;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.ManualExecutorService;
import dev.stepwise.ui.ViewModelFixture.FakeScheduler;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PathSession;
import dev.stepwise.ui.common.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main window's state: the status bar's saving / saved / error text and the progress text. Saves are held in a
 * {@link ManualExecutorService} so a test can look at the status bar while a save is still on its way.
 */
class MainViewModelTest {
    private static final String IDLE = "All changes are saved on this computer";

    @TempDir
    Path tempDir;

    final ManualExecutorService store = new ManualExecutorService();
    final FakeScheduler scheduler = new FakeScheduler();
    ViewModelFixture fixture;
    PathSession session;
    Workspace workspace;
    MainViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir, store);
        // Wired as the application does: a failed save is reported in the status bar.
        session = new PathSession(fixture.reload(), fixture.stepwise.progress(), fixture.stepwise.content(),
                fixture.background, error -> viewModel.reportError("Not saved: " + error.getMessage()));
        workspace = fixture.newWorkspace(session);
        viewModel = new MainViewModel(workspace, Preferences.DEFAULTS, "/data/stepwise.db", scheduler);
        // What the window reads when it opens (the overview's history) is read before the tests' own jobs are queued.
        store.runAll();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private String status() {
        return viewModel.statusProperty().get();
    }

    /** The status bar says the last change is saved and names it (its exact wording is the session's business). */
    private void assertSavedMessageNaming(String change) {
        String lastSaved = session.lastSavedProperty().get();
        assertThat(lastSaved).containsIgnoringCase(change);
        assertThat(status()).isNotEqualTo("Saving…").isNotEqualTo(IDLE).containsIgnoringCase("saved").contains(lastSaved);
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void startsIdleOnTheOverview() {
        assertThat(status()).isEqualTo(IDLE);
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("0 of 8 done");
        assertThat(viewModel.overallFraction()).isZero();
        assertThat(viewModel.pageProperty().get()).isEqualTo(Page.OVERVIEW);
        assertThat(viewModel.darkThemeProperty().get()).isFalse();
        assertThat(viewModel.pathTitle()).isEqualTo(FixturePath.TITLE);
        assertThat(viewModel.databaseFile()).isEqualTo("/data/stepwise.db");
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void theThemeStartsFromThePreferences() {
        MainViewModel dark = new MainViewModel(workspace, new Preferences(true, Optional.empty()), "x.db", new FakeScheduler());

        assertThat(dark.darkThemeProperty().get()).isTrue();
    }

    @Test
    void saysSavingWhileAJobIsPendingAndWhatWasSavedAfterwards() {
        session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);

        assertThat(fixture.background.pendingProperty().get()).isEqualTo(1);
        assertThat(status()).isEqualTo("Saving…");
        // The state (and so the progress text) changes only after the commit.
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("0 of 8 done");

        store.runAll();

        assertThat(fixture.background.pendingProperty().get()).isZero();
        assertSavedMessageNaming("done");
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("1 of 8 done");
    }

    @Test
    void aStatusTheItemAlreadyHasIsReportedAsNothingToChangeNotAsSaved() {
        session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);
        store.runAll();

        session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);
        store.runAll();

        assertThat(status()).isEqualTo(Messages.tr("status.already.DONE")).doesNotContainIgnoringCase("saved");
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("1 of 8 done");
    }

    @Test
    void keepsSayingSavingUntilTheLastJobIsBack() {
        session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);
        session.rate(DATABASES.id(), Level.GUIDED, "");

        store.runNext();
        assertThat(status()).isEqualTo("Saving…");

        store.runNext();
        assertSavedMessageNaming("2 Guided");
    }

    @Test
    void aFailedSaveIsShownUntilTheNextSuccessfulSaveClearsIt() {
        session.rate("nope", Level.AWARE, "");
        store.runAll();

        assertThat(viewModel.errorProperty().get()).startsWith("Not saved: ").contains("nope");
        assertThat(status()).isEqualTo(viewModel.errorProperty().get());

        // The error stays visible over "Saving…" while the next save is under way …
        session.setTarget(DATABASES.id(), Level.TEACHES);
        assertThat(status()).startsWith("Not saved: ");

        // … and the commit clears it.
        store.runAll();
        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertSavedMessageNaming("4 Teaches");
    }

    @Test
    void aSuccessfulSaveThatChangesNothingStillClearsTheError() {
        session.rate("nope", Level.AWARE, "");
        store.runAll();
        assertThat(viewModel.errorProperty().get()).startsWith("Not saved: ");

        // Setting the status an item already has commits nothing new, but proves the store works again.
        session.setStatus(CS_DEGREE, ItemStatus.NOT_STARTED);
        store.runAll();

        assertThat(viewModel.errorProperty().get()).isEmpty();
        assertThat(status()).doesNotStartWith("Not saved");
    }

    @Test
    void aReportedErrorStaysThroughAnotherFailure() {
        viewModel.reportError("Not saved: the disk is full");

        session.setStatus("no-such-item", ItemStatus.DONE);
        store.runAll();

        assertThat(status()).startsWith("Not saved: ").contains("no-such-item");
        assertThat(viewModel.progressTextProperty().get()).isEqualTo("0 of 8 done");
    }

    @Test
    void clearErrorReturnsToTheSavedMessage() {
        session.setStatus(CS_DEGREE, ItemStatus.SKIPPED);
        store.runAll();
        viewModel.reportError("Not saved: locked");
        assertThat(status()).isEqualTo("Not saved: locked");

        viewModel.clearError();

        assertSavedMessageNaming("skipped");
    }

    @Test
    void theProgressTextFollowsTheState() {
        session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);
        session.setStatus(CS_DEGREE, ItemStatus.SKIPPED);
        session.setStatus(PRACTICE_DEBUGGING, ItemStatus.LEARNING);
        store.runAll();

        assertThat(viewModel.progressTextProperty().get()).isEqualTo("1 of 7 done · 1 skipped");
        assertThat(viewModel.overallFraction()).isEqualTo(1.0 / 7);

        session.setStatus(LEARN_LANGUAGE, ItemStatus.NOT_STARTED);
        store.runAll();

        assertThat(viewModel.progressTextProperty().get()).isEqualTo("0 of 7 done · 1 skipped");
        assertSavedMessageNaming("not started");
    }

    @Test
    void openingAnItemShowsTheChecklistWithTheItemSelectedAndNoFilterHidingIt() {
        viewModel.checklist().searchProperty().set("no such words");

        viewModel.openItem(CS_DEGREE);

        assertThat(viewModel.pageProperty().get()).isEqualTo(Page.CHECKLIST);
        assertThat(viewModel.checklist().selectedItemIdProperty().get()).isEqualTo(CS_DEGREE);
        assertThat(viewModel.checklist().searchProperty().get()).isEmpty();
        assertThat(viewModel.checklist().detailProperty().get().item().id()).isEqualTo(CS_DEGREE);
    }

    @Test
    void theOverviewsLinksGoThroughTheMainViewModel() {
        viewModel.overview().continueWithNextStep();
        assertThat(viewModel.pageProperty().get()).isEqualTo(Page.CHECKLIST);
        assertThat(viewModel.checklist().selectedItemIdProperty().get()).isEqualTo(LEARN_LANGUAGE);

        viewModel.overview().openSkill(DATABASES.id());
        assertThat(viewModel.pageProperty().get()).isEqualTo(Page.SKILLS);
        assertThat(viewModel.matrix().selectedSkillIdProperty().get()).isEqualTo(DATABASES.id());
    }

    @Test
    void theWindowTitleNamesThePageAndThePathAndFollowsBoth() {
        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("Overview — " + FixturePath.TITLE + " — Stepwise");

        viewModel.pageProperty().set(Page.SKILLS);
        workspace.renameCurrent("Backend, my way");
        store.runAll();

        assertThat(viewModel.windowTitleProperty().get()).isEqualTo("Skills matrix — Backend, my way — Stepwise");
        assertThat(viewModel.pathTitleProperty().get()).isEqualTo("Backend, my way");
    }

    @Test
    void aTickThatRaisesASuggestionToGuidedIsAnnouncedOnceWithItsSkill() {
        List<SkillSuggestion> told = new ArrayList<>();
        viewModel.suggestionProperty().subscribe((old, suggestion) -> {
            if (suggestion != null) {
                told.add(suggestion);
            }
        });

        session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);
        store.runAll();
        assertThat(told).as("one of three items done only suggests Aware: not worth a notice").isEmpty();

        session.setStatus(FixturePath.DEPLOY, ItemStatus.DONE);
        store.runAll();
        assertThat(told).singleElement().satisfies(suggestion -> {
            assertThat(suggestion.skillId()).isEqualTo(FixturePath.DEPLOYMENT.id());
            assertThat(suggestion.suggested()).isEqualTo(Level.GUIDED);
            assertThat(suggestion.text()).contains(FixturePath.DEPLOYMENT.name());
        });
    }

    @Test
    void switchingPathsIsNeverAnnouncedAsASuggestion() {
        session.setStatus(FixturePath.DEPLOY, ItemStatus.DONE);
        store.runAll();
        String other = fixture.stepwise.workspace().create("Empty").id();
        List<SkillSuggestion> told = new ArrayList<>();
        viewModel.suggestionProperty().subscribe((old, suggestion) -> told.add(suggestion));

        workspace.switchTo(other);
        store.runAll();
        workspace.switchTo(FixturePath.ID);
        store.runAll();

        assertThat(told).isEmpty();
        assertThat(session.pathId()).isEqualTo(FixturePath.ID);
    }

    @Test
    void thePageIsRestoredByNameAndAnUnknownNameIsIgnored() {
        viewModel.restorePage("SKILLS");
        assertThat(viewModel.pageProperty().get()).isEqualTo(Page.SKILLS);

        viewModel.restorePage("HEATMAP-9000");
        assertThat(viewModel.pageProperty().get()).isEqualTo(Page.SKILLS);
    }

    private List<ViewModelFixture.Scheduled> noticeTimers() {
        return scheduler.pending().stream().filter(timer -> timer.delay().equals(StatusLine.NOTICE_SHOWN_FOR)).toList();
    }

    @Test
    void theSavedMessageClearsItselfAfterAFewSecondsAndANewerOneRestartsTheClock() {
        session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);
        store.runAll();
        assertSavedMessageNaming("done");
        assertThat(noticeTimers()).hasSize(1);

        session.setStatus(CS_DEGREE, ItemStatus.SKIPPED);
        store.runAll();
        assertThat(noticeTimers()).as("the first message's timer was cancelled").hasSize(1);
        assertSavedMessageNaming("skipped");

        scheduler.runPending();

        assertThat(status()).isEqualTo(IDLE);
    }

    @Test
    void finishedWorkThatSavesNoProgressIsToldAgainEachTime() {
        session.reportDone("Exported the path to a.json");
        assertThat(status()).isEqualTo("Saved · Exported the path to a.json");
        scheduler.runPending();
        assertThat(status()).isEqualTo(IDLE);

        session.reportDone("Exported the path to a.json");

        assertThat(status()).isEqualTo("Saved · Exported the path to a.json");
    }

    @Test
    void anErrorClearsItselfAfterAWhile() {
        viewModel.reportError("Not saved: the disk is full");
        assertThat(status()).isEqualTo("Not saved: the disk is full");

        scheduler.runPending();

        assertThat(status()).isEqualTo(IDLE);
        assertThat(viewModel.errorProperty().get()).isEmpty();
    }

    @Test
    void aNewerErrorIsShownForItsFullTime() {
        viewModel.reportError("Not saved: first");
        viewModel.reportError("Could not open “https://x.org/”: no browser");

        // The first error's timer is cancelled: one is left for the newer error (besides the watch on the day).
        assertThat(scheduler.pending()).filteredOn(timer -> timer.delay().equals(StatusLine.ERROR_SHOWN_FOR)).hasSize(1);
        assertThat(scheduler.all()).filteredOn(timer -> timer.delay().equals(StatusLine.ERROR_SHOWN_FOR))
                .filteredOn(ViewModelFixture.Scheduled::isCancelled).hasSize(1);
        assertThat(status()).startsWith("Could not open");
        scheduler.runPending();
        assertThat(status()).isEqualTo(IDLE);
    }

    private SkillSuggestion raiseDeploymentSuggestion() {
        session.setStatus(FixturePath.DEPLOY, ItemStatus.DONE);
        store.runAll();
        SkillSuggestion shown = viewModel.suggestionProperty().get();
        assertThat(shown).isNotNull();
        return shown;
    }

    @Test
    void reviewingTheSuggestionOpensItsSkillAndClosesIt() {
        SkillSuggestion shown = raiseDeploymentSuggestion();

        viewModel.reviewSuggestion();

        assertThat(viewModel.suggestionProperty().get()).isNull();
        assertThat(viewModel.pageProperty().get()).isEqualTo(Page.SKILLS);
        assertThat(viewModel.matrix().selectedSkillIdProperty().get()).isEqualTo(shown.skillId());
    }

    @Test
    void theSuggestionGoesByItselfOrWhenDismissed() {
        raiseDeploymentSuggestion();
        scheduler.runPending();
        assertThat(viewModel.suggestionProperty().get()).as("timed out").isNull();

        session.setStatus(FixturePath.DEPLOY, ItemStatus.NOT_STARTED);
        store.runAll();
        raiseDeploymentSuggestion();
        viewModel.dismissSuggestion();

        assertThat(viewModel.suggestionProperty().get()).isNull();
        assertThat(viewModel.pageProperty().get()).isEqualTo(Page.OVERVIEW);
    }
}
