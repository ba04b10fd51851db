package dev.stepwise.domain;

import dev.stepwise.domain.UpstreamChange.Kind;
import dev.stepwise.domain.UpstreamChange.Subject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sections part of {@link UpstreamMerge}: their fields merged three-way, new and moved sections placed after
 * their upstream predecessor, and sections removed upstream left in place until the items are merged — a section
 * goes only when nothing of the learner's is left in it. A section the learner deleted stays deleted.
 */
final class SectionMerge {
    private final PathIndex base;
    private final PathIndex theirs;
    private final PathIndex mine;
    private final ChangeLog log;
    private final Map<String, Section> content = new HashMap<>();
    private final List<String> removedUpstream = new ArrayList<>();
    private final Chain order;
    private final List<String> ids;

    SectionMerge(PathIndex base, PathIndex theirs, PathIndex mine, ChangeLog log) {
        this.base = base;
        this.theirs = theirs;
        this.mine = mine;
        this.log = log;
        for (String id : mine.sectionIds()) {
            Section mineSection = mine.section(id);
            Section baseSection = base.section(id);
            Section theirSection = theirs.section(id);
            content.put(id, baseSection != null && theirSection != null
                    ? fields(baseSection, theirSection, mineSection) : mineSection);
            if (baseSection != null && theirSection == null) {
                removedUpstream.add(id);
            } else if (baseSection == null && theirSection != null && !sameText(mineSection, theirSection)) {
                log.add(ChangeLog.section(id), Kind.KEPT_YOURS, Subject.SECTION, id, mineSection.title(),
                        Phrase.of("change.detail.clashSection", theirSection.title()));
            }
        }
        order = new Chain(mine.sectionIds());
        place();
        ids = List.copyOf(order.ids());
    }

    /** The merged sections' ids in order, the ones removed upstream still among them. */
    List<String> ids() {
        return ids;
    }

    boolean contains(String sectionId) {
        return order.contains(sectionId);
    }

    /** The first merged section, or {@code null} when there is none. */
    String first() {
        return order.isEmpty() ? null : order.first();
    }

    /** The merged section's title, description and kind; its items are the item merge's business. */
    Section content(String sectionId) {
        return content.get(sectionId);
    }

    /** Removes the sections removed upstream that the item merge left empty; keeps (and reports) the others. */
    LearningPath removeEmptied(LearningPath path) {
        LearningPath result = path;
        for (String id : removedUpstream) {
            Section section = result.section(id).orElse(null);
            if (section == null) {
                continue;
            }
            String key = ChangeLog.section(id);
            if (section.items().isEmpty() && result.sections().size() > 1) {
                result = PathEdits.removeSection(result, id);
                log.add(key, Kind.REMOVED, Subject.SECTION, id, section.title(), Phrase.of("change.detail.removed"));
            } else {
                log.add(key, Kind.KEPT_YOURS, Subject.SECTION, id, section.title(), section.items().isEmpty()
                        ? Phrase.of("change.detail.keptLastSection") : Phrase.of("change.detail.keptHoldsItems"));
            }
        }
        return result;
    }

    private Section fields(Section baseSection, Section theirSection, Section mineSection) {
        FieldMerge fields = new FieldMerge();
        Section merged = new Section(mineSection.id(),
                fields.field(Phrase.of("change.field.kind"), baseSection.kind(), theirSection.kind(), mineSection.kind()),
                fields.title(Phrase.of("change.field.title"), baseSection.title(), theirSection.title(), mineSection.title()),
                fields.field(Phrase.of("change.field.description"), baseSection.description(), theirSection.description(),
                        mineSection.description()),
                mineSection.items());
        log.add(ChangeLog.section(merged.id()), fields.change(Subject.SECTION, merged.id(), merged.title(), false));
        return merged;
    }

    /** Adds new sections and applies upstream moves the learner did not counter, in the newer version's order. */
    private void place() {
        Set<String> keptUpstream = Orders.keptInOrder(base.sectionIds(), theirs.sectionIds());
        Set<String> keptByLearner = Orders.keptInOrder(base.sectionIds(), mine.sectionIds());
        String anchor = null;
        for (String id : theirs.sectionIds()) {
            String key = ChangeLog.section(id);
            if (base.section(id) == null && mine.section(id) == null) {
                Section added = theirs.section(id);
                content.put(id, added);
                order.insertAfter(anchor, id);
                log.add(key, Kind.ADDED, Subject.SECTION, id, added.title(), Phrase.of("change.detail.newSection"));
            } else if (base.section(id) != null && mine.section(id) != null && !keptUpstream.contains(id)) {
                if (keptByLearner.contains(id)) {
                    order.insertAfter(anchor, id);
                    String previous = order.previous(id);
                    log.add(key, Kind.MOVED, Subject.SECTION, id, content.get(id).title(), previous == null
                            ? Phrase.of("change.detail.movedToTop") : Phrase.of("change.detail.movedAfter", content.get(previous).title()));
                } else if (!Objects.equals(Orders.previous(mine.sectionIds(), id),
                        Orders.previous(theirs.sectionIds(), id))) {
                    log.add(key, Kind.KEPT_YOURS, Subject.SECTION, id, content.get(id).title(),
                            Phrase.of("change.detail.keptPlace"));
                }
            }
            if (order.contains(id)) {
                anchor = id;
            }
        }
    }

    private static boolean sameText(Section one, Section other) {
        return one.kind() == other.kind() && one.title().equals(other.title())
                && one.description().equals(other.description());
    }
}
