package dev.stepwise.ui.matrix;

import static dev.stepwise.fixtures.FixturePath.DATABASES;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Skill;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.matrix.MatrixRow.CategoryRow;
import dev.stepwise.ui.matrix.MatrixRow.SkillRow;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Skills added, edited, moved to a category of the learner's own and deleted, as the matrix shows them. */
class SkillEditorTest {
    @TempDir
    Path tempDir;
    ViewModelFixture fixture;
    SkillsMatrixViewModel viewModel;
    SkillEditor editor;

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(tempDir);
        viewModel = new SkillsMatrixViewModel(fixture.session);
        editor = viewModel.editor();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aSkillInANewCategoryGetsItsOwnGroupAndIsSelected() {
        editor.addSkill("Kubernetes", "Cloud", "Runs containers at scale", Level.GUIDED);

        assertThat(viewModel.rows()).filteredOn(CategoryRow.class::isInstance)
                .extracting(row -> ((CategoryRow) row).category()).containsExactly("Technical", "Soft", "Cloud");
        assertThat(viewModel.rows().get(viewModel.rows().size() - 1)).isInstanceOfSatisfying(SkillRow.class,
                row -> assertThat(row.standing().skill().id()).isEqualTo("kubernetes"));
        assertThat(viewModel.selectedSkillIdProperty().get()).isEqualTo("kubernetes");
        assertThat(fixture.reload().path().skill("kubernetes")).contains(
                new Skill("kubernetes", "Kubernetes", "Cloud", "Runs containers at scale", Level.GUIDED));
        assertThat(editor.categories()).containsExactly("Technical", "Soft", "Cloud");
        editor.updateSkill("kubernetes", "Kubernetes", "Technical", "", Level.GUIDED);
        editor.updateSkill(FixturePath.COMMUNICATION.id(), "Communication", "People", "", Level.AWARE);
        editor.updateSkill(FixturePath.PROBLEM_SOLVING.id(), "Problem solving", "People", "", Level.AWARE);
        assertThat(editor.categories()).as("the two standard categories are always offered")
                .containsExactly("Technical", "People", "Soft");
        assertThat(fixture.activityCount(ActivityKind.SKILL_ADDED, "kubernetes")).isEqualTo(1);
    }

    @Test
    void editingRenamesRecategorisesAndRetargetsInOneChange() {
        editor.updateSkill(DATABASES.id(), "SQL and NoSQL", "Data", "", Level.TEACHES);

        Skill saved = fixture.reload().path().skill(DATABASES.id()).orElseThrow();
        assertThat(saved).isEqualTo(new Skill(DATABASES.id(), "SQL and NoSQL", "Data", "", Level.TEACHES));
        assertThat(fixture.activityCount(ActivityKind.SKILL_EDITED, DATABASES.id())).isEqualTo(1);
        assertThat(viewModel.standingOf(DATABASES.id()).orElseThrow().target()).isEqualTo(Level.TEACHES);
    }

    @Test
    void aBlankNameIsRefusedBeforeAnythingIsSaved() {
        int before = fixture.activityCount();

        assertThatThrownBy(() -> editor.updateSkill(DATABASES.id(), "\u200B", "Technical", "", Level.AWARE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> editor.addSkill("  ", "Technical", "", Level.AWARE))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(fixture.activityCount()).isEqualTo(before);
    }

    @Test
    void deletingARatedSkillAsksAndTakesItsRatingsAndLinksWithIt() {
        assertThat(editor.deletingLosesProgress(DATABASES.id())).isFalse();
        viewModel.rate(DATABASES.id(), Level.GUIDED);
        assertThat(editor.deletingLosesProgress(DATABASES.id())).isTrue();
        assertThat(editor.linkedItems(DATABASES.id())).isEqualTo(3);
        viewModel.selectedSkillIdProperty().set(DATABASES.id());

        editor.deleteSkill(DATABASES.id());

        assertThat(viewModel.selectedSkillIdProperty().get()).isNull();
        assertThat(viewModel.skillRows()).noneMatch(row -> row.standing().skill().id().equals(DATABASES.id()));
        assertThat(fixture.reload().path().item(LEARN_SQL).orElseThrow().skillIds()).doesNotContain(DATABASES.id());
        assertThat(fixture.reload().skills()).doesNotContainKey(DATABASES.id());
    }
}
