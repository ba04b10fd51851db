package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.store.SamplePaths;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Edit menu names each study-time and review change by its item, in both languages. */
class StudyTimeUndoLabelsTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static final LocalDate DUE = LocalDate.of(2026, 3, 2);

    private static String label(ActivityKind kind, ActivityChange change) {
        return UndoLabels.describe(NamedEntries.of(1, new ActivityEvent(AT, SamplePaths.ID, kind, SamplePaths.FIRST, change),
                SamplePaths.sample()));
    }

    private static ActivityChange review(Optional<LocalDate> from, Optional<LocalDate> to) {
        return new ActivityChange.ReviewDates(from, to);
    }

    @AfterEach
    void english() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void eachKindIsNamedByItsItem() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
        assertThat(label(ActivityKind.TIME_LOGGED, new ActivityChange.Minutes(45))).isEqualTo("log 45 min on “Learn SQL”");
        assertThat(label(ActivityKind.TIMER_STARTED, new ActivityChange.Timer(AT, 0))).isEqualTo("start the timer on “Learn SQL”");
        assertThat(label(ActivityKind.TIMER_STOPPED, new ActivityChange.Timer(AT, 25))).isEqualTo("stop the timer on “Learn SQL”");
        assertThat(label(ActivityKind.REVIEW_SCHEDULED, review(Optional.empty(), Optional.of(DUE))))
                .isEqualTo("schedule a review of “Learn SQL”");
        assertThat(label(ActivityKind.REVIEW_CONFIRMED, review(Optional.of(DUE), Optional.of(DUE.plusDays(3)))))
                .isEqualTo("confirm the review of “Learn SQL”");
        assertThat(label(ActivityKind.REVIEW_REOPENED, review(Optional.of(DUE), Optional.empty()))).isEqualTo("reopen “Learn SQL”");
    }

    @Test
    void inGerman() {
        Messages.use(Messages.forLocale(Locale.GERMAN));
        assertThat(label(ActivityKind.TIME_LOGGED, new ActivityChange.Minutes(45))).isEqualTo("45 Min. auf „Learn SQL“ buchen");
        assertThat(label(ActivityKind.REVIEW_REOPENED, review(Optional.of(DUE), Optional.empty()))).isEqualTo("„Learn SQL“ wieder öffnen");
    }
}
