package dev.stepwise.ui.shell;

import dev.stepwise.domain.DueSoon;
import dev.stepwise.ui.common.Messages;
import java.util.List;
import java.util.Optional;

/**
 * What the start-up notice says about the current path's calendar: how many milestones and items are overdue or due
 * within a week, and the first few by name. Told once per start, so the learner knows before they look for it.
 *
 * @param opens what the notice's action opens: the first milestone concerned, on the timeline, if there is one (it may
 *              come after those named); otherwise the first item, in the checklist
 */
record DueNotice(String text, DueSoon.Entry opens) {
    /** Named in the notice; no more than the overview spells out, which the list carries. */
    static final int NAMED = 3;

    /** The notice for this list; empty when nothing is due soon. */
    static Optional<DueNotice> of(DueSoon dueSoon) {
        if (dueSoon.isEmpty()) {
            return Optional.empty();
        }
        int overdue = dueSoon.overdue();
        int soon = dueSoon.soon();
        String counts = overdue > 0 && soon > 0 ? Messages.tr("due.notice.both", overdue, soon)
                : overdue > 0 ? Messages.tr("due.notice.overdue", overdue) : Messages.tr("due.notice.soon", soon);
        List<String> names = dueSoon.first().stream().limit(NAMED).map(entry -> Messages.tr("text.quoted", entry.title()))
                .toList();
        String named = String.join(", ", names);
        if (dueSoon.count() > NAMED) {
            named = Messages.tr("due.notice.more", named, dueSoon.count() - NAMED);
        }
        return Optional.of(new DueNotice(Messages.tr("due.notice.text", counts, named),
                dueSoon.firstMilestone().orElse(dueSoon.first().get(0))));
    }
}
