package dev.stepwise.ui.overview;

import static dev.stepwise.fixtures.FixturePath.COMMUNICATION;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DATABASES;
import static dev.stepwise.fixtures.FixturePath.DEPLOYMENT;
import static dev.stepwise.fixtures.FixturePath.LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static dev.stepwise.fixtures.FixturePath.PROBLEM_SOLVING;
import static dev.stepwise.fixtures.FixturePath.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.DueSoon;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.overview.OverviewSummary.SectionProgress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview view model over the real services and a real SQLite file, without a JavaFX toolkit. */
class OverviewViewModelTest {
    private static final List<String> STEPS = FixturePath.STEP_IDS;

    @TempDir
    Path tempDir;

    ViewModelFixture fixture;
    final List<String> openedItems = new ArrayList<>();
    final List<String> openedSkills = new ArrayList<>();
    OverviewViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        viewModel = new OverviewViewModel(fixture.session, openedItems::add, openedSkills::add);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theMaintainedGapsAndTargetsEqualAFreshSummaryAfterEveryKindOfChange() {
        List<Runnable> changes = List.of(
                () -> fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.DONE),
                () -> fixture.session.rate(FixturePath.LANGUAGE.id(), Level.INDEPENDENT, ""),
                () -> fixture.session.setTarget(FixturePath.DATABASES.id(), Level.TEACHES),
                () -> fixture.session.setStatus(FixturePath.LEARN_SQL, ItemStatus.SKIPPED),
                () -> fixture.session.rate(FixturePath.DATABASES.id(), Level.TEACHES, ""),
                () -> fixture.session.setTarget(FixturePath.LANGUAGE.id(), Level.AWARE),
                () -> fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.NOT_STARTED));
        for (Runnable change : changes) {
            change.run();
            OverviewSummary fresh = OverviewViewModel.summarise(fixture.session.state());
            assertThat(summary().largestGaps()).isEqualTo(fresh.largestGaps());
            assertThat(summary().skillsAtTarget()).isEqualTo(fresh.skillsAtTarget());
            assertThat(summary()).isEqualTo(fresh);
        }
        // The fresh summary is the plain scan the overview used before it kept its figures up to date.
        assertThat(summary().largestGaps()).isEqualTo(fixture.session.state().largestGaps(OverviewViewModel.GAPS_SHOWN));
        assertThat(summary().skillsAtTarget()).isEqualTo(
                (int) fixture.session.state().standings().stream().filter(SkillStanding::targetMet).count());
    }

    private OverviewSummary summary() {
        return viewModel.summaryProperty().get();
    }

    private List<Skill> gapSkills() {
        return summary().largestGaps().stream().map(SkillStanding::skill).toList();
    }

    private List<String> sectionSummaries() {
        return summary().sections().stream()
                .map(section -> section.section().title() + ": " + section.progress().summary()).toList();
    }

    @Test
    void aFreshPathHasNothingDone() {
        assertThat(summary().path().id()).isEqualTo(FixturePath.ID);
        assertThat(summary().overall().summary()).isEqualTo("0 of 8 done");
        assertThat(sectionSummaries()).containsExactly("Steps: 0 of 4 done", "Background: 0 of 2 done",
                "Practice: 0 of 2 done");
        assertThat(summary().nextStep()).hasValueSatisfying(item -> assertThat(item.id()).isEqualTo(STEPS.get(0)));
        assertThat(summary().skillsAtTarget()).isZero();
    }

    @Test
    void progressFollowsTheSharedState() {
        fixture.session.setStatus(LEARN_LANGUAGE, ItemStatus.DONE);
        fixture.session.setStatus(PRACTICE_DEBUGGING, ItemStatus.DONE);
        fixture.session.setStatus(CS_DEGREE, ItemStatus.SKIPPED);

        assertThat(summary().overall().summary()).isEqualTo("2 of 7 done · 1 skipped");
        assertThat(summary().overall().percent()).isEqualTo(28);
        assertThat(summary().sections()).extracting(SectionProgress::progress)
                .extracting(progress -> progress.summary())
                .containsExactly("1 of 4 done", "0 of 1 done · 1 skipped", "1 of 2 done");
    }

    @Test
    void theNextStepMovesOnOnceTheFirstIsDone() {
        fixture.session.setStatus(STEPS.get(0), ItemStatus.DONE);

        assertThat(summary().nextStep()).hasValueSatisfying(item -> assertThat(item.id()).isEqualTo(STEPS.get(1)));
    }

    @Test
    void aStepBeingLearnedComesBeforeAnEarlierUntouchedOne() {
        fixture.session.setStatus(STEPS.get(3), ItemStatus.LEARNING);

        assertThat(summary().nextStep()).hasValueSatisfying(item -> assertThat(item.id()).isEqualTo(STEPS.get(3)));
    }

    @Test
    void continueWithNextStepOpensTheNextStep() {
        viewModel.continueWithNextStep();
        fixture.session.setStatus(STEPS.get(0), ItemStatus.DONE);
        viewModel.continueWithNextStep();

        assertThat(openedItems).containsExactly(STEPS.get(0), STEPS.get(1));
        assertThat(openedSkills).isEmpty();
    }

    @Test
    void continueWithNextStepDoesNothingWhenEveryStepIsDealtWith() {
        STEPS.forEach(step -> fixture.session.setStatus(step, ItemStatus.DONE));
        fixture.session.setStatus(STEPS.get(3), ItemStatus.SKIPPED);

        viewModel.continueWithNextStep();

        assertThat(summary().nextStep()).isEmpty();
        assertThat(openedItems).isEmpty();
        assertThat(sectionSummaries().get(0)).isEqualTo("Steps: 3 of 3 done · 1 skipped");
    }

    @Test
    void largestGapsAreTheThreeLargestInPathOrderOnTies() {
        // Nothing rated: four skills share the largest gap (3); the first three of the path are shown.
        assertThat(gapSkills()).containsExactly(LANGUAGE, DATABASES, SECURITY);
        assertThat(summary().largestGaps()).extracting(SkillStanding::gap).containsExactly(3, 3, 3);
    }

    @Test
    void largestGapsChangeAfterARatingOrATarget() {
        fixture.session.rate(LANGUAGE.id(), Level.INDEPENDENT, "");
        assertThat(gapSkills()).containsExactly(DATABASES, SECURITY, PROBLEM_SOLVING);

        fixture.session.setTarget(DEPLOYMENT.id(), Level.TEACHES); // gap 4 now, the largest
        assertThat(gapSkills()).containsExactly(DEPLOYMENT, DATABASES, SECURITY);
        assertThat(summary().largestGaps()).extracting(SkillStanding::gap).containsExactly(4, 3, 3);

        fixture.session.rate(DATABASES.id(), Level.AWARE, ""); // gap 2: drops below the other 3s
        assertThat(gapSkills()).containsExactly(DEPLOYMENT, SECURITY, PROBLEM_SOLVING);
    }

    @Test
    void skillsAtTargetCountsMetTargets() {
        fixture.session.rate(LANGUAGE.id(), Level.INDEPENDENT, "");
        fixture.session.rate(COMMUNICATION.id(), Level.TEACHES, "");

        assertThat(summary().skillsAtTarget()).isEqualTo(2);
    }

    @Test
    void openSkillHandsTheSkillToTheMatrix() {
        viewModel.openSkill(DATABASES.id());

        assertThat(openedSkills).containsExactly(DATABASES.id());
        assertThat(openedItems).isEmpty();
    }

    @Test
    void answeringASelfCheckIsSavedAndCounted() {
        String first = summary().path().selfChecks().get(0).id();
        String second = summary().path().selfChecks().get(1).id();
        assertThat(summary().selfCheckSummary()).startsWith("Answer for yourself");

        viewModel.answerSelfCheck(first, SelfCheckAnswer.AGREE);
        viewModel.answerSelfCheck(second, SelfCheckAnswer.DISAGREE);

        assertThat(summary().selfCheckAnswers())
                .containsEntry(first, SelfCheckAnswer.AGREE)
                .containsEntry(second, SelfCheckAnswer.DISAGREE);
        assertThat(summary().selfCheckSummary()).isEqualTo("You agree with 1 of 3 statements.");
        assertThat(fixture.reload().answerTo(first)).contains(SelfCheckAnswer.AGREE);
    }

    @Test
    void editingTheDetailsSavesThemAsOneChangeAndTheOverviewFollows() {
        viewModel.answerSelfCheck("likes-puzzles", SelfCheckAnswer.AGREE);
        viewModel.answerSelfCheck("likes-data", SelfCheckAnswer.AGREE);
        assertThat(summary().selfCheckSummary()).isEqualTo("You agree with 2 of 3 statements.");

        viewModel.editDetails("Backend, my way", "Servers and data", "First paragraph.\n\nSecond paragraph.",
                List.of("Healthcare", "Retail"), List.of(new SelfCheck("likes-data", "I would rather shape data than pixels."),
                        new SelfCheck("likes-teaching", "I like explaining how things work.")));

        assertThat(summary().path().selfChecks()).extracting(SelfCheck::statement)
                .containsExactly("I would rather shape data than pixels.", "I like explaining how things work.");
        assertThat(summary().selfCheckAnswers()).as("the edited statement keeps its answer, the removed one's goes")
                .containsOnly(Map.entry("likes-data", SelfCheckAnswer.AGREE));
        assertThat(summary().selfCheckSummary()).isEqualTo("You agree with 1 of 2 statements.");
        assertThat(fixture.reload().selfCheckAnswers()).containsOnly(Map.entry("likes-data", SelfCheckAnswer.AGREE));

        assertThat(summary().path().title()).isEqualTo("Backend, my way");
        assertThat(summary().path().industries()).containsExactly("Healthcare", "Retail");
        assertThat(fixture.reload().path().industries()).containsExactly("Healthcare", "Retail");
        assertThat(summary().path().tagline()).isEqualTo("Servers and data");
        assertThat(fixture.reload().path().overview()).isEqualTo("First paragraph.\n\nSecond paragraph.");
        assertThat(fixture.activityCount(ActivityKind.PATH_EDITED, FixturePath.ID)).isEqualTo(1);
    }

    /** A tick elsewhere must not walk every dated item again; a tick on a dated item must move the list. */
    @Test
    void theDueSoonListIsMadeAgainOnlyWhenADatedItemChanges() {
        LocalDate today = fixture.session.today();
        Milestone week = new Milestone("week-1", "Week 1", today.plusDays(3), List.of(FixturePath.LEARN_SQL, FixturePath.LEARN_LANGUAGE));
        fixture.session.edit(new PathChange(ActivityKind.MILESTONE_ADDED, week.id(), "Milestone added",
                path -> MilestoneEdits.addMilestone(path, week)));
        DueSoon before = viewModel.summaryProperty().get().dueSoon();
        assertThat(before.first()).singleElement().satisfies(entry -> assertThat(entry.left()).isEqualTo(2));

        fixture.session.setStatus(FixturePath.CS_DEGREE, ItemStatus.DONE);
        assertThat(viewModel.summaryProperty().get().dueSoon()).as("an undated item: the list is kept").isSameAs(before);

        fixture.session.setStatus(FixturePath.LEARN_SQL, ItemStatus.DONE);
        assertThat(viewModel.summaryProperty().get().dueSoon().first()).singleElement()
                .satisfies(entry -> assertThat(entry.left()).isEqualTo(1));
    }
}
