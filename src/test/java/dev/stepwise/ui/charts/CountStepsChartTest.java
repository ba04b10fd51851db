package dev.stepwise.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The burn-up's count axis: round steps, at most five of them up to the total. */
class CountStepsChartTest {
    @ParameterizedTest(name = "{0} items: steps of {1}")
    @CsvSource({"0, 1", "1, 1", "5, 1", "6, 2", "10, 2", "17, 5", "25, 5", "26, 10", "40, 10", "99, 20", "10000, 2000"})
    void roundStepsOfAtMostFive(int most, int step) {
        assertThat(ChartAxes.niceStep(most)).isEqualTo(step);
    }
}
