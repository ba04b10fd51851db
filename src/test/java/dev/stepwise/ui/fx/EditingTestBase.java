package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.PathSummary;
import dev.stepwise.ui.checklist.ChecklistRow;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.PickResult;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the editing tests share: answering the title prompt and the "Delete …?" question as the learner does (typing,
 * clicking), opening the path menu, choosing a path in the switcher, and reading activity rows from the file.
 */
abstract class EditingTestBase extends AppTestBase {

    /** Types the title into the open title prompt, replacing what it offered, and clicks its action ("Rename", "Add"…). */
    void answerTitle(String title) {
        typeTitle(title);
        robot.clickOn("#prompt-ok");
        waitUntil(() -> !shown("#prompt-title"));
    }

    /** Types into the open title prompt (replacing its text) without closing it. */
    TextField typeTitle(String title) {
        waitUntil(() -> shown("#prompt-title"));
        TextField field = node("#prompt-title");
        robot.clickOn(field);
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.A);
        if (title.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(title);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.getText()).isEqualTo(title);
        return field;
    }

    /** The text of the open question: its heading and its message. */
    String questionText() {
        waitUntil(() -> shown("#confirm-action"));
        return String.join("\n", robot.lookup(".dialog-pane .label").match(AppTestBase::visible).queryAll().stream()
                .map(node -> ((Labeled) node).getText()).filter(text -> text != null && !text.isBlank()).toList());
    }

    /** Answers the open question with its Cancel button, which must be the default (Enter does not destroy). */
    void cancelQuestion() {
        waitUntil(() -> shown("#confirm-action"));
        Button cancel = robot.lookup(".dialog-pane .button").match(AppTestBase::visible)
                .match(NodeQueryUtils.hasText("Cancel")).query();
        assertThat(cancel.isDefaultButton()).isTrue();
        robot.clickOn(cancel);
        waitUntil(() -> !shown("#confirm-action"));
    }

    void confirmQuestion() {
        waitUntil(() -> shown("#confirm-action"));
        robot.clickOn("#confirm-action");
        waitUntil(() -> !shown("#confirm-action"));
    }

    /** Right-clicks the node and chooses an entry of the context menu that opens. */
    void contextMenu(String query, String entryId) {
        contextMenu(() -> node(query), entryId);
    }

    /** The same for a node found by other means than a query (a checklist row's part, see {@link #itemRow}). */
    void contextMenu(Supplier<Node> target, String entryId) {
        openContextMenu(target, entryId);
        robot.clickOn("#" + entryId);
    }

    Node openContextMenu(String query, String entryId) {
        return openContextMenu(() -> node(query), entryId);
    }

    /**
     * Right-clicks the node and waits for its context menu (known by one of its entries). On a desktop the platform
     * turns the right-click into a context-menu request; Monocle has no such event, so when the right-click alone
     * opened no menu, the test delivers the request the platform would have sent, at the same point.
     */
    Node openContextMenu(Supplier<Node> target, String entryId) {
        robot.rightClickOn(target.get());
        WaitForAsyncUtils.waitForFxEvents();
        if (robot.lookup(".context-menu").match(AppTestBase::visible).tryQuery().isEmpty()) {
            // Found again: the press may have made the list lay out its cells anew.
            Node node = target.get();
            robot.interact(() -> {
                Bounds local = node.getBoundsInLocal();
                Point2D scene = node.localToScene(local.getCenterX(), local.getCenterY());
                Point2D screen = node.localToScreen(local.getCenterX(), local.getCenterY());
                Event.fireEvent(node, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, scene.getX(), scene.getY(),
                        screen.getX(), screen.getY(), false, new PickResult(node, scene.getX(), scene.getY())));
            });
        }
        waitUntil(() -> shown("#" + entryId));
        return node("#" + entryId);
    }

    /** Opens the sidebar's path menu and chooses an entry ("new-path", "duplicate-path", …). */
    void pathMenu(String itemId) {
        robot.clickOn("#path-actions");
        waitUntil(() -> shown("#" + itemId));
        robot.clickOn("#" + itemId);
    }

    /** Chooses a path in the switcher's drop-down and waits until the window shows it. */
    void choosePath(String title) {
        robot.clickOn("#path-switcher");
        waitUntil(() -> switcherOption(title).isPresent());
        robot.clickOn(switcherOption(title).orElseThrow());
        waitUntil(() -> stage.getTitle().contains(" — " + title + " — "));
    }

    @SuppressWarnings("unchecked")
    private Optional<ListCell<PathSummary>> switcherOption(String title) {
        return robot.lookup(".combo-box-popup .list-cell").match(AppTestBase::visible).queryAll().stream()
                .map(node -> (ListCell<PathSummary>) node)
                .filter(cell -> cell.getItem() != null && cell.getItem().title().equals(title))
                .findFirst();
    }

    /** The path the switcher shows as chosen. */
    String switcherTitle() {
        ComboBox<PathSummary> switcher = node("#path-switcher");
        return switcher.getValue() == null ? null : switcher.getValue().title();
    }

    /** The titles the switcher offers, in its order. */
    List<String> switcherTitles() {
        ComboBox<PathSummary> switcher = node("#path-switcher");
        return switcher.getItems().stream().map(PathSummary::title).toList();
    }

    /** The keys of the checklist's rows as the list holds them ("section:steps", "item:learn-sql", …). */
    List<String> rowKeys() {
        ListView<ChecklistRow> list = node("#checklist");
        return list.getItems().stream().map(ChecklistRow::key).toList();
    }

    /**
     * Waits until the value (read from the file or the screen) is the expected one; if it never gets there, fails
     * with both values instead of a bare timeout.
     */
    <T> void eventually(Supplier<T> actual, T expected) {
        try {
            waitUntil(() -> Objects.equals(actual.get(), expected));
        } catch (AssertionError timeout) {
            assertThat(actual.get()).isEqualTo(expected);
            throw timeout;
        }
    }

    String pathIdOnDisk(String title) {
        List<String> ids = column("SELECT id FROM path WHERE title = ?", title);
        assertThat(ids).as("paths titled %s", title).hasSize(1);
        return ids.get(0);
    }

    /** The kinds of the path's activity events, oldest first. */
    List<String> activityKinds(String pathId) {
        return column("SELECT kind FROM activity WHERE path_id = ? ORDER BY id", pathId);
    }

    /** The newest activity event of the path, as "KIND subject". */
    String lastActivity(String pathId) {
        List<String> rows = column("SELECT kind || ' ' || subject_id FROM activity WHERE path_id = ? ORDER BY id DESC LIMIT 1",
                pathId);
        return rows.isEmpty() ? "" : rows.get(0);
    }
}
