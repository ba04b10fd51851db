package dev.stepwise.domain.report;

import dev.stepwise.domain.Level;
import java.time.LocalDateTime;
import java.util.Objects;

/** One rating of a skill's history: the level, when (in the learner's zone, as a time and in words) and the note. */
public record ReportRating(Level level, String levelText, LocalDateTime ratedAt, String ratedText, String note) {
    public ReportRating {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(levelText, "levelText");
        Objects.requireNonNull(ratedAt, "ratedAt");
        Objects.requireNonNull(ratedText, "ratedText");
        note = note == null ? "" : note;
    }
}
