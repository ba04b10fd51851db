package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The example date the date fields write: soon after today, with a day that cannot be read as a month. */
class DateFieldsExampleTest {
    @Test
    void earlyInAMonthTheExampleIsTheThirteenth() {
        assertThat(DateFields.example(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(DateFields.example(LocalDate.of(2026, 12, 11))).isEqualTo(LocalDate.of(2026, 12, 13));
    }

    @Test
    void laterInAMonthTheExampleIsTomorrow() {
        assertThat(DateFields.example(LocalDate.of(2026, 12, 12))).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(DateFields.example(LocalDate.of(2026, 11, 29))).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void atTheEndOfAMonthOrYearTheExampleMovesOnToTheNextOnesThirteenth() {
        assertThat(DateFields.example(LocalDate.of(2026, 11, 30))).isEqualTo(LocalDate.of(2026, 12, 13));
        assertThat(DateFields.example(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 1, 13));
    }
}
