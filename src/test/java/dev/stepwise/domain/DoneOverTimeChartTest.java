package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.DoneOverTime.Bucket;
import dev.stepwise.domain.DoneOverTime.Point;
import dev.stepwise.domain.DoneOverTime.Series;
import dev.stepwise.fixtures.FixturePath;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The burn-up's data, on fixed dates: cumulative done items per day or week, up to today in the learner's zone. */
class DoneOverTimeChartTest {
    private static final LocalDate MARCH_1 = LocalDate.of(2026, 3, 1);

    private static ItemProgress done(String itemId, LocalDate on) {
        return new ItemProgress(itemId, ItemStatus.DONE, "", Set.of(), null, on);
    }

    private static PathState state(ItemProgress... progress) {
        Map<String, ItemProgress> items = new HashMap<>();
        for (ItemProgress item : progress) {
            items.put(item.itemId(), item);
        }
        return new PathState(FixturePath.path(), items, Map.of());
    }

    @Test
    void anEmptyPathHasOnePointAtZeroAndSaysItIsEmpty() {
        LearningPath empty = new LearningPath("empty", 1, "Empty", "", "", List.of(), List.of(), List.of(), List.of());
        Series series = DoneOverTime.count(PathState.fresh(empty)).series(MARCH_1);

        assertThat(series.points()).containsExactly(new Point(MARCH_1, 0));
        assertThat(series.total()).isZero();
        assertThat(series.isEmpty()).isTrue();
    }

    @Test
    void countsPerDayFromTheDayBeforeTheFirstUpToToday() {
        PathState state = state(done(FixturePath.LEARN_LANGUAGE, MARCH_1), done(FixturePath.LEARN_SQL, MARCH_1.plusDays(2)),
                done(FixturePath.BUILD_API, MARCH_1.plusDays(2)),
                new ItemProgress(FixturePath.DEPLOY, ItemStatus.LEARNING, "", Set.of(), MARCH_1, null),
                new ItemProgress(FixturePath.CS_DEGREE, ItemStatus.SKIPPED, "", Set.of(), null, null));

        Series series = DoneOverTime.count(state).series(MARCH_1.plusDays(4));

        assertThat(series.bucket()).isEqualTo(Bucket.DAY);
        assertThat(series.points()).containsExactly(
                new Point(LocalDate.of(2026, 2, 28), 0), new Point(MARCH_1, 1), new Point(MARCH_1.plusDays(1), 1),
                new Point(MARCH_1.plusDays(2), 3), new Point(MARCH_1.plusDays(3), 3), new Point(MARCH_1.plusDays(4), 3));
        // 8 items, one skipped: the line climbs towards 7.
        assertThat(series.total()).isEqualTo(7);
        assertThat(series.isEmpty()).isFalse();
    }

    @Test
    void todayIsTheLearnersDayInTheirZone() {
        DoneOverTime counts = DoneOverTime.count(state(done(FixturePath.LEARN_LANGUAGE, MARCH_1)));
        // 20:00 UTC on March 1 is already March 2 in Tokyo, still March 1 in Los Angeles.
        Instant evening = Instant.parse("2026-03-01T20:00:00Z");

        assertThat(last(counts.series(evening, ZoneId.of("Asia/Tokyo")))).isEqualTo(new Point(MARCH_1.plusDays(1), 1));
        assertThat(last(counts.series(evening, ZoneId.of("America/Los_Angeles")))).isEqualTo(new Point(MARCH_1, 1));
    }

    @Test
    void anItemDoneOnADayStillAheadInUtcIsCountedOnItsOwnDay() {
        // Ticked at 08:00 in Tokyo on March 2 (its done day), while it was still March 1 in UTC.
        DoneOverTime counts = DoneOverTime.count(state(done(FixturePath.LEARN_LANGUAGE, MARCH_1.plusDays(1))));

        Series series = counts.series(Instant.parse("2026-03-01T23:00:00Z"), ZoneId.of("UTC"));

        assertThat(series.points()).containsExactly(new Point(MARCH_1, 0), new Point(MARCH_1.plusDays(1), 1));
    }

    @Test
    void aLongSpanIsCountedPerWeekEndingOnSundaysAndToday() {
        LocalDate first = LocalDate.of(2026, 1, 7); // a Wednesday
        PathState state = state(done(FixturePath.LEARN_LANGUAGE, first), done(FixturePath.LEARN_SQL, first.plusDays(50)),
                done(FixturePath.BUILD_API, LocalDate.of(2026, 5, 1)));
        LocalDate today = LocalDate.of(2026, 5, 6); // a Wednesday, 120 days on

        Series series = DoneOverTime.count(state).series(today);

        assertThat(series.bucket()).isEqualTo(Bucket.WEEK);
        assertThat(series.points().get(0)).isEqualTo(new Point(first.minusDays(1), 0));
        assertThat(series.points().get(1)).isEqualTo(new Point(LocalDate.of(2026, 1, 11), 1));
        assertThat(series.points().subList(1, series.points().size() - 1))
                .allSatisfy(point -> assertThat(point.day().getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY));
        assertThat(last(series)).isEqualTo(new Point(today, 3));
        assertThat(series.points()).extracting(Point::done).isSorted();
        assertThat(series.points()).filteredOn(point -> point.day().equals(LocalDate.of(2026, 3, 1)))
                .containsExactly(new Point(LocalDate.of(2026, 3, 1), 2));
    }

    @Test
    void aTickMovesOneItemAndTakingItBackRestoresTheCount() {
        PathState state = state(done(FixturePath.LEARN_LANGUAGE, MARCH_1));
        DoneOverTime counts = DoneOverTime.count(state);
        ItemProgress before = ItemProgress.notStarted(FixturePath.LEARN_SQL);
        ItemProgress after = done(FixturePath.LEARN_SQL, MARCH_1.plusDays(1));

        DoneOverTime ticked = counts.moved(before, after, 8);
        DoneOverTime unticked = ticked.moved(after, before, 8);

        assertThat(ticked.doneOn()).containsExactly(Map.entry(MARCH_1, 1), Map.entry(MARCH_1.plusDays(1), 1));
        assertThat(last(ticked.series(MARCH_1.plusDays(1))).done()).isEqualTo(2);
        assertThat(unticked.doneOn()).containsExactly(Map.entry(MARCH_1, 1));
        assertThat(ticked.moved(after, after, 8).doneOn()).isEqualTo(ticked.doneOn());
    }

    @Test
    void aDoneItemWithoutADateCountsFromTheStartSoTheLineEndsAtTheDoneCount() {
        PathState state = state(done(FixturePath.LEARN_LANGUAGE, null), done(FixturePath.LEARN_SQL, MARCH_1));

        Series series = DoneOverTime.count(state).series(MARCH_1);

        assertThat(series.points()).containsExactly(new Point(MARCH_1.minusDays(1), 1), new Point(MARCH_1, 2));
        assertThat(last(series).done()).isEqualTo(state.overallProgress().done());
    }

    private static Point last(Series series) {
        return series.points().get(series.points().size() - 1);
    }
}
