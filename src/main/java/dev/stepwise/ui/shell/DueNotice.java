package dev.stepwise.ui.shell;

import dev.stepwise.domain.DueSoon;
import dev.stepwise.ui.common.Messages;
import java.util.List;
import java.util.Optional;

/**
 * What the start-up notice says about the current path's calendar: how many milestones and items are overdue or due
 * within a week, and the first few by name. Told once per start, so the learner knows before they look for it.
 *
 * @param milestoneId the first milestone concerned, if any: the notice's action opens it on the timeline
 * @param itemId      otherwise the first item concerned, opened in the checklist
 */
record DueNotice(String text, Optional<String> milestoneId, Optional<String> itemId) {
    static final int NAMED = 3;

    /** The notice for these entries; empty when nothing is due soon. */
    static Optional<DueNotice> of(List<DueSoon.Entry> entries) {
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        long overdue = DueSoon.overdue(entries);
        long soon = entries.size() - overdue;
        String counts = overdue > 0 && soon > 0 ? Messages.tr("due.notice.both", overdue, soon)
                : overdue > 0 ? Messages.tr("due.notice.overdue", overdue) : Messages.tr("due.notice.soon", soon);
        List<String> names = entries.stream().limit(NAMED).map(entry -> Messages.tr("text.quoted", entry.title())).toList();
        String named = String.join(", ", names);
        if (entries.size() > NAMED) {
            named = Messages.tr("due.notice.more", named, entries.size() - NAMED);
        }
        return Optional.of(new DueNotice(Messages.tr("due.notice.text", counts, named),
                entries.stream().filter(DueSoon.Entry::milestone).map(DueSoon.Entry::id).findFirst(),
                entries.stream().filter(entry -> !entry.milestone()).map(DueSoon.Entry::id).findFirst()));
    }
}
