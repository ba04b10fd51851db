package dev.stepwise.domain;

import java.time.Instant;
import java.util.Objects;

/** One self-assessment of a skill. Ratings are only ever appended, so the history shows how a skill grew. */
public record Rating(Level level, Instant ratedAt, String note) {
    public Rating {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(ratedAt, "ratedAt");
        note = note == null ? "" : note;
    }
}
