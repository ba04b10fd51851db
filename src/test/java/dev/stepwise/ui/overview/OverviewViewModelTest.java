package dev.stepwise.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.overview.OverviewSummary.SectionProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The overview view model over the real services and a real SQLite file, without a JavaFX toolkit. */
class OverviewViewModelTest {
    private static final List<String> STEPS = List.of("learn-backend-language", "understand-the-web",
            "learn-sql-databases", "build-api-projects", "study-auth-security", "deploy-to-cloud",
            "grow-complex-projects");

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

    private OverviewSummary summary() {
        return viewModel.summaryProperty().get();
    }

    private List<String> gapIds() {
        return summary().largestGaps().stream().map(standing -> standing.skill().id()).toList();
    }

    private List<String> sectionSummaries() {
        return summary().sections().stream()
                .map(section -> section.section().title() + ": " + section.progress().summary()).toList();
    }

    @Test
    void aFreshPathHasNothingDone() {
        assertThat(summary().path().id()).isEqualTo(ViewModelFixture.PATH_ID);
        assertThat(summary().overall().summary()).isEqualTo("0 of 17 done");
        assertThat(sectionSummaries()).containsExactly("Steps: 0 of 7 done", "Background: 0 of 3 done",
                "Practice: 0 of 7 done");
        assertThat(summary().nextStep()).hasValueSatisfying(item -> assertThat(item.id()).isEqualTo(STEPS.get(0)));
        assertThat(summary().skillsAtTarget()).isZero();
    }

    @Test
    void progressFollowsTheSharedState() {
        fixture.session.setStatus("learn-backend-language", ItemStatus.DONE);
        fixture.session.setStatus("practice-debugging", ItemStatus.DONE);
        fixture.session.setStatus("cs-degree", ItemStatus.SKIPPED);

        assertThat(summary().overall().summary()).isEqualTo("2 of 16 done · 1 skipped");
        assertThat(summary().overall().percent()).isEqualTo(12);
        assertThat(summary().sections()).extracting(SectionProgress::progress)
                .extracting(progress -> progress.summary())
                .containsExactly("1 of 7 done", "0 of 2 done · 1 skipped", "1 of 7 done");
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
        fixture.session.setStatus(STEPS.get(6), ItemStatus.SKIPPED);

        viewModel.continueWithNextStep();

        assertThat(summary().nextStep()).isEmpty();
        assertThat(openedItems).isEmpty();
        assertThat(sectionSummaries().get(0)).isEqualTo("Steps: 6 of 6 done · 1 skipped");
    }

    @Test
    void largestGapsAreTheThreeLargestInPathOrderOnTies() {
        // Nothing rated: eight skills share the largest gap (3); the first three of the path are shown.
        assertThat(gapIds()).containsExactly("backend-language", "api-design", "databases");
        assertThat(summary().largestGaps()).extracting(SkillStanding::gap).containsExactly(3, 3, 3);
    }

    @Test
    void largestGapsChangeAfterARatingOrATarget() {
        fixture.session.rate("backend-language", Level.INDEPENDENT, "");
        assertThat(gapIds()).containsExactly("api-design", "databases", "security");

        fixture.session.setTarget("deployment", Level.TEACHES); // gap 4 now, the largest
        assertThat(gapIds()).containsExactly("deployment", "api-design", "databases");
        assertThat(summary().largestGaps()).extracting(SkillStanding::gap).containsExactly(4, 3, 3);

        fixture.session.rate("api-design", Level.AWARE, ""); // gap 2: drops below the other 3s
        assertThat(gapIds()).containsExactly("deployment", "databases", "security");
    }

    @Test
    void skillsAtTargetCountsMetTargets() {
        fixture.session.rate("backend-language", Level.INDEPENDENT, "");
        fixture.session.rate("communication", Level.TEACHES, "");

        assertThat(summary().skillsAtTarget()).isEqualTo(2);
    }

    @Test
    void openSkillHandsTheSkillToTheMatrix() {
        viewModel.openSkill("databases");

        assertThat(openedSkills).containsExactly("databases");
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
        assertThat(summary().selfCheckSummary()).isEqualTo("You agree with 1 of 5 statements.");
        assertThat(fixture.reload().answerTo(first)).contains(SelfCheckAnswer.AGREE);
    }
}
