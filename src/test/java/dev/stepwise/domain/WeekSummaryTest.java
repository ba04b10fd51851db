package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a week brought, net: an item undone again or a skill rated back down did not move. */
class WeekSummaryTest {
    private static final Instant AT = Instant.parse("2026-11-24T10:00:00Z");

    private static ActivityEvent status(String item, ItemStatus from, ItemStatus to) {
        return new ActivityEvent(AT, "p", ActivityKind.ITEM_STATUS_CHANGED, item,
                new ActivityChange.Status(from, to, Optional.empty(), Optional.empty()));
    }

    private static ActivityEvent rating(String skill, Level from, Level to) {
        return new ActivityEvent(AT, "p", ActivityKind.SKILL_RATED, skill, new ActivityChange.LevelMove(Optional.of(from), to));
    }

    private static ActivityEvent note(String item, String text) {
        return new ActivityEvent(AT, "p", ActivityKind.ITEM_NOTE_CHANGED, item, new ActivityChange.TextEdit("", text));
    }

    @Test
    void itemsCountWhenTheWeekLeftThemDone() {
        List<ActivityEvent> week = List.of(
                status("a", ItemStatus.LEARNING, ItemStatus.DONE),
                status("b", ItemStatus.NOT_STARTED, ItemStatus.DONE),
                status("b", ItemStatus.DONE, ItemStatus.LEARNING),
                status("c", ItemStatus.NOT_STARTED, ItemStatus.LEARNING),
                status("a", ItemStatus.DONE, ItemStatus.LEARNING),
                status("a", ItemStatus.LEARNING, ItemStatus.DONE));

        assertThat(WeekSummary.of(week, 0).itemsDone()).isEqualTo(1);
    }

    @Test
    void skillsCountWhenTheyEndedTheWeekAboveWhereTheyBeganIt() {
        List<ActivityEvent> week = List.of(
                rating("sql", Level.AWARE, Level.GUIDED),
                rating("sql", Level.GUIDED, Level.INDEPENDENT),
                rating("api", Level.GUIDED, Level.INDEPENDENT),
                rating("api", Level.INDEPENDENT, Level.GUIDED),
                rating("talk", Level.GUIDED, Level.AWARE));

        assertThat(WeekSummary.of(week, 0).skillsRaised()).isEqualTo(1);
    }

    @Test
    void notesCountWhenSomethingWasWrittenAndMinutesAreGiven() {
        List<ActivityEvent> week = List.of(note("a", "Read chapter 3"), note("a", " "), note("b", "Indexes next"),
                status("a", ItemStatus.NOT_STARTED, ItemStatus.LEARNING));

        assertThat(WeekSummary.of(week, 95)).isEqualTo(new WeekSummary(0, 0, 2, 95));
    }
}
