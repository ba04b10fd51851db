package dev.stepwise.ui.fx;

import static dev.stepwise.fixtures.FixturePath.ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.Section;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Stepwise;
import dev.stepwise.ui.overview.OverviewView;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sections with long titles, as instructors name them and as generated paths have them, in the smallest window: on
 * the overview every section's count stays whole ("0 of 3 done", not "0 of 3 d…") and its title wraps.
 */
class LongSectionTitlesLayoutTest extends AppTestBase {
    private static final String LONG = "Distributed systems, message queues and event-driven architecture in production";

    @BeforeEach
    void lengthenTheSectionTitles() throws TimeoutException {
        stopApp();
        try (Stepwise stepwise = Stepwise.open(databaseFile(), List.of(FixturePath.path()), Clock.systemUTC())) {
            for (Section section : stepwise.progress().load(ID).path().sections()) {
                seedEdit(stepwise, ActivityKind.SECTION_EDITED, path -> PathEdits.editSection(path, section.id(),
                        LONG + " (" + section.title() + ")", section.description()));
            }
        }
        launch();
    }

    @Test
    void theOverviewKeepsEverySectionsCountWholeAt1024By640() {
        placeWindow(1024, 640);
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> shown("#overview-section-" + FixturePath.STEPS));
        WaitForAsyncUtils.waitForFxEvents(3);

        List<String> findings = new ArrayList<>();
        OverviewView overview = robot.lookup(node -> node instanceof OverviewView).query();
        robot.interact(() -> findings.addAll(LayoutAudit.of(overview, "overview at 1024×640")));

        assertThat(this.<Label>node("#overview-section-" + FixturePath.STEPS).getText()).isEqualTo("0 of 4 done");
        assertThat(findings).as("cut or overflowing on the overview").isEmpty();
    }
}
