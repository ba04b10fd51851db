package dev.stepwise.domain;

import dev.stepwise.domain.UpstreamChange.Kind;
import dev.stepwise.domain.UpstreamChange.Subject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The three-way rule for the fields of one entity, and the one change entry that reports them. A field the learner
 * left as it was in the base takes the newer version's value; a field the learner changed keeps theirs, and when the
 * newer version changed it too (to something else) the entry says the learner's value was kept.
 */
final class FieldMerge {
    private final List<String> applied = new ArrayList<>();
    private final List<String> kept = new ArrayList<>();
    private String renamedFrom;

    /** The entity's title (or name), reported as a rename rather than an edit. */
    String title(String label, String base, String theirs, String mine) {
        if (Objects.equals(mine, base)) {
            if (!Objects.equals(theirs, base)) {
                renamedFrom = mine;
            }
            return theirs;
        }
        if (!Objects.equals(theirs, base) && !Objects.equals(theirs, mine)) {
            kept.add(label + " “" + mine + "”");
        }
        return mine;
    }

    <T> T field(String label, T base, T theirs, T mine) {
        if (Objects.equals(mine, base)) {
            if (!Objects.equals(theirs, base)) {
                applied.add(label);
            }
            return theirs;
        }
        if (!Objects.equals(theirs, base) && !Objects.equals(theirs, mine)) {
            kept.add(label);
        }
        return mine;
    }

    /** A field the learner cannot edit: always the newer version's, reported when that changes what they have. */
    <T> T theirs(String label, T base, T theirs, T mine) {
        if (!Objects.equals(theirs, base) && !Objects.equals(theirs, mine)) {
            applied.add(label);
        }
        return theirs;
    }

    /**
     * The entry for everything this merge of fields did: RENAMED when the title was taken, EDITED when another field
     * was, KEPT_YOURS when only the learner's values were kept; {@code null} when the newer version changed nothing
     * the learner does not already have.
     */
    UpstreamChange change(Subject subject, String id, String title, String suffix) {
        List<String> parts = new ArrayList<>();
        if (renamedFrom != null) {
            parts.add("renamed from “" + renamedFrom + "”");
        }
        if (!applied.isEmpty()) {
            parts.add((renamedFrom == null ? "changed " : "also changed ") + String.join(", ", applied));
        }
        if (!kept.isEmpty()) {
            parts.add("kept your " + String.join(", ", kept));
        }
        if (parts.isEmpty()) {
            return null;
        }
        Kind kind = renamedFrom != null ? Kind.RENAMED : applied.isEmpty() ? Kind.KEPT_YOURS : Kind.EDITED;
        return new UpstreamChange(kind, subject, id, title, String.join("; ", parts) + suffix);
    }
}
