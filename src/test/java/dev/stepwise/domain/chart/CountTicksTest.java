package dev.stepwise.domain.chart;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A count axis: round steps, at most five of them up to the total, and its top one step above it. */
class CountTicksTest {
    @ParameterizedTest(name = "{0} items: steps of {1}")
    @CsvSource({"0, 1", "1, 1", "5, 1", "6, 2", "10, 2", "17, 5", "25, 5", "26, 10", "40, 10", "99, 20", "10000, 2000"})
    void roundStepsOfAtMostFive(int most, int step) {
        assertThat(CountTicks.step(most)).isEqualTo(step);
    }

    @ParameterizedTest(name = "{0} items: the axis ends at {1}")
    @CsvSource({"0, 1", "1, 2", "5, 6", "17, 20", "20, 25", "99, 100", "10000, 12000"})
    void theTopIsTheFirstStepAboveTheLargestCount(int most, int top) {
        assertThat(CountTicks.top(most)).isEqualTo(top);
    }
}
