package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.shell.StatusBarView;
import java.io.IOException;
import java.net.URI;
import javafx.application.Application;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** What the window tells the learner in passing: the skill suggestion, a link that would not open, the sidebar's bar. */
class ShellNoticesTest extends AppTestBase {

    private void markDeployDone() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn(itemRow(FixturePath.DEPLOY));
        key(KeyCode.D);
        assertOnDisk(FixturePath.DEPLOY, "DONE");
    }

    private void toggleTheme() {
        KeyStrokes.stroke(robot, KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T);
    }

    /** The colour a possibly translucent fill shows over the window's own background. */
    private Color shownColour(Region region) {
        Color fill = (Color) region.getBackground().getFills().get(0).getFill();
        Color under = (Color) ((Region) stage.getScene().getRoot()).getBackground().getFills().get(0).getFill();
        double a = fill.getOpacity();
        return new Color(fill.getRed() * a + under.getRed() * (1 - a), fill.getGreen() * a + under.getGreen() * (1 - a),
                fill.getBlue() * a + under.getBlue() * (1 - a), 1);
    }

    private void assertBannerFollowsTheme(boolean dark) {
        Region banner = node("#suggestion-banner");
        double background = shownColour(banner).getBrightness();
        double text = ((Color) this.<Label>node("#suggestion-text").getTextFill()).getBrightness();
        if (dark) {
            assertThat(background).as("dark theme: a dark strip").isLessThan(0.4);
            assertThat(text).as("dark theme: light text").isGreaterThan(0.6);
        } else {
            assertThat(background).as("light theme: a light strip").isGreaterThan(0.8);
            assertThat(text).as("light theme: dark text").isLessThan(0.4);
        }
    }

    @Test
    void theSuggestionIsAThemedStripAboveTheStatusBarThatCoversNothingAndClosesOnReview() {
        markDeployDone();

        waitUntil(() -> shown("#suggestion-banner"));
        Region banner = node("#suggestion-banner");
        assertThat(banner.getScene()).as("inside the main window, not a popup").isSameAs(stage.getScene());
        assertThat(this.<Label>node("#suggestion-text").getText()).contains(FixturePath.DEPLOYMENT.name());
        Bounds strip = banner.localToScene(banner.getLayoutBounds());
        Node checklist = node("#checklist");
        Bounds page = checklist.localToScene(checklist.getLayoutBounds());
        Node statusBar = node("#status-bar");
        Bounds status = statusBar.localToScene(statusBar.getLayoutBounds());
        assertThat(page.getMaxY()).as("the page ends above the strip").isLessThanOrEqualTo(strip.getMinY() + 0.5);
        assertThat(strip.getMaxY()).as("the strip ends above the status bar").isLessThanOrEqualTo(status.getMinY() + 0.5);
        assertBannerFollowsTheme(false);

        toggleTheme();
        waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("dark"));
        assertBannerFollowsTheme(true);

        robot.clickOn("#suggestion-review");

        waitUntil(() -> stage.getTitle().startsWith("Skills matrix"));
        assertThat(shown("#suggestion-banner")).as("closed once its action was used").isFalse();
        toggleTheme();
        waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains("light"));
    }

    @Test
    void theSuggestionCanBeDismissedWithoutLeavingThePage() {
        markDeployDone();
        waitUntil(() -> shown("#suggestion-banner"));

        robot.clickOn("#suggestion-dismiss");

        waitUntil(() -> !shown("#suggestion-banner"));
        assertThat(stage.getTitle()).startsWith("Checklist");
        // The ✕ took the focus when clicked; closing gives it back to the list, so the next key acts there.
        WaitForAsyncUtils.waitForFxEvents(2);
        assertThat(stage.getScene().getFocusOwner()).as("focus after closing").isSameAs(node("#checklist"));
    }

    @Test
    void aLinkThatCannotBeOpenedSaysSoNamingTheLink() {
        linkFailure = new IOException("No web browser found");
        shortcut(KeyCode.DIGIT2);
        robot.clickOn(itemRow(FixturePath.LEARN_LANGUAGE));

        robot.clickOn(robot.lookup((Node node) -> node instanceof Hyperlink link && "Learn Java".equals(link.getText()))
                .match(AppTestBase::visible).<Hyperlink>query());

        waitUntil(() -> this.<StatusBarView>node("#status-bar").getText().contains("https://dev.java/learn/"));
        assertThat(this.<StatusBarView>node("#status-bar").getText()).startsWith("Could not open").contains("No web browser found");
        assertThat(openedLinks).isEmpty();
    }

    @Test
    void aLinkThatOpensIsHandedOverOnce() {
        shortcut(KeyCode.DIGIT2);
        robot.clickOn(itemRow(FixturePath.LEARN_LANGUAGE));

        robot.clickOn(robot.lookup((Node node) -> node instanceof Hyperlink link && "Learn Java".equals(link.getText()))
                .match(AppTestBase::visible).<Hyperlink>query());

        waitUntil(() -> !openedLinks.isEmpty());
        assertThat(openedLinks).containsExactly(URI.create("https://dev.java/learn/"));
    }

    @Test
    void theOverallBarHasAVisibleTrackInBothThemes() {
        for (boolean dark : new boolean[] {false, true}) {
            Region track = robot.lookup(".nav-progress .track").query();
            Region sidebar = robot.lookup(".nav").query();
            Color trackColour = (Color) track.getBackground().getFills().get(track.getBackground().getFills().size() - 1).getFill();
            Color sidebarColour = (Color) sidebar.getBackground().getFills().get(0).getFill();
            double contrast = Math.abs(luminance(trackColour) - luminance(sidebarColour));
            assertThat(contrast).as("track against the sidebar, dark theme: " + dark).isGreaterThan(0.04);
            assertThat(track.getHeight()).isGreaterThan(2);
            toggleTheme();
            waitUntil(() -> String.valueOf(Application.getUserAgentStylesheet()).contains(dark ? "light" : "dark"));
        }
    }

    private static double luminance(Color colour) {
        return 0.2126 * colour.getRed() + 0.7152 * colour.getGreen() + 0.0722 * colour.getBlue();
    }
}
