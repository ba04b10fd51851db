package dev.stepwise.domain.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.chart.DayTicks.Choice;
import dev.stepwise.domain.chart.DayTicks.Formats;
import dev.stepwise.domain.chart.DayTicks.Unit;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Where a day axis puts its labels: calendar boundaries, as fine as the room allows. */
class DayTicksTest {
    /** The shipped patterns (chart.axis.* in each bundle): a pattern a translation got wrong fails here, not on screen. */
    private static final Formats ENGLISH = shipped(Locale.ENGLISH);
    private static final Formats GERMAN = shipped(Locale.GERMAN);

    private static Formats shipped(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("dev.stepwise.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return Formats.from(bundle::getString, locale);
    }

    private static List<String> labels(Choice choice, Formats formats) {
        return choice.days().stream().map(day -> choice.label(day, formats)).toList();
    }

    @Test
    void aFewDaysAreLabelledDayByDay() {
        Choice choice = DayTicks.between(LocalDate.of(2026, 11, 29), LocalDate.of(2026, 11, 30), 9);

        assertThat(choice.unit()).isEqualTo(Unit.DAY);
        assertThat(labels(choice, ENGLISH)).containsExactly("Nov 29", "Nov 30");
    }

    @Test
    void fiveWeeksAreLabelledOnTheirMondays() {
        // Tuesday 3 November to Monday 7 December 2026: 35 days, more than 9 labels a day or every other day.
        Choice choice = DayTicks.between(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 12, 7), 9);

        assertThat(choice.unit()).isEqualTo(Unit.WEEK);
        assertThat(choice.days()).allMatch(day -> day.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(labels(choice, ENGLISH)).containsExactly("Nov 9", "Nov 16", "Nov 23", "Nov 30", "Dec 7");
        assertThat(labels(choice, GERMAN)).containsExactly("9. Nov.", "16. Nov.", "23. Nov.", "30. Nov.", "7. Dez.");
    }

    @Test
    void monthsAreNamedWithTheYearOnTheFirstLabelAndOnJanuary() {
        // The timeline's burn-up of a term: 7 October 2026 to 10 March 2027, room for 9 labels.
        Choice choice = DayTicks.between(LocalDate.of(2026, 10, 7), LocalDate.of(2027, 3, 10), 9);

        assertThat(choice.unit()).isEqualTo(Unit.MONTH);
        assertThat(labels(choice, ENGLISH)).containsExactly("Nov 2026", "Dec", "Jan 2027", "Feb", "Mar");
        assertThat(labels(choice, GERMAN)).containsExactly("Nov 2026", "Dez", "Jan 2027", "Feb", "Mär");
    }

    @Test
    void lessRoomTakesACoarserStepOnTheSameGrid() {
        LocalDate first = LocalDate.of(2026, 1, 10);
        LocalDate last = LocalDate.of(2027, 12, 20);

        Choice wide = DayTicks.between(first, last, 8);
        Choice narrow = DayTicks.between(first, last, 4);

        // Two years: every third month in a wide chart (quarters: Jan, Apr, Jul, Oct), half-years in a narrow one.
        assertThat(wide.days()).first().isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(wide.days()).hasSize(7).allMatch(day -> day.getDayOfMonth() == 1 && (day.getMonthValue() - 1) % 3 == 0);
        assertThat(narrow.days()).containsExactly(LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1));
        assertThat(wide.days()).containsAll(narrow.days());
    }

    @Test
    void decadesAreLabelledByYear() {
        Choice choice = DayTicks.between(LocalDate.of(2020, 6, 1), LocalDate.of(2035, 6, 1), 5);

        assertThat(choice.unit()).isEqualTo(Unit.YEAR);
        assertThat(labels(choice, ENGLISH)).containsExactly("2025", "2030", "2035");
    }

    @Test
    void aRangeWithNoBoundaryInRoomIsLabelledByItsFirstDay() {
        // Tuesday to Sunday, room for one label: no Monday, no first of a month between them.
        Choice choice = DayTicks.between(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 8), 1);

        assertThat(choice.days()).containsExactly(LocalDate.of(2026, 11, 3));
    }

    @Test
    void aRangeBackwardsIsAMistake() {
        assertThatThrownBy(() -> DayTicks.between(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 2), 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-11-03");
    }

    @Test
    void aRangeThatGrowsByADayKeepsItsLabels() {
        Choice before = DayTicks.between(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 11, 29), 8);
        Choice after = DayTicks.between(LocalDate.of(2026, 9, 14), LocalDate.of(2026, 11, 30), 8);

        assertThat(after.days()).containsAll(before.days());
    }

    @Property(tries = 1_000)
    void everyChoiceFitsItsRoomAndTheRangeOnTheCalendarsGrid(@ForAll @IntRange(min = -20_000, max = 40_000) int start,
            @ForAll @IntRange(min = 0, max = 20_000) int span, @ForAll @IntRange(min = 1, max = 30) int room) {
        LocalDate first = LocalDate.ofEpochDay(start);
        LocalDate last = first.plusDays(span);

        Choice choice = DayTicks.between(first, last, room);

        assertThat(choice.days()).isNotEmpty().hasSizeLessThanOrEqualTo(room).isSorted()
                .allMatch(day -> !day.isBefore(first) && !day.isAfter(last));
        assertThat(choice.days()).allMatch(day -> switch (choice.unit()) {
            case DAY -> true;
            case WEEK -> day.getDayOfWeek() == DayOfWeek.MONDAY;
            case MONTH -> day.getDayOfMonth() == 1;
            case YEAR -> day.getDayOfYear() == 1;
        });
        if ((choice.unit() == Unit.DAY || choice.unit() == Unit.WEEK) && choice.days().size() > 1) {
            long gap = ChronoUnit.DAYS.between(choice.days().get(0), choice.days().get(1));
            assertThat(choice.days()).allMatch(day -> ChronoUnit.DAYS.between(choice.days().get(0), day) % gap == 0);
        }
        // Not needlessly coarse: a coarser unit than days only where a label a day would not have fitted.
        if (choice.unit() != Unit.DAY) {
            assertThat(span + 1).isGreaterThan(room);
        }
    }
}
