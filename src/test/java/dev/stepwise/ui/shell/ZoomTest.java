package dev.stepwise.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The zoom steps: 80 % to 200 %, stopping at both ends; a remembered value off the steps starts normal. */
class ZoomTest {

    @Test
    void stepsUpAndDownAndStopsAtTheEnds() {
        Zoom zoom = new Zoom(100);
        zoom.zoomIn();
        assertThat(zoom.percentProperty().get()).isEqualTo(110);
        for (int i = 0; i < 20; i++) {
            zoom.zoomIn();
        }
        assertThat(zoom.percentProperty().get()).isEqualTo(200);
        for (int i = 0; i < 20; i++) {
            zoom.zoomOut();
        }
        assertThat(zoom.percentProperty().get()).isEqualTo(80);
        zoom.reset();
        assertThat(zoom.percentProperty().get()).isEqualTo(100);
    }

    @Test
    void startsAtTheRememberedStepOrNormal() {
        assertThat(new Zoom(150).percentProperty().get()).isEqualTo(150);
        assertThat(new Zoom(137).percentProperty().get()).isEqualTo(100);
        assertThat(new Zoom(0).percentProperty().get()).isEqualTo(100);
    }

    @Test
    void oneEmScalesTheThemesFontSize() {
        assertThat(new Zoom(100).fontSize()).isEqualTo(14.0);
        assertThat(new Zoom(125).fontSize()).isEqualTo(17.5);
        assertThat(new Zoom(200).fontSize()).isEqualTo(28.0);
    }
}
