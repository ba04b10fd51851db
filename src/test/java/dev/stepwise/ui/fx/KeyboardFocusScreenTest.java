package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.event.ActionEvent;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The checklist by keyboard alone: every stop of the Tab order shows where the focus is, in both themes; Tab follows
 * the screen; Space ticks in the list and only a focused link opens a link.
 */
class KeyboardFocusScreenTest extends AppTestBase {
    /** More stops than the checklist has: a Tab order that never reaches the note is a failure, not a hang. */
    private static final int MAX_STOPS = 40;

    @ParameterizedTest(name = "dark theme {0}")
    @ValueSource(booleans = {false, true})
    void everyStopOfTheTabOrderShowsWhereTheFocusIs(boolean dark) {
        openChecklist(dark);
        List<String> invisible = new ArrayList<>();
        for (Node stop : tabThroughChecklist()) {
            FocusIndication indication = indicationOf(stop);
            if (!indication.visible()) {
                invisible.add("%s: %d of %d px".formatted(describe(stop), indication.changedPixels(),
                        indication.requiredPixels()));
            }
        }
        assertThat(invisible).as("focus stops without a visible focus indicator (pixels changed by ≥ 3:1)").isEmpty();
    }

    @ParameterizedTest(name = "dark theme {0}")
    @ValueSource(booleans = {false, true})
    void matrixRowsAndLevelButtonsShowWhereTheFocusIs(boolean dark) {
        openChecklist(dark);
        shortcut(KeyCode.DIGIT3);
        // The first skill's row has the focus when the matrix opens; the level buttons are in its detail.
        waitUntil(() -> focusOwner() != null && focusOwner().getId() != null && focusOwner().getId().startsWith("skill-row-"));
        List<String> invisible = new ArrayList<>();
        List<Node> stops = new ArrayList<>(List.of(focusOwner()));
        for (int level = 0; level <= 4; level++) {
            stops.add(lookupVisible("#rate-" + level));
        }
        for (Node stop : stops) {
            FocusIndication indication = indicationOf(stop);
            if (!indication.visible()) {
                invisible.add("%s: %d of %d px".formatted(describe(stop), indication.changedPixels(),
                        indication.requiredPixels()));
            }
        }
        assertThat(invisible).as("matrix controls without a visible focus indicator").isEmpty();
    }

    @Test
    void tabVisitsSearchFiltersListAndDetailInScreenOrder() {
        openChecklist(false);
        List<Node> stops = tabThroughChecklist();
        List<String> names = stops.stream().map(KeyboardFocusScreenTest::describe).toList();

        // A group of toggles is one stop, its selected toggle (←/→ move within it), as for radio buttons.
        assertThat(names).startsWith("TextField#checklist-search", "Button#add-item-button", "Button#add-section-button",
                "ToggleButton#filter-all", "ListView#checklist", "Button#edit-item-button",
                "ToggleButton#detail-status-not_started");
        assertThat(names).contains("CheckBox#sub-item-" + FixturePath.CHOOSE_LANGUAGE, "Hyperlink#Learn Java")
                .endsWith("TextArea#note");
        // Left column (toolbar, list) before the detail; within a column, top to bottom and left to right by line.
        double detailLeft = inScene(lookupVisible("#note")).getMinX() - 40;
        for (int i = 1; i < stops.size(); i++) {
            Bounds before = inScene(stops.get(i - 1));
            Bounds after = inScene(stops.get(i));
            boolean sameColumn = (before.getMinX() >= detailLeft) == (after.getMinX() >= detailLeft);
            boolean below = after.getMinY() >= before.getMaxY() - 2;
            boolean rightOnTheSameLine = after.getMinY() < before.getMaxY() && after.getMinX() >= before.getMaxX() - 2;
            boolean nextColumn = before.getMinX() < detailLeft && after.getMinX() >= detailLeft;
            assertThat(sameColumn ? below || rightOnTheSameLine : nextColumn)
                    .as("%s (%s) comes after %s (%s) on screen", names.get(i), after, names.get(i - 1), before).isTrue();
        }
    }

