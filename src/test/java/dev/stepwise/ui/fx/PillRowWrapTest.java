package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import dev.stepwise.ui.common.PillRow;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A row of pill buttons that wraps shapes each line as a pill of its own: the item's status choice wrapped at 1024×640
 * with its first line ending on a centre piece, its right edge and rounded corner missing (found by trying it).
 */
class PillRowWrapTest extends StyledNodeTestBase {
    private final List<ToggleButton> buttons = Stream.of("Not started", "Learning", "Done", "Skipped").map(ToggleButton::new).toList();
    private final FlowPane row = PillRow.of("status-choice", buttons);
    private final Pane holder = new StackPane(row);

    private String shape(int index) {
        List<String> classes = buttons.get(index).getStyleClass();
        return Stream.of(Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL).filter(classes::contains).findFirst().orElse("plain");
    }

    private List<String> shapes() {
        return List.of(shape(0), shape(1), shape(2), shape(3));
    }

    private double width(int index) {
        return buttons.get(index).getWidth();
    }

    private void narrowTo(double width) {
        robot.interact(() -> {
            holder.setMaxWidth(width);
            holder.setPrefWidth(width);
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> { });
    }

    @Test
    void eachLineOfAWrappedRowIsAPillOfItsOwnAndALoneButtonIsPlain() throws TimeoutException {
        show(new StackPane(holder), 800, 200);
        assertThat(shapes()).containsExactly(Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL);
        double[] widths = {width(0), width(1), width(2), width(3)};

        narrowTo(widths[0] + widths[1] + widths[2] - 1);
        assertThat(buttons.get(2).getLayoutY()).as("wrapped after two").isGreaterThan(buttons.get(1).getLayoutY());
        assertThat(shapes()).containsExactly(Styles.LEFT_PILL, Styles.RIGHT_PILL, Styles.LEFT_PILL, Styles.RIGHT_PILL);

        narrowTo(widths[0] + widths[1] + widths[2] + 1);
        assertThat(buttons.get(3).getLayoutY()).as("wrapped after three").isGreaterThan(buttons.get(2).getLayoutY());
        assertThat(shapes()).containsExactly(Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL, "plain");

        narrowTo(800);
        assertThat(shapes()).containsExactly(Styles.LEFT_PILL, Styles.CENTER_PILL, Styles.CENTER_PILL, Styles.RIGHT_PILL);
    }
}
