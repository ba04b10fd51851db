package dev.stepwise.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.DoneOverTime.Point;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.domain.chart.DayTicks;
import dev.stepwise.domain.report.ReportBurnUp;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The burn-up picture's axes, labelled as the window's chart is: it showed quarters of the total ("0, 4, 9, 13, 17")
 * and two ISO dates at the ends whatever the language, the same date twice when the line spans one day.
 */
class BurnUpAxesTest {
    /** The report's day in {@link ReportFixture#CLOCK}. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    /** As many labels as the picture's plot holds. */
    private static final int ROOM = 9;

    private static DayTicks.Formats formats(Locale locale) {
        return ReportFixture.report(locale).words().dayTicks(locale);
    }

    private static List<String> texts(BurnUpAxes axes) {
        return axes.labels().stream().map(BurnUpAxes.DayLabel::text).toList();
    }

    @Test
    void countsGoUpInRoundStepsToTheFirstStepAboveTheLargestCount() {
        ReportBurnUp seventeen = new ReportBurnUp(List.of(new Point(TODAY.minusDays(40), 0), new Point(TODAY, 5)), 17,
                List.of(new PlanPoint(TODAY.plusDays(30), 13)));

        BurnUpAxes axes = BurnUpAxes.of(seventeen, TODAY, formats(Locale.ENGLISH), ROOM);

        assertThat(axes.counts()).containsExactly(0, 5, 10, 15, 20);
        assertThat(axes.top()).isEqualTo(20);
    }

    @Test
    void aPlanLargerThanTheItemsToDoRaisesTheScale() {
        ReportBurnUp overPlanned = new ReportBurnUp(List.of(new Point(TODAY, 1)), 8, List.of(new PlanPoint(TODAY.plusDays(9), 12)));

        assertThat(BurnUpAxes.of(overPlanned, TODAY, formats(Locale.ENGLISH), ROOM).counts()).containsExactly(0, 5, 10, 15);
    }

    @Test
    void monthsAreNamedInTheReportsLanguageWithTheYearOnTheFirstAndOnJanuary() {
        ReportBurnUp months = new ReportBurnUp(List.of(new Point(LocalDate.of(2026, 6, 10), 0), new Point(TODAY, 4)), 17,
                List.of(new PlanPoint(LocalDate.of(2027, 1, 15), 17)));

        BurnUpAxes english = BurnUpAxes.of(months, TODAY, formats(Locale.ENGLISH), ROOM);
        BurnUpAxes german = BurnUpAxes.of(months, TODAY, formats(Locale.GERMAN), ROOM);

        assertThat(english.first()).isEqualTo(LocalDate.of(2026, 6, 10));
        assertThat(english.last()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(texts(english)).containsExactly("Jul 2026", "Aug", "Sep", "Oct", "Nov", "Dec", "Jan 2027");
        assertThat(texts(german)).containsExactly("Jul 2026", "Aug", "Sep", "Okt", "Nov", "Dez", "Jan 2027");
        assertThat(english.labels()).extracting(BurnUpAxes.DayLabel::day).allMatch(day -> day.getDayOfMonth() == 1);
    }

    @Test
    void aLineOfOneDayHasOneLabelNotTheSameDateTwice() {
        BurnUpAxes axes = BurnUpAxes.of(new ReportBurnUp(List.of(new Point(TODAY, 0)), 10_000, List.of()), TODAY,
                formats(Locale.ENGLISH), ROOM);

        assertThat(texts(axes)).containsExactly("Nov 29");
        assertThat(axes.days()).isEqualTo(1);
    }

    @Test
    void fewerLabelsWhenThePlotHoldsFewer() {
        ReportBurnUp months = new ReportBurnUp(List.of(new Point(LocalDate.of(2026, 6, 10), 0)), 3, List.of());

        assertThat(BurnUpAxes.of(months, TODAY, formats(Locale.ENGLISH), 3).labels()).hasSizeLessThanOrEqualTo(3).isNotEmpty();
    }

    @Test
    void nothingDoneShowsTheMonthBeforeTheReport() {
        BurnUpAxes axes = BurnUpAxes.of(new ReportBurnUp(List.of(), 5, List.of()), TODAY, formats(Locale.ENGLISH), ROOM);

        assertThat(axes.first()).isEqualTo(TODAY.minusDays(BurnUpAxes.DAYS_SHOWN_WHEN_EMPTY));
        assertThat(axes.last()).isEqualTo(TODAY);
        assertThat(axes.counts()).containsExactly(0, 1, 2, 3, 4, 5, 6);
    }

    @Test
    void aDoneDayAfterTheReportsDayStillLiesOnThePlot() {
        LocalDate ahead = TODAY.plusDays(3);

        BurnUpAxes axes = BurnUpAxes.of(new ReportBurnUp(List.of(new Point(ahead, 2)), 5, List.of()), TODAY,
                formats(Locale.ENGLISH), ROOM);

        assertThat(axes.first()).isEqualTo(ahead);
        assertThat(axes.last()).isEqualTo(ahead);
    }
}
