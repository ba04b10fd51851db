package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.bench.SyntheticPath;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.service.BundledPath;
import dev.stepwise.ui.common.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A path of thousands of items puts four-digit counts on the checklist's filters ("Alle 2.000", "Offen 2.000"). In
 * German at 1024×640 the five filters no longer fit on one line beside the detail, and they could not shrink: the
 * window's content was laid out wider than the window, cutting the detail's buttons and the status bar at its right
 * edge. They wrap onto a second line instead.
 */
class ChecklistLargeCountsLayoutTest extends AppTestBase {
    private static final LearningPath LARGE = SyntheticPath.generate(11L, 2000, 20, 60);

    {
        // Set before AppTestBase launches the app (instance initialisers run before @BeforeEach methods).
        bundled = List.of(BundledPath.of(LARGE));
    }

    @Test
    void fourDigitCountsOnTheFiltersKeepTheChecklistInsideA1024PixelWindowInGerman() throws TimeoutException {
        inLanguage("de");
        placeWindow(1024, 640);
        shortcut(KeyCode.DIGIT2);
        waitUntil(() -> shown("#detail-title") && shown("#filter-skipped"));
        WaitForAsyncUtils.waitForFxEvents(3);

        Scene scene = stage.getScene();
        List<String> findings = new ArrayList<>();
        robot.interact(() -> {
            for (String id : List.of("#filter-skipped", "#edit-item-button", "#status-file")) {
                if (rightEdge(node(id)) > scene.getWidth()) {
                    findings.add(id + " ends at " + rightEdge(node(id)) + " px, past the window's " + scene.getWidth());
                }
            }
            // Only what lies outside: the synthetic path's long title is cut in the switcher by design (its tooltip
            // shows it whole), and the status bar's texts are cut to fit whatever the window's width.
            LayoutAudit.of(scene, "checklist at 1024×640 in German").stream()
                    .filter(finding -> finding.startsWith("outside the window")).forEach(findings::add);
        });
        assertThat(findings).isEmpty();
    }

    @AfterEach
    void englishAgain() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
        Locale.setDefault(Messages.systemLocale());
    }

    private static double rightEdge(Node node) {
        Bounds inScene = node.localToScene(node.getLayoutBounds());
        return inScene.getMaxX();
    }
}
