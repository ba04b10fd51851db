package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.ui.common.ListScrolling;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A long list of rows of many heights, as the checklist of a big path is: End selected the last row but the list's own
 * scrolling, by estimated row heights, stopped short of it, so the row was out of sight and Space changed an item the
 * learner could not see. {@link ListScrolling#keepSelectionInView} brings it in.
 */
class ListSelectionInViewTest extends StyledNodeTestBase {

    @Test
    void endBringsTheLastRowWhollyIntoView() throws TimeoutException {
        // Rows of one to many lines, wrapped to the width as a checklist row is, in no order an estimate could learn.
        ListView<Integer> list = new ListView<>(FXCollections.observableArrayList(IntStream.range(0, 5_000).boxed().toList()));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                // Wrapped to the list's width, as a checklist row's title and chips are: its height is known only then.
                Label text = new Label(("row " + item + " ").repeat(1 + (item * 7919) % 40));
                text.setWrapText(true);
                text.setMaxWidth(Double.MAX_VALUE);
                text.setPrefWidth(0);
                text.setMinHeight(Region.USE_PREF_SIZE);
                setGraphic(text);
            }
        });
        ListScrolling.keepSelectionInView(list);
        show(list, 400, 500);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });

        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(list.getSelectionModel().getSelectedIndex()).isEqualTo(4_999);
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        IndexedCell<?> last = flow.getVisibleCell(4_999);
        assertThat(last).as("the last row is laid out").isNotNull();
        assertThat(last.isVisible()).isTrue();
        assertThat(last.getLayoutY()).as("its top on screen").isGreaterThanOrEqualTo(0);
        assertThat(last.getLayoutY() + last.getHeight()).as("its bottom on screen").isLessThanOrEqualTo(flow.getHeight() + 0.5);
    }
}
