package dev.stepwise.domain;

import java.util.Objects;

/**
 * One thing a newer bundled version of a path changed, as the learner is shown it before the update is applied:
 * what happened ({@code kind}) to which entity, under its (new) title, with a short sentence saying what the merge
 * did about it ("renamed from “Learn SQL”", "kept: you have progress on it — archived, restore it any time").
 *
 * @param detail what the merge did, as a phrase the window says in the learner's language; {@code null} for nothing
 */
public record UpstreamChange(Kind kind, Subject subject, String id, String title, Phrase detail) {

    /** What the newer version did, or {@link #KEPT_YOURS} when the learner's own version of it was kept instead. */
    public enum Kind { ADDED, REMOVED, ARCHIVED, RENAMED, EDITED, MOVED, KEPT_YOURS }

    /** What kind of entity changed. */
    public enum Subject { PATH, SECTION, ITEM, SKILL, MILESTONE }

    public UpstreamChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }

    public boolean hasDetail() {
        return detail != null;
    }
}
