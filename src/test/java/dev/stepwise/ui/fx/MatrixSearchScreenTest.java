package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** Ctrl+F on the skills matrix searches its skills, on the real window: type, go down to the results, rate, clear. */
class MatrixSearchScreenTest extends AppTestBase {
    private static final String DATABASES = FixturePath.DATABASES.id();
    private static final String SECURITY = FixturePath.SECURITY.id();

    private boolean rowShown(String skillId) {
        return robot.lookup("#skill-row-" + skillId).match(AppTestBase::visible).tryQuery().isPresent();
    }

    @Test
    void ctrlFOnTheMatrixSearchesItsSkillsAndDownGoesToTheFirstFound() {
        shortcut(KeyCode.DIGIT3);
        waitUntil(() -> rowShown(SECURITY));

        shortcut(KeyCode.F);
        Node focused = stage.getScene().getFocusOwner();
        assertThat(focused.getId()).as("the matrix's own search, not the checklist's").isEqualTo("matrix-search");
        assertThat(stage.getTitle()).startsWith("Skills matrix");
        robot.write("joins"); // only the description of Databases says so

        waitUntil(() -> this.<Label>node("#matrix-summary").getText().equals("1 of 7 skills"));
        assertThat(rowShown(DATABASES)).isTrue();
        assertThat(rowShown(SECURITY)).isFalse();

        key(KeyCode.DOWN);
        key(KeyCode.DIGIT2);
        waitUntil(() -> column("SELECT level FROM skill_rating WHERE skill_id = ?", DATABASES).equals(List.of("2")));

        shortcut(KeyCode.F);
        key(KeyCode.ESCAPE);
        assertThat(this.<TextField>node("#matrix-search").getText()).isEmpty();
        waitUntil(() -> this.<Label>node("#matrix-summary").getText().equals("7 skills"));
        assertThat(rowShown(SECURITY)).isTrue();
    }

    @Test
    void aSearchThatFindsNothingSaysSoUnderTheHeadings() {
        shortcut(KeyCode.DIGIT3);
        shortcut(KeyCode.F);
        robot.write("zebra");

        waitUntil(() -> shown("#matrix-empty"));
        assertThat(this.<Label>node("#matrix-empty").getText()).isEqualTo("No skill matches. Clear the search to see them all.");
        assertThat(node("#matrix-empty").localToScene(0, 0).getY()).as("below the column headings")
                .isGreaterThan(robot.lookup(".matrix-header").query().localToScene(0, 0).getY()
                        + robot.lookup(".matrix-header").<Region>query().getHeight() - 1);
    }

    @Test
    void ctrlFOnAnotherPageStillSearchesTheChecklist() {
        shortcut(KeyCode.DIGIT1);

        shortcut(KeyCode.F);

        waitUntil(() -> stage.getScene().getFocusOwner() != null
                && "checklist-search".equals(stage.getScene().getFocusOwner().getId()));
        assertThat(stage.getTitle()).startsWith("Checklist");
    }
}
