package dev.stepwise.ui.matrix;

import static dev.stepwise.fixtures.FixturePath.API_DESIGN;
import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.COMMUNICATION;
import static dev.stepwise.fixtures.FixturePath.DEPLOY;
import static dev.stepwise.fixtures.FixturePath.LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_MONITORING;
import static dev.stepwise.fixtures.FixturePath.PROBLEM_SOLVING;
import static dev.stepwise.fixtures.FixturePath.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.RatingSession;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.ViewModelFixture.ManualExecutorService;
import dev.stepwise.ui.checklist.ChecklistViewModel;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import dev.stepwise.ui.matrix.SkillDetail.LinkedItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The skills matrix view model over the real services and a real SQLite file, without a JavaFX toolkit. */
class SkillsMatrixViewModelTest {
    /** Target 2; built by exactly two items: deploy-to-cloud and practice-monitoring. */
    private static final String DEPLOYMENT = FixturePath.DEPLOYMENT.id();
    /** Target 3; built by learn-sql, build-api and practice-debugging. */
    private static final String DATABASES = FixturePath.DATABASES.id();

    @TempDir
    Path tempDir;

    ViewModelFixture fixture;
    SkillsMatrixViewModel viewModel;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        viewModel = new SkillsMatrixViewModel(fixture.session);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private SkillStanding row(String skillId) {
        return viewModel.skillRows().stream().filter(row -> row.skillId().equals(skillId)).findFirst().orElseThrow()
                .standing();
    }

    private CategoryRow categoryRow(String category) {
        return viewModel.rows().stream().filter(CategoryRow.class::isInstance).map(CategoryRow.class::cast)
                .filter(row -> row.category().equals(category)).findFirst().orElseThrow();
    }

    private List<Rating> historyOnDisk(String skillId) {
        return fixture.reload().skillProgressOf(skillId).history();
    }

