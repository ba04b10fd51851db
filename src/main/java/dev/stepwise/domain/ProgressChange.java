package dev.stepwise.domain;

import java.util.Objects;

/**
 * One thing importing a progress file would change, as the learner is shown it first: which entry, under its title
 * in this path, and a short sentence saying how ("Not started → Done, note changed"), as a phrase the window says in
 * the learner's language.
 */
public record ProgressChange(Subject subject, String id, String title, Phrase detail) {

    /** What kind of entry changes. */
    public enum Subject { ITEM, SKILL, SELF_CHECK }

    public ProgressChange {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }
}
