package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Stepwise;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A path of many sections, as instructors build them: the overview's progress card lists the first eight and a link
 * unfolds the rest, so the card does not push the rest of the page a screen down. A path of few sections has no link.
 */
class OverviewManySectionsTest extends AppTestBase {
    /** The fixture's three sections and nine more. */
    private static final int SECTIONS = 12;

    private void addSections() throws TimeoutException {
        stopApp();
        try (Stepwise stepwise = Stepwise.open(databaseFile(), List.of(FixturePath.path()), Clock.systemUTC())) {
            for (int i = 1; i <= SECTIONS - 3; i++) {
                Section extra = new Section("extra-" + i, SectionKind.STEPS, "Extra section " + i, "", List.of());
                seedEdit(stepwise, ActivityKind.SECTION_ADDED, path -> PathEdits.addSection(path, path.sections().size(), extra));
            }
        }
        launch();
        shortcut(KeyCode.DIGIT1);
    }

    private List<String> shownSectionLines() {
        return IntStream.rangeClosed(1, SECTIONS - 3).mapToObj(i -> "#overview-section-extra-" + i).filter(this::shown).toList();
    }

    @Test
    void theFirstEightSectionsShowUntilTheLinkUnfoldsTheRestAndFoldsThemAgain() throws TimeoutException {
        addSections();
        waitUntil(() -> shown("#overview-sections-fold"));
        // The fixture's three sections, then extra-1 … extra-5: eight lines.
        assertThat(shownSectionLines()).containsExactly("#overview-section-extra-1", "#overview-section-extra-2",
                "#overview-section-extra-3", "#overview-section-extra-4", "#overview-section-extra-5");
        assertThat(this.<Hyperlink>node("#overview-sections-fold").getText()).isEqualTo("Show all 12 sections");
        // Folded lines are not made at all: a fifty-section path's hidden ones were styled before the first frame.
        assertThat(robot.lookup("#overview-section-extra-9").tryQuery()).isEmpty();

        robot.clickOn("#overview-sections-fold");
        waitUntil(() -> shown("#overview-section-extra-9"));
        assertThat(shownSectionLines()).hasSize(SECTIONS - 3);
        assertThat(this.<Hyperlink>node("#overview-sections-fold").getText()).isEqualTo("Show the first 8 only");

        robot.clickOn("#overview-sections-fold");
        waitUntil(() -> !shown("#overview-section-extra-9"));
        assertThat(shownSectionLines()).hasSize(5);
        assertThat(robot.lookup("#overview-section-extra-9").tryQuery()).isEmpty();
    }

    @Test
    void aPathOfFewSectionsListsThemAllWithNoLink() {
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> shown("#overview-section-" + FixturePath.STEPS));

        assertThat(robot.lookup("#overview-sections-fold").match(AppTestBase::visible).tryQuery()).isEmpty();
    }
}
