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
    private final List<Phrase> applied = new ArrayList<>();
    private final List<Phrase> kept = new ArrayList<>();
    private String renamedFrom;

    /** The entity's title (or name), reported as a rename rather than an edit. */
    String title(Phrase label, String base, String theirs, String mine) {
        if (Objects.equals(mine, base)) {
            if (!Objects.equals(theirs, base)) {
                renamedFrom = mine;
            }
            return theirs;
        }
        if (!Objects.equals(theirs, base) && !Objects.equals(theirs, mine)) {
            kept.add(Phrase.of("change.detail.keptTitle", label, mine));
        }
        return mine;
    }

    <T> T field(Phrase label, T base, T theirs, T mine) {
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
    <T> T theirs(Phrase label, T base, T theirs, T mine) {
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
    UpstreamChange change(Subject subject, String id, String title, boolean inArchive) {
        List<Phrase> parts = new ArrayList<>();
        if (renamedFrom != null) {
            parts.add(Phrase.of("change.detail.renamedFrom", renamedFrom));
        }
        if (!applied.isEmpty()) {
            parts.add(renamedFrom == null ? Phrase.of("change.detail.changed", joined("change.detail.list", applied))
                    : Phrase.of("change.detail.alsoChanged", joined("change.detail.list", applied)));
        }
        if (!kept.isEmpty()) {
            parts.add(Phrase.of("change.detail.keptYour", joined("change.detail.list", kept)));
        }
        if (parts.isEmpty()) {
            return null;
        }
        Kind kind = renamedFrom != null ? Kind.RENAMED : applied.isEmpty() ? Kind.KEPT_YOURS : Kind.EDITED;
        Phrase detail = joined("change.detail.parts", parts);
        return new UpstreamChange(kind, subject, id, title, inArchive ? Phrase.of("change.detail.inArchive", detail) : detail);
    }

    /** The phrases joined two at a time by a pattern like "{0}, {1}", so each language writes its own separator. */
    static Phrase joined(String pairKey, List<Phrase> phrases) {
        Phrase joined = phrases.get(phrases.size() - 1);
        for (int i = phrases.size() - 2; i >= 0; i--) {
            joined = new Phrase(pairKey, List.of(phrases.get(i), joined));
        }
        return joined;
    }
}