    @Test
    void aTickReplacesOnlyTheRowsOfTheSkillsItBuilds() {
        List<MatrixRow> before = List.copyOf(viewModel.rows());
        List<String> replaced = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<MatrixRow>) change -> {
            while (change.next()) {
                assertThat(change.wasReplaced()).as("only replacements, no rebuild").isTrue();
                change.getAddedSubList().forEach(row -> replaced.add(row instanceof SkillRow skill ? skill.skillId()
                        : "category"));
            }
        });

        // Learning the language item moves its two skills from "not started" to "aware" suggestions.
        fixture.session.setStatus(FixturePath.LEARN_LANGUAGE, ItemStatus.LEARNING);

        assertThat(replaced).containsExactlyInAnyOrder(LANGUAGE.id(), PROBLEM_SOLVING.id());
        for (int i = 0; i < before.size(); i++) {
            MatrixRow row = before.get(i);
            boolean touched = row instanceof SkillRow skill && replaced.contains(skill.skillId());
            if (!touched) {
                assertThat(viewModel.rows().get(i)).isSameAs(row);
            }
        }
    }

    @Test
    void rowsAreGroupedByCategoryInPathOrder() {
        List<MatrixRow> rows = viewModel.rows();

        assertThat(rows).hasSize(1 + 5 + 1 + 2);
        assertThat(rows.get(0)).isEqualTo(new CategoryRow("Technical", 5, 0));
        assertThat(rows.subList(1, 6)).allMatch(SkillRow.class::isInstance);
        assertThat(rows.get(6)).isEqualTo(new CategoryRow("Soft", 2, 0));
        assertThat(rows.subList(7, 9)).allMatch(SkillRow.class::isInstance);
        assertThat(viewModel.skillRows()).extracting(SkillRow::skillId).containsExactly(
                LANGUAGE.id(), DATABASES, API_DESIGN.id(), DEPLOYMENT, SECURITY.id(),
                PROBLEM_SOLVING.id(), COMMUNICATION.id());
        assertThat(viewModel.skillRows()).allSatisfy(row -> assertThat(row.standing().current()).isEqualTo(Level.NOT_YET));
        assertThat(row(DATABASES).gap()).isEqualTo(3);
    }

    @Test
    void rateChangesTheRowAndIsSaved() {
        viewModel.rate(DATABASES, Level.GUIDED);

        SkillStanding standing = row(DATABASES);
        assertThat(standing.current()).isEqualTo(Level.GUIDED);
        assertThat(standing.gap()).isEqualTo(1);
        assertThat(standing.ratingCount()).isEqualTo(1);
        assertThat(historyOnDisk(DATABASES)).extracting(Rating::level).containsExactly(Level.GUIDED);
        assertThat(fixture.reload().skillProgressOf(DATABASES).current()).isEqualTo(Level.GUIDED);
        assertThat(viewModel.standingOf(DATABASES)).map(SkillStanding::current).contains(Level.GUIDED);
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void ratingTheSameLevelAgainIsNoNewRating() {
        viewModel.rate(DATABASES, Level.GUIDED);
        viewModel.rate(DATABASES, Level.GUIDED);
        fixture.clock.skip(RatingSession.LENGTH);
        viewModel.rate(DATABASES, Level.GUIDED);

        assertThat(row(DATABASES).ratingCount()).isEqualTo(1);
        assertThat(historyOnDisk(DATABASES)).extracting(Rating::level).containsExactly(Level.GUIDED);
        assertThat(fixture.activityCount(ActivityKind.SKILL_RATED, DATABASES)).isEqualTo(1);
    }

    @Test
    void evidenceTypedAfterRatingGoesWithThatRating() {
        viewModel.selectedSkillIdProperty().set(DATABASES);
        viewModel.rateSelected(Level.GUIDED);
        viewModel.ratingNoteProperty().set("designed the orders schema");
        // Enter in the evidence field rates the current level with the note.
        viewModel.rateSelected(Level.GUIDED);

        assertThat(historyOnDisk(DATABASES)).extracting(Rating::level, Rating::note)
                .containsExactly(tuple(Level.GUIDED, "designed the orders schema"));
        assertThat(viewModel.ratingNoteProperty().get()).isEmpty();
    }

    @Test
    void theRatingNoteGoesWithTheSelectedSkillsRatingAndIsThenCleared() {
        viewModel.selectedSkillIdProperty().set(DATABASES);
        viewModel.ratingNoteProperty().set("Designed the orders schema alone");

        viewModel.rateSelected(Level.INDEPENDENT);

        assertThat(historyOnDisk(DATABASES)).singleElement().satisfies(rating -> {
            assertThat(rating.level()).isEqualTo(Level.INDEPENDENT);
            assertThat(rating.note()).isEqualTo("Designed the orders schema alone");
        });
        assertThat(viewModel.detailProperty().get().historyNewestFirst()).singleElement()
                .extracting(Rating::note).isEqualTo("Designed the orders schema alone");
        assertThat(viewModel.ratingNoteProperty().get()).isEmpty();
    }

    @Test
    void theRatingNoteIsNotAttachedToAnotherSkillsRating() {
        viewModel.selectedSkillIdProperty().set(DATABASES);
        viewModel.ratingNoteProperty().set("about databases");

        viewModel.rate(DEPLOYMENT, Level.AWARE);

        assertThat(historyOnDisk(DEPLOYMENT)).singleElement().extracting(Rating::note).isEqualTo("");
        assertThat(viewModel.ratingNoteProperty().get()).isEqualTo("about databases");
    }

    @Test
    void evidenceTypedBesideOneSkillIsNotSavedWithTheNextSkillSelected() {
        viewModel.selectedSkillIdProperty().set(DATABASES);
        viewModel.ratingNoteProperty().set("about databases");

        viewModel.selectedSkillIdProperty().set(DEPLOYMENT);
        viewModel.rateSelected(Level.AWARE);

        assertThat(historyOnDisk(DEPLOYMENT)).singleElement().extracting(Rating::note).isEqualTo("");
        assertThat(viewModel.ratingNoteProperty().get()).isEmpty();
    }

    @Test
    void theRatingNoteIsKeptWhenTheRatingFails() {
        viewModel.selectedSkillIdProperty().set("no-such-skill");
        viewModel.ratingNoteProperty().set("keep me");

        viewModel.rateSelected(Level.AWARE);

        assertThat(fixture.errors).singleElement().isInstanceOf(IllegalArgumentException.class);
        assertThat(viewModel.ratingNoteProperty().get()).isEqualTo("keep me");
    }

    @Test
    void rateSelectedWithoutASelectionSavesNothing() {
        viewModel.rateSelected(Level.AWARE);
        viewModel.stepSelected(+1);

        assertThat(fixture.jobsRun()).isZero();
    }

    @Test
    void stepSelectedMovesOneLevelAndStopsAtTheEndsOfTheScale() {
        viewModel.selectedSkillIdProperty().set(DATABASES);

        viewModel.stepSelected(-1); // already at 0: nothing to save
        assertThat(historyOnDisk(DATABASES)).isEmpty();
        assertThat(fixture.jobsRun()).isZero();

        viewModel.stepSelected(+1);
        assertThat(row(DATABASES).current()).isEqualTo(Level.AWARE);
        viewModel.rateSelected(Level.TEACHES);
        viewModel.stepSelected(+1); // already at 4: nothing to save
        viewModel.stepSelected(-1);

        // One rating session: the history keeps the level the learner settled on, once.
        assertThat(historyOnDisk(DATABASES)).extracting(Rating::level).containsExactly(Level.INDEPENDENT);
        assertThat(row(DATABASES).current()).isEqualTo(Level.INDEPENDENT);
        assertThat(fixture.activityCount(ActivityKind.SKILL_RATED, DATABASES)).isEqualTo(1);
    }

    @Test
    void setTargetChangesTheGapAndIsSaved() {
        viewModel.setTarget(DATABASES, Level.TEACHES);

        assertThat(row(DATABASES).target()).isEqualTo(Level.TEACHES);
        assertThat(row(DATABASES).gap()).isEqualTo(4);
        assertThat(fixture.reload().skillProgressOf(DATABASES).target()).contains(Level.TEACHES);
        assertThat(fixture.activityCount(ActivityKind.SKILL_TARGET_CHANGED, DATABASES)).isEqualTo(1);
    }

    @Test
    void settingTheSameTargetSavesNothing() {
        viewModel.setTarget(DATABASES, Level.INDEPENDENT); // the path's own target for databases
        assertThat(fixture.jobsRun()).isZero();

        viewModel.setTarget(DATABASES, Level.GUIDED);
        viewModel.setTarget(DATABASES, Level.GUIDED);

        assertThat(fixture.jobsRun()).isEqualTo(1);
        assertThat(fixture.activityCount(ActivityKind.SKILL_TARGET_CHANGED, DATABASES)).isEqualTo(1);
        assertThat(row(DATABASES).gap()).isEqualTo(2);
    }

    @Test
    void aChecklistTickThroughTheSameSessionMovesTheMatrixAtOnce() {
        ChecklistViewModel checklist = new ChecklistViewModel(fixture.session, (delay, action) -> () -> { });
        viewModel.selectedSkillIdProperty().set(DEPLOYMENT);
        assertThat(row(DEPLOYMENT).linkedItems().summary()).isEqualTo("0 of 2 done");
        assertThat(row(DEPLOYMENT).suggested()).contains(Level.NOT_YET);
        assertThat(row(DEPLOYMENT).suggestedRaise()).isEmpty();

        checklist.setStatus(DEPLOY, ItemStatus.DONE);

        assertThat(row(DEPLOYMENT).linkedItems().summary()).isEqualTo("1 of 2 done");
        assertThat(row(DEPLOYMENT).suggested()).contains(Level.GUIDED);
        assertThat(viewModel.detailProperty().get().linkedItems())
                .extracting(linked -> linked.item().id(), LinkedItem::status)
                .containsExactly(
                        tuple(DEPLOY, ItemStatus.DONE),
                        tuple(PRACTICE_MONITORING, ItemStatus.NOT_STARTED));

        fixture.session.setStatus(PRACTICE_MONITORING, ItemStatus.DONE);

        assertThat(row(DEPLOYMENT).linkedItems().summary()).isEqualTo("2 of 2 done");
        assertThat(row(DEPLOYMENT).suggested()).contains(Level.INDEPENDENT);
        // A suggestion never changes the rating by itself.
        assertThat(row(DEPLOYMENT).current()).isEqualTo(Level.NOT_YET);
        assertThat(historyOnDisk(DEPLOYMENT)).isEmpty();
    }

    @Test
    void acceptSuggestionRatesTheSuggestedLevel() {
        fixture.session.setStatus(DEPLOY, ItemStatus.DONE);

        viewModel.acceptSuggestion(DEPLOYMENT);

        assertThat(row(DEPLOYMENT).current()).isEqualTo(Level.GUIDED);
        assertThat(row(DEPLOYMENT).suggestedRaise()).isEmpty();
        assertThat(historyOnDisk(DEPLOYMENT)).singleElement().satisfies(rating -> {
            assertThat(rating.level()).isEqualTo(Level.GUIDED);
            assertThat(rating.note()).isNotBlank();
        });
    }

    @Test
    void acceptSuggestionDoesNothingWithoutARaise() {
        viewModel.acceptSuggestion(DEPLOYMENT); // suggestion is "0 Not yet": no raise
        assertThat(fixture.jobsRun()).isZero();

        fixture.session.setStatus(DEPLOY, ItemStatus.DONE);
        viewModel.rate(DEPLOYMENT, Level.TEACHES); // already above the suggestion
        int jobs = fixture.jobsRun();

        viewModel.acceptSuggestion(DEPLOYMENT);
        viewModel.acceptSuggestion("no-such-skill");

        assertThat(fixture.jobsRun()).isEqualTo(jobs);
        assertThat(historyOnDisk(DEPLOYMENT)).extracting(Rating::level).containsExactly(Level.TEACHES);
        assertThat(fixture.errors).isEmpty();
    }

    @Test
    void theDetailShowsTheHistoryNewestFirst() {
        viewModel.selectedSkillIdProperty().set(DATABASES);
        viewModel.rate(DATABASES, Level.AWARE);
        fixture.clock.skip(RatingSession.LENGTH);
        viewModel.rate(DATABASES, Level.GUIDED);
        fixture.clock.skip(RatingSession.LENGTH);
        viewModel.rate(DATABASES, Level.INDEPENDENT);

        SkillDetail detail = viewModel.detailProperty().get();
        assertThat(detail.standing().skill().id()).isEqualTo(DATABASES);
        assertThat(detail.historyNewestFirst()).extracting(Rating::level)
                .containsExactly(Level.INDEPENDENT, Level.GUIDED, Level.AWARE);
        assertThat(detail.historyNewestFirst().get(0).ratedAt()).isAfter(detail.historyNewestFirst().get(2).ratedAt());
        assertThat(detail.linkedItems()).extracting(linked -> linked.item().id())
                .containsExactly(LEARN_SQL, BUILD_API, PRACTICE_DEBUGGING);
    }

    @Test
    void theDetailFollowsTheSelection() {
        assertThat(viewModel.detailProperty().get()).isNull();

        viewModel.selectedSkillIdProperty().set(DEPLOYMENT);
        assertThat(viewModel.detailProperty().get().standing().skill().id()).isEqualTo(DEPLOYMENT);

        viewModel.selectedSkillIdProperty().set("no-such-skill");
        assertThat(viewModel.detailProperty().get()).isNull();
        assertThat(viewModel.standingOf("no-such-skill")).isEqualTo(Optional.empty());
    }

    @Test
    void categoryRowsCountTheTargetsMet() {
        viewModel.rate(API_DESIGN.id(), Level.GUIDED);   // target 2: met
        viewModel.rate(DEPLOYMENT, Level.TEACHES);       // target 2: above, still met
        viewModel.rate(DATABASES, Level.GUIDED);         // target 3: not met
        viewModel.rate(COMMUNICATION.id(), Level.AWARE); // soft, target 1: met

        assertThat(categoryRow("Technical")).isEqualTo(new CategoryRow("Technical", 5, 2));
        assertThat(categoryRow("Soft")).isEqualTo(new CategoryRow("Soft", 2, 1));

        viewModel.setTarget(API_DESIGN.id(), Level.TEACHES);

        assertThat(categoryRow("Technical").targetsMet()).isEqualTo(1);
    }

    @Test
    void aRatingNoteIsClearedOnceSavedEvenIfTheSelectionMovedMeanwhile() {
        ManualExecutorService store = new ManualExecutorService();
        try (ViewModelFixture async = ViewModelFixture.open(tempDir.resolve("async"), store)) {
            SkillsMatrixViewModel matrix = new SkillsMatrixViewModel(async.session);
            matrix.selectedSkillIdProperty().set(DATABASES);
            matrix.ratingNoteProperty().set("Designed the orders schema alone");
            matrix.rateSelected(Level.INDEPENDENT);
            matrix.selectedSkillIdProperty().set(DEPLOYMENT);
            store.runAll();

            matrix.rateSelected(Level.AWARE);
            store.runAll();

            assertThat(async.reload().skillProgressOf(DATABASES).history()).singleElement()
                    .extracting(Rating::note).isEqualTo("Designed the orders schema alone");
            assertThat(async.reload().skillProgressOf(DEPLOYMENT).history()).singleElement()
                    .extracting(Rating::note).as("the databases note must not be attached to deployment")
                    .isEqualTo("");
            assertThat(matrix.ratingNoteProperty().get()).isEmpty();
        }
    }
}
