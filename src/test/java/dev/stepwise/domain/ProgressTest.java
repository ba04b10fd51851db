package dev.stepwise.domain;

import static dev.stepwise.domain.ItemStatus.DONE;
import static dev.stepwise.domain.ItemStatus.LEARNING;
import static dev.stepwise.domain.ItemStatus.NOT_STARTED;
import static dev.stepwise.domain.ItemStatus.SKIPPED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressTest {

    @Test
    @DisplayName("of() counts done and skipped; learning and not started only add to the total")
    void ofCountsStatuses() {
        Progress progress = Progress.of(List.of(DONE, LEARNING, SKIPPED, NOT_STARTED, DONE, DONE));

        assertThat(progress).isEqualTo(new Progress(3, 6, 1));
        assertThat(progress.counted()).isEqualTo(5);
    }

    @Test
    @DisplayName("of() an empty list is NONE")
    void ofEmptyIsNone() {
        assertThat(Progress.of(List.of())).isEqualTo(Progress.NONE).isEqualTo(new Progress(0, 0, 0));
    }

    @Test
    @DisplayName("fraction is done ÷ (total − skipped): skipped items leave the denominator")
    void fractionExcludesSkipped() {
        Progress progress = new Progress(3, 7, 1);

        assertThat(progress.counted()).isEqualTo(6);
        assertThat(progress.fraction()).isCloseTo(0.5, within(1e-12));
        assertThat(progress.percent()).isEqualTo(50);
    }

    @ParameterizedTest(name = "{0} done, {2} skipped of {1} → {3}%")
    @CsvSource({
        "0, 4, 0, 0",
        "1, 4, 0, 25",
        "1, 3, 0, 33",
        "2, 3, 0, 66",
        "5, 7, 1, 83",
        "4, 4, 0, 100",
        "3, 5, 2, 100",
        "199, 200, 0, 99"
    })
    @DisplayName("percent rounds down, so an unfinished set never reads 100%")
    void percentRoundsDown(int done, int total, int skipped, int percent) {
        assertThat(new Progress(done, total, skipped).percent()).isEqualTo(percent);
    }

    @Test
    @DisplayName("all skipped: nothing is outstanding, so it reads 1.0 / 100% and is complete")
    void allSkipped() {
        Progress progress = Progress.of(List.of(SKIPPED, SKIPPED, SKIPPED));

        assertThat(progress.counted()).isZero();
        assertThat(progress.fraction()).isEqualTo(1.0);
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.isComplete()).isTrue();
        assertThat(progress.summary()).isEqualTo("0 of 0 done · 3 skipped");
    }

    @Test
    @DisplayName("empty: reads 0.0 / 0% and is not complete (fraction 1.0 and isComplete always agree)")
    void empty() {
        assertThat(Progress.NONE.fraction()).isEqualTo(0.0);
        assertThat(Progress.NONE.percent()).isZero();
        assertThat(Progress.NONE.isComplete()).isFalse();
        assertThat(Progress.NONE.summary()).isEqualTo("0 of 0 done");
    }

    @Test
    @DisplayName("isComplete exactly when every counted item is done")
    void isComplete() {
        assertThat(new Progress(4, 4, 0).isComplete()).isTrue();
        assertThat(new Progress(3, 4, 1).isComplete()).isTrue();
        assertThat(new Progress(3, 4, 0).isComplete()).isFalse();
        assertThat(new Progress(2, 4, 1).isComplete()).isFalse();
        assertThat(new Progress(0, 1, 0).isComplete()).isFalse();
    }

    @Test
    @DisplayName("summary with something skipped: \"5 of 6 done · 1 skipped\" for 5 done, 1 skipped of 7")
    void summaryWithSkipped() {
        assertThat(new Progress(5, 7, 1).summary()).isEqualTo("5 of 6 done · 1 skipped");
    }

    @Test
    @DisplayName("summary without skipped items leaves the skipped part out: \"3 of 7 done\"")
    void summaryWithoutSkipped() {
        assertThat(new Progress(3, 7, 0).summary()).isEqualTo("3 of 7 done");
    }

    @Test
    @DisplayName("summary's \"of\" figure and percent agree (both use total − skipped)")
    void summaryAgreesWithPercent() {
        Progress progress = new Progress(2, 6, 2);

        assertThat(progress.summary()).startsWith("2 of 4 done");
        assertThat(progress.percent()).isEqualTo(50);
    }

    @ParameterizedTest(name = "Progress({0}, {1}, {2}) is impossible")
    @CsvSource({
        "-1, 3, 0",
        "0, 3, -1",
        "4, 3, 0",
        "0, 3, 4",
        "2, 3, 2",
        "0, -1, 0"
    })
    @DisplayName("impossible counts are rejected with the figures in the message")
    void impossibleValuesRejected(int done, int total, int skipped) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Progress(done, total, skipped))
                .withMessageContaining("impossible progress")
                .withMessageContaining(String.valueOf(total));
    }

    @Test
    @DisplayName("boundary counts are accepted: everything done or skipped")
    void boundaryCountsAccepted() {
        Progress progress = new Progress(2, 3, 1);

        assertThat(progress.done()).isEqualTo(2);
        assertThat(progress.total()).isEqualTo(3);
        assertThat(progress.skipped()).isEqualTo(1);
    }

    @Test
    @DisplayName("plus adds the counts field by field")
    void plusAddsCounts() {
        Progress sum = new Progress(2, 5, 1).plus(new Progress(1, 4, 2));

        assertThat(sum).isEqualTo(new Progress(3, 9, 3));
        assertThat(sum.summary()).isEqualTo("3 of 6 done · 3 skipped");
    }

    @Test
    @DisplayName("NONE is the identity of plus")
    void noneIsIdentity() {
        Progress progress = new Progress(2, 5, 1);

        assertThat(Progress.NONE.plus(progress)).isEqualTo(progress);
        assertThat(progress.plus(Progress.NONE)).isEqualTo(progress);
    }

    @Test
    @DisplayName("percent is exact when the fraction is a whole percentage")
    void percentIsExactForWholePercentages() {
        assertThat(new Progress(29, 50, 0).percent()).isEqualTo(58);
        assertThat(new Progress(29, 100, 0).percent()).isEqualTo(29);
        assertThat(new Progress(57, 100, 0).percent()).isEqualTo(57);
        assertThat(new Progress(58, 102, 2).percent()).isEqualTo(58);
    }
}
