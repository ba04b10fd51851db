package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.fixtures.FixturePath;
import java.util.EnumMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Status is never told by colour alone: each item status has its own icon and a name, matrix levels are told apart by
 * fill pattern, weight and outline style, gaps and progress by words. Read from the real screens after real edits.
 */
class StatusCuesScreenTest extends AppTestBase {
    private static final String LANGUAGE = FixturePath.LANGUAGE.id();
    private static final String DATABASES = FixturePath.DATABASES.id();

    @Test
    void eachChecklistStatusHasItsOwnIconAndItsName() {
        giveTheFirstStepsEachAStatus();
        Map<ItemStatus, String> rows = new EnumMap<>(ItemStatus.class);
        rows.put(ItemStatus.DONE, FixturePath.LEARN_LANGUAGE);
        rows.put(ItemStatus.LEARNING, FixturePath.LEARN_SQL);
        rows.put(ItemStatus.SKIPPED, FixturePath.BUILD_API);
        rows.put(ItemStatus.NOT_STARTED, FixturePath.DEPLOY);

        Map<ItemStatus, String> glyphs = new EnumMap<>(ItemStatus.class);
        rows.forEach((status, itemId) -> {
            waitUntil(() -> shownInItemRow(itemId, ".item-row.status-" + status.name().toLowerCase().replace('_', '-')));
            Button button = inItemRow(itemId, ".status-button");
            glyphs.put(status, ((FontIcon) button.getGraphic()).getIconCode().getDescription());
            assertThat(button.getAccessibleText()).as("what a screen reader says").isEqualTo("Status: " + status.label());
            assertThat(button.getTooltip().getText()).as("what the pointer shows").startsWith(status.label());
        });
        assertThat(glyphs.values()).as("one icon per status, told apart by shape").doesNotHaveDuplicates();
        // Learning and skipped rows also say so in words.
        assertThat(shownInItemRow(FixturePath.LEARN_SQL, ".item-meta.status-learning")).isTrue();
        assertThat(this.<Label>inItemRow(FixturePath.LEARN_SQL, ".item-meta.status-learning").getText())
                .isEqualTo(ItemStatus.LEARNING.label());
        assertThat(this.<Label>inItemRow(FixturePath.BUILD_API, ".item-meta.status-skipped").getText())
                .isEqualTo(ItemStatus.SKIPPED.label());
        assertThat(this.<Label>node("#section-counts-steps").getText()).isEqualTo("1 of 3 done · 1 skipped");
    }

    @Test
    void matrixLevelsTargetsAndGapsAreToldApartWithoutColour() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#cell-" + DATABASES + "-2");
        waitUntil(() -> this.<Label>node("#gap-" + DATABASES).getText().equals("−1"));
        robot.clickOn("#cell-" + LANGUAGE + "-3");
        waitUntil(() -> this.<Label>node("#gap-" + LANGUAGE).getText().equals("met"));

        // Databases: level 2 of target 3. The current cell is solid with a bold number, levels below it hatched,
        // the target outlined with dashes, the cells above plain.
        Region reached = node("#cell-" + DATABASES + "-1");
        Region current = node("#cell-" + DATABASES + "-2");
        Region target = node("#cell-" + DATABASES + "-3");
        Region above = node("#cell-" + DATABASES + "-4");
        assertThat(topFill(current)).isInstanceOf(Color.class);
        assertThat(numberOf(current).getFont().getStyle()).containsIgnoringCase(FontWeight.BOLD.name());
        assertThat(numberOf(above).getFont().getStyle()).doesNotContainIgnoringCase(FontWeight.BOLD.name());
        assertThat(topFill(reached)).as("a reached level is hatched").isNotInstanceOf(Color.class);
        assertThat(topFill(above)).isInstanceOf(Color.class);
        assertThat(dashes(target)).as("the target is outlined with dashes").isTrue();
        assertThat(dashes(above)).isFalse();

        // Gaps in words: "−1" to go, "met" at target.
        assertThat(this.<Label>node("#gap-" + DATABASES).getText()).isEqualTo("−1");
        assertThat(this.<Label>node("#gap-" + LANGUAGE).getText()).isEqualTo("met");
    }

    @Test
    void overviewProgressAndGapsAreInWords() {
        shortcut(KeyCode.DIGIT2);
        key(KeyCode.D);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> this.<Label>node("#overall-counts").getText().equals("1 of 8 done"));
        assertThat(this.<Label>node("#overall-percent").getText()).endsWith("%");
        assertThat(this.<Label>node("#overview-section-" + FixturePath.STEPS).getText()).isEqualTo("1 of 4 done");
        assertThat(robot.lookup(".label").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .anyMatch(label -> String.valueOf(label.getText()).endsWith("levels to go)")))
                .as("each largest gap says how far it is").isTrue();
    }

    private static Paint topFill(Region cell) {
        var fills = cell.getBackground().getFills();
        return fills.get(fills.size() - 1).getFill();
    }

    private static boolean dashes(Region cell) {
        if (cell.getBorder() == null) {
            return false;
        }
        return cell.getBorder().getStrokes().stream().map(BorderStroke::getTopStyle)
                .anyMatch(style -> !style.getDashArray().isEmpty());
    }

    private static Label numberOf(Node cell) {
        return (Label) cell.lookup(".label");
    }
}
