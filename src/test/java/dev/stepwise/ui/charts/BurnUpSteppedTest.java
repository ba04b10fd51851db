package dev.stepwise.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.DoneOverTime.Point;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.chart.XYChart;
import org.junit.jupiter.api.Test;

/**
 * The burn-up's done line is drawn as steps: the count holds until the day it changes and rises on that day. Joined
 * straight, three items done on the 2nd drew a slope from the 1st (found by trying it).
 */
class BurnUpSteppedTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);

    private static List<String> drawn(List<Point> points) {
        return BurnUpChart.stepped(points).stream().map(BurnUpSteppedTest::text).toList();
    }

    private static String text(XYChart.Data<Number, Number> data) {
        return LocalDate.ofEpochDay(data.getXValue().longValue()).getDayOfMonth() + ":" + data.getYValue().intValue();
    }

    @Test
    void theCountRisesOnTheDayItChangesAndHoldsBetween() {
        List<Point> points = List.of(new Point(FIRST, 0), new Point(FIRST.plusDays(1), 3), new Point(FIRST.plusDays(4), 3),
                new Point(FIRST.plusDays(6), 5), new Point(FIRST.plusDays(7), 4));
        assertThat(drawn(points)).containsExactly("1:0", "2:0", "2:3", "5:3", "7:3", "7:5", "8:5", "8:4");
    }

    @Test
    void oneOrNoPointIsDrawnAsItIs() {
        assertThat(drawn(List.of())).isEmpty();
        assertThat(drawn(List.of(new Point(FIRST, 2)))).containsExactly("1:2");
    }
}
