package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Level;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The skills matrix, driven through the real UI: rating by click and by keyboard, targets, suggestions. */
class SkillsMatrixScreenTest extends AppTestBase {

    private java.util.List<String> ratingsOnDisk(String skillId) {
        return column("SELECT level FROM skill_rating WHERE path_id = ? AND skill_id = ? ORDER BY id", PATH_ID, skillId);
    }

    @Test
    void clickingACellRatesTheSkill() {
        shortcut(KeyCode.DIGIT3);
        assertThat(this.<Label>node("#gap-databases").getText()).isEqualTo("−3");

        robot.clickOn("#cell-databases-2");

        waitUntil(() -> ratingsOnDisk("databases").equals(java.util.List.of("2")));
        waitUntil(() -> this.<Label>node("#gap-databases").getText().equals("−1"));
        assertThat(this.<Label>node("#skill-current").getText()).startsWith("Now: 2 Guided");
        assertThat(node("#cell-databases-2").getPseudoClassStates().toString()).contains("current");
    }

    @Test
    void keysRateTheSelectedSkill() {
        shortcut(KeyCode.DIGIT3);
        // The first skill is selected and focused when the matrix opens.
        key(KeyCode.DIGIT3);
        waitUntil(() -> ratingsOnDisk("backend-language").equals(java.util.List.of("3")));
        waitUntil(() -> this.<Label>node("#gap-backend-language").getText().equals("met"));

        key(KeyCode.RIGHT);
        waitUntil(() -> ratingsOnDisk("backend-language").equals(java.util.List.of("3", "4")));
        key(KeyCode.RIGHT); // already at the top of the scale: nothing to save
        key(KeyCode.LEFT);
        waitUntil(() -> ratingsOnDisk("backend-language").equals(java.util.List.of("3", "4", "3")));

        key(KeyCode.DOWN);
        key(KeyCode.DIGIT1);
        waitUntil(() -> ratingsOnDisk("api-design").equals(java.util.List.of("1")));
        assertThat(ratingsOnDisk("backend-language")).hasSize(3);
    }

    @Test
    void theTargetIsEditedInTheDetailPane() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-performance .skill-name");
        ComboBox<Level> target = node("#skill-target");
        robot.interact(() -> target.setValue(Level.TEACHES));

        waitUntil(() -> column("SELECT target_level FROM skill_target WHERE skill_id = ?", "performance").equals(java.util.List.of("4")));
        waitUntil(() -> this.<Label>node("#gap-performance").getText().equals("−4"));
    }

    @Test
    void aTickInTheChecklistOffersASuggestionThatIsOnlyAppliedWhenConfirmed() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn("#item-row-learn-backend-language .status-button");
        assertOnDisk("learn-backend-language", "DONE");

        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-backend-language .skill-name");
        waitUntil(() -> shown("#accept-suggestion"));
        assertThat(ratingsOnDisk("backend-language")).isEmpty();

        robot.clickOn("#accept-suggestion");
        waitUntil(() -> ratingsOnDisk("backend-language").equals(java.util.List.of("1")));
    }

    @Test
    void ratingsSurviveARestart() throws Exception {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#cell-security-2");
        waitUntil(() -> ratingsOnDisk("security").equals(java.util.List.of("2")));

        restart();
        shortcut(KeyCode.DIGIT3);
        assertThat(this.<Label>node("#gap-security").getText()).isEqualTo("−1");
    }

    @Test
    void aTickThatEarnsAHigherSuggestionSaysSoAndLeadsToTheSkill() {
        shortcut(KeyCode.DIGIT2);
        // Containers & deployment is built by two items: one done is half, which suggests 2 Guided.
        robot.clickOn("#item-row-deploy-to-cloud .status-button");
        assertOnDisk("deploy-to-cloud", "DONE");

        waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertThat(robot.lookup(".notification-bar .label").queryAll().stream()
                .map(node -> ((Label) node).getText()).toList())
                .anySatisfy(text -> assertThat(text).contains("Containers & deployment").contains("2 Guided"));
        assertThat(ratingsOnDisk("deployment")).isEmpty();

        robot.clickOn("Review");
        waitUntil(() -> stage.getTitle().startsWith("Skills matrix"));
        waitUntil(() -> shown("#accept-suggestion"));
        assertThat(this.<Label>node("#skill-current").getText()).startsWith("Now: 0 Not yet");
    }
}