    @Test
    void tabScrollsTheDetailSoTheFocusedControlIsInView() {
        // A small window (1024×600, a netbook's): the detail's links and note are below the fold.
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(600);
        });
        openChecklist(false);
        List<String> hidden = new ArrayList<>();
        robot.interact(() -> lookupVisible("#checklist-search").requestFocus());
        for (int i = 0; i < MAX_STOPS && !(focusOwner() instanceof TextArea); i++) {
            key(KeyCode.TAB);
            Node owner = focusOwner();
            ScrollPane scroll = enclosingScrollPane(owner);
            if (scroll != null) {
                Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
                Bounds bounds = inScene(owner);
                if (bounds.getMinY() < viewport.getMinY() - 1 || bounds.getMaxY() > viewport.getMaxY() + 1) {
                    hidden.add("%s at %.0f–%.0f, viewport %.0f–%.0f".formatted(describe(owner), bounds.getMinY(),
                            bounds.getMaxY(), viewport.getMinY(), viewport.getMaxY()));
                }
            }
        }
        assertThat(hidden).as("focused controls outside the scrolled detail's view").isEmpty();
    }

    @Test
    void spaceInTheListTicksTheItemAndNeverOpensALinkWhileSpaceOnAFocusedLinkDoes() {
        openChecklist(false);
        List<String> opened = new ArrayList<>();
        // A link's action is caught before it reaches the link: the test records it instead of opening a browser.
        robot.interact(() -> stage.getScene().addEventFilter(ActionEvent.ACTION, event -> {
            if (event.getTarget() instanceof Hyperlink link) {
                opened.add(link.getText());
                event.consume();
            }
        }));
        ListView<?> list = lookupVisible("#checklist");
        robot.interact(list::requestFocus);

        key(KeyCode.SPACE);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        key(KeyCode.SPACE);
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "NOT_STARTED");
        assertThat(opened).as("links opened by Space in the list").isEmpty();

        // Tab on from the list to the first link: there Space is the link's own key, and it says so by its ring.
        for (int i = 0; i < MAX_STOPS && !(focusOwner() instanceof Hyperlink); i++) {
            key(KeyCode.TAB);
        }
        assertThat(focusOwner()).isInstanceOf(Hyperlink.class);
        key(KeyCode.SPACE);
        assertThat(opened).containsExactly("Learn Java");
        assertThat(itemStatusOnDisk(FixturePath.LEARN_LANGUAGE)).isEqualTo("NOT_STARTED");
    }

    private void openChecklist(boolean dark) {
        if (dark) {
            KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
            waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("dark"));
        }
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> itemRowShown(FixturePath.LEARN_LANGUAGE) && shown("#note"));
        // The pointer rests on the status bar, so no control under test is hovered.
        robot.moveTo(stage.getX() + 4, stage.getY() + stage.getHeight() - 4);
    }

    /** The focus owners from the search field on, one Tab at a time, until the note (the detail's last field). */
    private List<Node> tabThroughChecklist() {
        robot.interact(() -> lookupVisible("#checklist-search").requestFocus());
        List<Node> stops = new ArrayList<>();
        stops.add(focusOwner());
        while (!(focusOwner() instanceof TextArea) && stops.size() < MAX_STOPS) {
            key(KeyCode.TAB);
            stops.add(focusOwner());
        }
        return stops;
    }

    /**
     * The node's pixels focused and with the focus parked on the window's root pane; for the list, the focused row's pixels
     * with the list focused and not.
     */
    private FocusIndication indicationOf(Node stop) {
        Node measured = stop instanceof ListView<?> list ? focusedCell(list) : stop;
        AtomicReference<WritableImage> focused = new AtomicReference<>();
        AtomicReference<WritableImage> unfocused = new AtomicReference<>();
        robot.interact(stop::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> focused.set(FocusIndication.snapshot(stage.getScene())));
        Parent parking = stage.getScene().getRoot();
        robot.interact(parking::requestFocus);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> unfocused.set(FocusIndication.snapshot(stage.getScene())));
        return FocusIndication.measure(inScene(measured), focused.get(), unfocused.get());
    }

    private static Node focusedCell(ListView<?> list) {
        int index = list.getFocusModel().getFocusedIndex();
        return list.lookupAll(".list-cell").stream()
                .filter(node -> node instanceof ListCell<?> cell && cell.getIndex() == index && cell.isVisible())
                .findFirst().orElseThrow(() -> new AssertionError("no cell shows the list's focused row " + index));
    }

    private Node focusOwner() {
        return stage.getScene().getFocusOwner();
    }

    @SuppressWarnings("unchecked")
    private <T extends Node> T lookupVisible(String query) {
        return (T) node(query);
    }

    private static ScrollPane enclosingScrollPane(Node node) {
        for (Node parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    private static Bounds inScene(Node node) {
        return FocusIndication.inScene(node);
    }

    private static String describe(Node node) {
        String type = node.getClass().getSimpleName().replace("CustomTextField", "TextField");
        String id = node instanceof Hyperlink link ? link.getText() : node.getId();
        return type + "#" + id;
    }
}
