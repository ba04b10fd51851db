package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.ui.common.UiScale;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import org.junit.jupiter.api.Test;

/**
 * A list of 10,000 items, styled as the app is: its scroll bar's thumb was 1 px long (the theme hides the arrow
 * buttons at no width, and JavaFX makes a thumb at least 1.5 times their width), nothing to see or grab.
 */
class ScrollBarThumbTest extends StyledNodeTestBase {

    @Test
    void theThumbOfAVeryLongListStaysLongEnoughToSeeAndGrab() throws TimeoutException {
        ListView<String> list = new ListView<>(FXCollections.observableArrayList(
                IntStream.range(0, 10_000).mapToObj(i -> "Item " + i).toList()));
        show(list, 400, 600);

        List<ScrollBar> bars = robot.lookup(".scroll-bar").queryAllAs(ScrollBar.class).stream()
                .filter(bar -> bar.getOrientation() == Orientation.VERTICAL && bar.isVisible()).toList();
        assertThat(bars).hasSize(1);
        Node thumb = bars.get(0).lookup(".thumb");
        assertThat(thumb.getLayoutBounds().getHeight()).as("the thumb's length").isGreaterThanOrEqualTo(UiScale.em(1.5) - 1);
        assertThat(bars.get(0).getWidth()).as("the bar keeps the theme's width").isEqualTo(8);
    }
}
