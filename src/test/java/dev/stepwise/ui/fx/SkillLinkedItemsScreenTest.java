package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.bench.SyntheticPath;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Skill;
import dev.stepwise.service.BundledPath;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A skill built by more items than the detail pane lists at once: the first twelve, then all of them when the learner
 * asks, and the first twelve again for the next skill. A line per item made each selection of a skill of a large path
 * slow (a tenth of a second with 10,000 items and 200 skills, over a second with a dozen skills).
 */
class SkillLinkedItemsScreenTest extends AppTestBase {
    private static final LearningPath FEW_SKILLS = SyntheticPath.generate(7L, 120, 4, 3);

    {
        // Set before AppTestBase launches the app (instance initialisers run before @BeforeEach methods).
        bundled = List.of(BundledPath.of(FEW_SKILLS));
    }

    private static long linkedTo(Skill skill) {
        return FEW_SKILLS.items().filter(item -> item.buildsSkill(skill.id())).count();
    }

    /** The item links in the detail pane, without the link that shows all or fewer. */
    private int itemLinks() {
        return (int) robot.lookup("#linked-items .hyperlink").queryAllAs(Hyperlink.class).stream()
                .filter(link -> !"linked-items-fold".equals(link.getId())).count();
    }

    @Test
    void theDetailListsTheFirstLinkedItemsUntilAllAreAskedFor() {
        Skill first = FEW_SKILLS.skills().get(0);
        Skill second = FEW_SKILLS.skills().get(1);
        assertThat(linkedTo(first)).isGreaterThan(12);
        assertThat(linkedTo(second)).isGreaterThan(12);
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#skill-row-" + first.id() + " .skill-name");
        // Below the fold of the detail pane: looked up, not looked at.
        waitUntil(() -> robot.lookup("#linked-items-fold").tryQuery().isPresent());
        assertThat(itemLinks()).isEqualTo(12);

        Hyperlink fold = robot.lookup("#linked-items-fold").queryAs(Hyperlink.class);
        robot.interact(fold::fire);
        waitUntil(() -> itemLinks() == linkedTo(first));

        robot.clickOn("#skill-row-" + second.id() + " .skill-name");
        waitUntil(() -> itemLinks() == 12);
        assertThat(robot.lookup("#linked-items-fold").queryAs(Hyperlink.class).getText()).contains(String.valueOf(linkedTo(second)));
    }
}
