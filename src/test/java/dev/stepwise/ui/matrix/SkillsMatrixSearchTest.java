package dev.stepwise.ui.matrix;

import static dev.stepwise.fixtures.FixturePath.API_DESIGN;
import static dev.stepwise.fixtures.FixturePath.SECURITY;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.Skill;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The matrix's search over its skills, over the real services and a real SQLite file, without a JavaFX toolkit. */
class SkillsMatrixSearchTest {
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

    private List<String> shownSkills() {
        return viewModel.skillRows().stream().map(SkillRow::skillId).toList();
    }

    private List<String> shownCategories() {
        return viewModel.rows().stream().filter(CategoryRow.class::isInstance).map(row -> ((CategoryRow) row).category()).toList();
    }

    @Test
    void theSearchKeepsTheSkillsWhoseNameOrDescriptionHoldsIt() {
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("7 skills");

        viewModel.searchProperty().set("  SECUR ");
        assertThat(shownSkills()).containsExactly(SECURITY.id());
        assertThat(shownCategories()).as("a category with no skill found is left out").containsExactly("Technical");
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("1 of 7 skills");

        // Only the description of Databases says "joins"; only Problem solving's says "messy".
        viewModel.searchProperty().set("joins");
        assertThat(shownSkills()).containsExactly(DATABASES);
        viewModel.searchProperty().set("messy");
        assertThat(shownSkills()).containsExactly(FixturePath.PROBLEM_SOLVING.id());
        assertThat(shownCategories()).containsExactly("Soft");

        viewModel.searchProperty().set("nothing like this");
        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("0 of 7 skills");

        viewModel.searchProperty().set("");
        assertThat(shownSkills()).hasSize(7);
        assertThat(viewModel.shownSummaryProperty().get()).isEqualTo("7 skills");
    }

    @Test
    void aCategoryHeadingCountsAllItsSkillsWhileTheSearchHidesSome() {
        viewModel.rate(API_DESIGN.id(), Level.GUIDED); // target 2: met

        viewModel.searchProperty().set("databases");

        assertThat(viewModel.rows().get(0)).isEqualTo(new CategoryRow("Technical", 5, 1));
    }

    /** A rating can reach a skill the search hides (an undo, a suggestion): its category's heading still follows. */
    @Test
    void aRatingOfAHiddenSkillMovesItsCategoryCountAndNoOtherRow() {
        viewModel.searchProperty().set("databases");
        List<MatrixRow> before = List.copyOf(viewModel.rows());
        List<Integer> replaced = new ArrayList<>();
        viewModel.rows().addListener((ListChangeListener<MatrixRow>) change -> {
            while (change.next()) {
                assertThat(change.wasReplaced()).as("only replacements, no rebuild").isTrue();
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    replaced.add(i);
                }
            }
        });

        viewModel.rate(API_DESIGN.id(), Level.GUIDED);

        assertThat(replaced).containsExactly(0);
        assertThat(viewModel.rows().get(0)).isEqualTo(new CategoryRow("Technical", 5, 1));
        assertThat(viewModel.rows().get(1)).isSameAs(before.get(1));
    }

    @Test
    void aSkillTheSearchHidesIsNoLongerSelected() {
        viewModel.selectedSkillIdProperty().set(DATABASES);
        assertThat(viewModel.detailProperty().get()).isNotNull();

        viewModel.searchProperty().set("security");

        assertThat(viewModel.selectedSkillIdProperty().get()).isNull();
        assertThat(viewModel.detailProperty().get()).isNull();
        viewModel.rateSelected(Level.TEACHES);
        assertThat(fixture.reload().skillProgressOf(DATABASES).history()).as("the keys rate nothing hidden").isEmpty();
    }

    @Test
    void aSkillTheSearchHidIsSelectedAgainWhenTheSearchShowsIt() {
        viewModel.selectedSkillIdProperty().set(DATABASES);

        viewModel.searchProperty().set("nothing like this");
        assertThat(viewModel.selectedSkillIdProperty().get()).isNull();

        viewModel.searchProperty().set("");
        assertThat(viewModel.selectedSkillIdProperty().get()).isEqualTo(DATABASES);
        assertThat(viewModel.detailProperty().get().standing().skill().id()).isEqualTo(DATABASES);
    }

    @Test
    void aSkillChosenWhileTheSearchHidTheSelectedOneStaysChosen() {
        viewModel.selectedSkillIdProperty().set(DATABASES);
        viewModel.searchProperty().set("secur");
        viewModel.selectedSkillIdProperty().set(SECURITY.id());

        viewModel.searchProperty().set("");

        assertThat(viewModel.selectedSkillIdProperty().get()).isEqualTo(SECURITY.id());
    }

    @Test
    void aSkillHiddenOnTheLastPathDoesNotComeBackOnTheNext() {
        viewModel.selectedSkillIdProperty().set(DATABASES);
        viewModel.searchProperty().set("nothing like this");

        // A copy without progress: the same skill ids, on another path.
        fixture.workspace.forkCurrent("Fresh start", false);

        assertThat(viewModel.selectedSkillIdProperty().get()).as("as when the page opens: its first skill")
                .isEqualTo(viewModel.skillRows().get(0).skillId()).isNotEqualTo(DATABASES);
    }

    @Test
    void showingASkillFromAnotherPageClearsTheSearchThatHidesIt() {
        viewModel.searchProperty().set("security");

        viewModel.showSkill(DATABASES);

        assertThat(viewModel.searchProperty().get()).isEmpty();
        assertThat(viewModel.selectedSkillIdProperty().get()).isEqualTo(DATABASES);
        assertThat(viewModel.rowIndexOf(DATABASES)).isPositive();
        assertThat(viewModel.detailProperty().get().standing().skill().id()).isEqualTo(DATABASES);
    }

    /**
     * Random ratings and targets under random searches: after each, the rows kept up to date change by change are the
     * rows a matrix made from scratch on the same state and search shows.
     */
    @Test
    void afterAnyChangeTheRowsAreThoseMadeFromScratch() {
        Random random = new Random(20261201);
        List<String> skillIds = fixture.session.state().path().skills().stream().map(Skill::id).toList();
        String[] searches = {"", "data", "s", "communication", "zebra"};
        for (int change = 0; change < 60; change++) {
            if (change % 6 == 0) {
                viewModel.searchProperty().set(searches[random.nextInt(searches.length)]);
            }
            String skillId = skillIds.get(random.nextInt(skillIds.size()));
            Level level = Level.values()[random.nextInt(Level.values().length)];
            if (random.nextBoolean()) {
                viewModel.rate(skillId, level);
            } else {
                viewModel.setTarget(skillId, level);
            }

            SkillsMatrixViewModel fresh = new SkillsMatrixViewModel(fixture.session);
            fresh.searchProperty().set(viewModel.searchProperty().get());
            assertThat(viewModel.rows()).as("change %d, search \"%s\"", change, viewModel.searchProperty().get())
                    .containsExactlyElementsOf(fresh.rows());
            fresh.dispose();
        }
    }
}
