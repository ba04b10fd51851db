package dev.stepwise.ui.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.DueState;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.ui.common.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The line above the timeline says what is so: a milestone with nothing left is done, not "on track" (one done
 * milestone said "1 milestone · all on track").
 */
class TimelineSummaryTextTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 1);

    private static MilestoneStanding done() {
        return standing(List.of(), true);
    }

    private static MilestoneStanding onTrack() {
        return standing(List.of("learn-sql"), true);
    }

    private static MilestoneStanding behind() {
        return standing(List.of("learn-sql"), false);
    }

    /** A milestone saved without items: nothing counted, nothing left. */
    private static MilestoneStanding empty() {
        return new MilestoneStanding(new Milestone("someday", "Someday", DAY.plusDays(7), List.of()), DAY, 0, 0, List.of(), 0.5,
                true, DueState.NONE, 7);
    }

    private static MilestoneStanding standing(List<String> left, boolean onTrack) {
        return new MilestoneStanding(new Milestone("week-1", "Week 1", DAY.plusDays(7), List.of("learn-sql")), DAY,
                left.isEmpty() ? 1 : 0, 1, left, 0.5, onTrack, left.isEmpty() ? DueState.NONE : DueState.LATER, 7);
    }

    @AfterEach
    void english() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void doneMilestonesAreSaidToBeDone() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));

        assertThat(TimelineViewModel.summaryOf(List.of(done()))).isEqualTo("1 milestone · done");
        assertThat(TimelineViewModel.summaryOf(List.of(done(), done(), done()))).isEqualTo("3 milestones · all done");
        assertThat(TimelineViewModel.summaryOf(List.of(done(), onTrack(), onTrack())))
                .isEqualTo("3 milestones · 1 done, the rest on track");
        assertThat(TimelineViewModel.summaryOf(List.of(done(), done(), onTrack())))
                .isEqualTo("3 milestones · 2 done, the rest on track");
    }

    /** A milestone without items is counted but neither done nor on track: it read "1 milestone · done". */
    @Test
    void milestonesWithoutItemsAreCountedButStandNowhere() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));

        assertThat(TimelineViewModel.summaryOf(List.of(empty()))).isEqualTo("1 milestone · no items yet");
        assertThat(TimelineViewModel.summaryOf(List.of(empty(), done()))).isEqualTo("2 milestones · done");
        assertThat(TimelineViewModel.summaryOf(List.of(empty(), onTrack(), behind()))).isEqualTo("3 milestones · 1 behind");
    }

    @Test
    void onTrackAndBehindAreSaidAsBefore() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));

        assertThat(TimelineViewModel.summaryOf(List.of(onTrack()))).isEqualTo("1 milestone · all on track");
        assertThat(TimelineViewModel.summaryOf(List.of(onTrack(), onTrack()))).isEqualTo("2 milestones · all on track");
        assertThat(TimelineViewModel.summaryOf(List.of(done(), behind(), onTrack()))).isEqualTo("3 milestones · 1 behind");
        assertThat(TimelineViewModel.summaryOf(List.of(behind(), behind()))).isEqualTo("2 milestones · 2 behind");
        assertThat(TimelineViewModel.summaryOf(List.of())).isEmpty();
    }

    @Test
    void inGerman() {
        Messages.use(Messages.forLocale(Locale.GERMAN));

        assertThat(TimelineViewModel.summaryOf(List.of(done()))).isEqualTo("1 Meilenstein · erledigt");
        assertThat(TimelineViewModel.summaryOf(List.of(done(), done()))).isEqualTo("2 Meilensteine · alle erledigt");
        assertThat(TimelineViewModel.summaryOf(List.of(done(), onTrack())))
                .isEqualTo("2 Meilensteine · 1 erledigt, die übrigen im Plan");
        assertThat(TimelineViewModel.summaryOf(List.of(behind()))).isEqualTo("1 Meilenstein · 1 im Rückstand");
    }
}
