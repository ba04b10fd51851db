package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.ui.charts.BurnUpChart;
import dev.stepwise.ui.charts.SkillHistoryChart;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.Test;

/** The charts, driven through the real UI: a skill's level over time, current against target, items done over time. */
class ChartsScreenTest extends AppTestBase {
    private static final String LANGUAGE = FixturePath.LANGUAGE.id();
    private static final String DATABASES = FixturePath.DATABASES.id();

    private List<String> ratingsOnDisk(String skillId) {
        return column("SELECT level FROM skill_rating WHERE path_id = ? AND skill_id = ? ORDER BY id", FixturePath.ID, skillId);
    }

    @Test
    void ratingASkillGivesItsDetailChartAPoint() {
        shortcut(KeyCode.DIGIT3);
        // The first skill is selected when the matrix opens; unrated, the pane says so instead of drawing.
        assertThat(shown("#skill-history-none")).isTrue();
        assertThat(shown("#skill-history-chart")).isFalse();

        robot.clickOn("#cell-" + LANGUAGE + "-2");

        waitUntil(() -> ratingsOnDisk(LANGUAGE).equals(List.of("2")));
        waitUntil(() -> robot.lookup(".skill-history-chart").<SkillHistoryChart>query().ratingsShown() == 1);
        assertThat(node("#skill-history-chart").getAccessibleText()).contains("1 rating", "now 2 Guided", "target 3 Independent");
        assertThat(shown("#skill-history-none")).isFalse();

        // Another skill, not rated yet: its pane has no line of the first one's.
        robot.clickOn("#skill-row-" + DATABASES + " .skill-name");
        waitUntil(() -> shown("#skill-history-none"));
        assertThat(robot.lookup(".skill-history-chart").<SkillHistoryChart>query().ratingsShown()).isZero();
    }

    @Test
    void theChartShowsEverySkillsBarAgainstItsTargetAndFollowsARating() {
        shortcut(KeyCode.DIGIT3);
        robot.clickOn("#glance-chart");
        waitUntil(() -> shown("#glance-" + DATABASES));

        for (String skillId : List.of(LANGUAGE, DATABASES, FixturePath.API_DESIGN.id(), FixturePath.DEPLOYMENT.id(),
                FixturePath.SECURITY.id(), FixturePath.PROBLEM_SOLVING.id(), FixturePath.COMMUNICATION.id())) {
            assertThat(shown("#glance-" + skillId)).as(skillId).isTrue();
        }
        assertThat(node("#glance-" + DATABASES).getAccessibleText()).isEqualTo(
                "Databases: level 0 Not yet, target 3 Independent, gap 3, no evidence yet");
        assertThat(robot.lookup(".matrix").query().isVisible()).as("the grid gives way to the chart").isFalse();

        robot.clickOn("#glance-" + DATABASES);
        robot.clickOn("#rate-3");

        waitUntil(() -> ratingsOnDisk(DATABASES).equals(List.of("3")));
        waitUntil(() -> node("#glance-" + DATABASES).getAccessibleText().contains("level 3 Independent"));
        // At target now: it moves below the skills still short of theirs, the last of its category.
        ListView<?> list = node("#glance-list");
        assertThat(list.getItems().indexOf(list.getItems().stream().filter(row -> row.toString().contains("id=" + DATABASES + ","))
                .findFirst().orElseThrow())).isEqualTo(5);
        Node bar = node("#glance-" + DATABASES + " .glance-bar");
        Node track = node("#glance-" + DATABASES + " .glance-track");
        assertThat(bar.getLayoutBounds().getWidth()).isCloseTo(track.getLayoutBounds().getWidth() * 3 / 4, offset(3.0));
        assertThat(bar.getLayoutBounds().getWidth()).isGreaterThan(0);

        robot.clickOn("#glance-grid");
        waitUntil(() -> robot.lookup(".matrix").query().isVisible());
        assertThat(robot.lookup(".glance").query().isVisible()).isFalse();
    }

    @Test
    void tickingAnItemDrawsTheBurnUp() {
        assertThat(shown("#burn-up-none")).isTrue();

        shortcut(KeyCode.DIGIT2);
        clickInItemRow(FixturePath.LEARN_LANGUAGE, ".status-button");
        assertOnDisk(FixturePath.LEARN_LANGUAGE, "DONE");
        shortcut(KeyCode.DIGIT1);

        waitUntil(() -> shown("#burn-up-chart"));
        BurnUpChart chart = robot.lookup(".burn-up-chart").query();
        assertThat(chart.doneShown()).isEqualTo(1);
        assertThat(chart.planPointsShown()).isZero();
        assertThat(node("#burn-up-chart").getAccessibleText()).startsWith("Items done over time: 1 of 8 by ");
        // The "done" line has no symbols, so its legend is a line as the others are, not the skill chart's ring.
        Region doneKey = robot.lookup("#burn-up-chart .default-color0.chart-legend-item-symbol").query();
        assertThat(doneKey.getBackground().getFills()).hasSize(1);
        assertThat(doneKey.getBackground().getFills().get(0).getRadii().getTopLeftHorizontalRadius()).isZero();
    }
}
