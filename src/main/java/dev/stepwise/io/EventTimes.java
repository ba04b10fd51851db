package dev.stepwise.io;

import dev.stepwise.domain.Deadlines;
import dev.stepwise.domain.Phrase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When the things a progress file records can have happened: its export, a day started or done, a rating, a study
 * session. Not before 1970 (a date of 0000-01-01 printed as "Jan 1, 1" in reports) and not in the future: a rating
 * dated 2999 was the skill's current level for good, since the latest rating is. "The future" is this machine's now
 * and a day: the file may come from a machine whose clock runs ahead, or from a learner a day ahead of Greenwich. Not
 * the file's export time: a file re-exported on a machine whose clock is behind holds ratings made "after" it.
 */
final class EventTimes {
    static final Duration CLOCK_SLACK = Duration.ofDays(1);
    private static final Instant FIRST = Deadlines.FIRST_DAY.atStartOfDay(ZoneOffset.UTC).toInstant();

    private final FieldRules rules;
    private final Instant last;

    EventTimes(FieldRules rules, Instant now) {
        this.rules = rules;
        this.last = now.plus(CLOCK_SLACK);
    }

    /** A moment something was done (or the file written); the moment itself is returned. */
    Instant past(String field, Instant when) {
        if (when.isBefore(FIRST) || when.isAfter(last)) {
            throw rules.at(field, Phrase.of("file.progress.happenedWhen", Deadlines.FIRST_DAY.toString(),
                    ProgressFileMapper.formatInstant(when)));
        }
        return when;
    }

    /** A day something was done, in the learner's own time zone; {@code null} passes. */
    LocalDate pastDay(String field, LocalDate day) {
        if (day != null && (day.isBefore(Deadlines.FIRST_DAY) || day.isAfter(last.atOffset(ZoneOffset.UTC).toLocalDate()))) {
            throw rules.at(field, Phrase.of("file.progress.happenedWhen", Deadlines.FIRST_DAY.toString(), day.toString()));
        }
        return day;
    }
}
