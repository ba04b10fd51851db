package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.checklist.ItemEditorDialog;
import java.time.LocalDate;
import javafx.scene.Node;

/** Opens the item editor on an item of the fixture path and reads its result. */
abstract class ItemEditorTestBase extends DialogTestBase {
    static final LearningPath PATH = FixturePath.path();
    static final LocalDate TARGET = LocalDate.of(2030, 5, 1);
    /** The learner's today as the editor is given it. */
    static final LocalDate TODAY = LocalDate.of(2030, 3, 2);

    ItemEditorDialog dialog;

    /** The fixture's first step, with a target date that the editor must keep. */
    static Item learnLanguage() {
        Item item = PATH.item(FixturePath.LEARN_LANGUAGE).orElseThrow();
        return new Item(item.id(), item.title(), item.detail(), item.subItems(), item.resources(), item.skillIds(),
                item.estimateHours(), TARGET);
    }

    void openOn(Item item) {
        dialog = open(() -> new ItemEditorDialog(owner, item, PATH.skills(), TODAY));
    }

    /** Focuses the control, as tabbing to it would: the editor scrolls it into view, so the robot can click it. */
    void reveal(String query) {
        // Not node(query): a control below the fold is outside the window, which the robot counts as not visible.
        Node control = robot.lookup(query).query();
        robot.interact(control::requestFocus);
    }

    Item ok() {
        robot.clickOn("#item-ok");
        assertThat(dialog.isShowing()).isFalse();
        return dialog.getResult();
    }
}
