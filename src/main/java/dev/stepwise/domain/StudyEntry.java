package dev.stepwise.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Minutes the learner spent on one item, from the moment the session started. A session counts on the day (and in the
 * week) it started, in the learner's zone; the minutes are real elapsed minutes, so a session across a DST switch
 * counts what the clock on the wall would not. An entry is identified by its item and start instant: importing the
 * same progress file twice finds the same entries and adds nothing.
 */
public record StudyEntry(String itemId, Instant startedAt, int minutes, StudySource source) {
    /** One entry is at most a day: anything longer is a timer left running, not study. */
    public static final int MAX_MINUTES = 24 * 60;

    public StudyEntry {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(source, "source");
        checkMinutes(minutes);
    }

    /** Refuses minutes no session can have: none, fewer than none, or more than {@link #MAX_MINUTES}. */
    public static int checkMinutes(int minutes) {
        if (minutes <= 0 || minutes > MAX_MINUTES) {
            throw new InvalidEditException(Phrase.of("studyTime.invalid.minutes", String.valueOf(minutes),
                    String.valueOf(MAX_MINUTES)));
        }
        return minutes;
    }

    /** The day the session started, in the learner's zone. */
    public LocalDate day(ZoneId zone) {
        return LocalDate.ofInstant(startedAt, zone);
    }

    /** The identity that survives export and import: the item and the instant the session started. */
    public String key() {
        return itemId + "@" + startedAt;
    }
}
