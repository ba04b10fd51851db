package dev.stepwise.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What one activity entry says changed, as values rather than text: the history, the charts and the Edit menu read
 * the same typed facts. Which kind of change an {@link ActivityKind} carries is fixed by the kind itself
 * ({@link ActivityKind#change()}), so a reader never guesses.
 */
public sealed interface ActivityChange {

    /** An item's status, with the days it was started and done as the change left them. */
    record Status(ItemStatus from, ItemStatus to, Optional<LocalDate> startedOn, Optional<LocalDate> doneOn)
            implements ActivityChange {
        public Status {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(startedOn, "startedOn");
            Objects.requireNonNull(doneOn, "doneOn");
        }

        /** The change from one progress to the next, dated as the next one is. */
        public static Status of(ItemProgress before, ItemProgress after) {
            return new Status(before.status(), after.status(), after.started(), after.done());
        }
    }

    /** One sub-step of the entry's item ticked or unticked. */
    record SubStep(String subItemId, boolean done) implements ActivityChange {
        public SubStep {
            Objects.requireNonNull(subItemId, "subItemId");
        }
    }

    /** A text the learner writes (an item's note, a skill's evidence), before and after. */
    record TextEdit(String before, String after) implements ActivityChange {
        public TextEdit {
            Objects.requireNonNull(before, "before");
            Objects.requireNonNull(after, "after");
        }
    }

    /** A skill's level (a rating) or target, from what it was (none for a first target) to what it is. */
    record LevelMove(Optional<Level> from, Level to) implements ActivityChange {
        public LevelMove {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A self-check answer given, changed or taken back. */
    record Answer(Optional<SelfCheckAnswer> from, Optional<SelfCheckAnswer> to) implements ActivityChange {
        public Answer {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A path's content version: installed (no earlier one) or updated from a bundled version to a newer one. */
    record Versions(Optional<Integer> from, int to) implements ActivityChange {
        public Versions {
            Objects.requireNonNull(from, "from");
        }
    }

    /** A path added, forked, imported, deleted or reset, named by its title; {@code source} says where it came from. */
    record PathNamed(String title, String source) implements ActivityChange {
        public PathNamed {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(source, "source");
        }
    }

    /** Progress merged in from a progress file: how many changes it made. */
    record Merged(int changes) implements ActivityChange {
        public Merged {
            if (changes < 0) {
                throw new IllegalArgumentException("changes " + changes);
            }
        }
    }

    /** An edit of the path's content, in the words the editor showed the learner when it was made. */
    record Described(String description) implements ActivityChange {
        public Described {
            Objects.requireNonNull(description, "description");
        }
    }

    /** Minutes of study added to the entry's item by hand. */
    record Minutes(int minutes) implements ActivityChange {
        public Minutes {
            if (minutes <= 0) {
                throw new IllegalArgumentException("minutes " + minutes);
            }
        }
    }

    /** A study timer on the entry's item: when it started, and the minutes it logged when it stopped (0 on start). */
    record Timer(Instant startedAt, int minutes) implements ActivityChange {
        public Timer {
            Objects.requireNonNull(startedAt, "startedAt");
            if (minutes < 0) {
                throw new IllegalArgumentException("minutes " + minutes);
            }
        }
    }

    /** An item's next review: from the date it had (none when first planned) to the one it has (none once it ends). */
    record ReviewDates(Optional<LocalDate> from, Optional<LocalDate> to) implements ActivityChange {
        public ReviewDates {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }
}
