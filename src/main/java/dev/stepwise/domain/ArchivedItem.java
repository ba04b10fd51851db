package dev.stepwise.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * An item taken out of the checklist but kept with the learner's progress on it: removed upstream by a newer bundled
 * version while it carried progress or the learner's edits. It no longer counts anywhere; it can be restored into
 * {@code sectionId} (or the first section, if that one is gone).
 */
public record ArchivedItem(Item item, String sectionId, Instant archivedAt) {
    public ArchivedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(sectionId, "sectionId");
        Objects.requireNonNull(archivedAt, "archivedAt");
    }

    public String id() {
        return item.id();
    }
}
