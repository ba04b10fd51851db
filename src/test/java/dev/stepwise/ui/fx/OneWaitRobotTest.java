package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;

/**
 * What every screen test leans on: when the robot's click or write returns, the app has handled it — no further wait
 * needed before asserting — and a click lands on the node asked for, wherever the pointer was.
 */
class OneWaitRobotTest extends StyledNodeTestBase {
    private final List<String> pressed = new ArrayList<>();
    private final Button first = button("first");
    private final Button second = button("second");
    private final TextField name = new TextField();
    private final TextField place = new TextField();

    private Button button(String id) {
        Button button = new Button(id);
        button.setId(id);
        button.setOnAction(event -> pressed.add(id));
        return button;
    }

    private void show() throws TimeoutException {
        name.setId("name");
        place.setId("place");
        VBox root = new VBox(40, first, name, place, second);
        show(root, 400, 400);
    }

    @Test
    void aClickHasBeenHandledWhenItReturnsAndLandsOnTheNodeAskedFor() throws TimeoutException {
        show();

        robot.clickOn("#second");
        assertThat(pressed).containsExactly("second");
        robot.clickOn(first);
        assertThat(pressed).containsExactly("second", "first");
        robot.clickOn("#second");
        assertThat(pressed).containsExactly("second", "first", "second");
    }

    @Test
    void textWrittenHasArrivedWhenItReturnsAndATabMovesOnAsAKeyWould() throws TimeoutException {
        show();

        robot.clickOn("#name").write("Ada Lovelace\tLondon");

        assertThat(name.getText()).isEqualTo("Ada Lovelace");
        assertThat(place.getText()).isEqualTo("London");
        assertThat(place.isFocused()).isTrue();
    }
}
