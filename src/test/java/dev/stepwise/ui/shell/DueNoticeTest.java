package dev.stepwise.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.DueSoon;
import dev.stepwise.domain.DueState;
import dev.stepwise.ui.common.Messages;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The start-up notice reads its counts from the whole list, though the list spells out only its first entries: on a
 * large path thousands are overdue and only six are carried. Its action opens the earliest milestone even when that
 * comes after every entry carried.
 */
class DueNoticeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 11, 29);

    @Test
    void countsTheWholeListAndOpensTheFirstMilestoneThoughItComesAfterTheEntriesCarried() {
        List<DueSoon.Entry> first = IntStream.range(0, 6).mapToObj(n -> item("item-" + n, "Item " + n)).toList();
        DueSoon.Entry milestone = new DueSoon.Entry(true, "week-9", "Week 9", DAY.plusDays(3), DueState.DUE_SOON, 4);

        DueNotice notice = DueNotice.of(new DueSoon(first, 3_702, 3_700, Optional.of(milestone))).orElseThrow();

        String named = String.join(", ", Messages.tr("text.quoted", "Item 0"), Messages.tr("text.quoted", "Item 1"),
                Messages.tr("text.quoted", "Item 2"));
        assertThat(notice.text()).isEqualTo(Messages.tr("due.notice.text", Messages.tr("due.notice.both", 3_700, 2),
                Messages.tr("due.notice.more", named, 3_699)));
        assertThat(notice.opens()).isEqualTo(milestone);
    }

    @Test
    void opensTheFirstItemWhenNoMilestoneIsDueAndSaysNothingWhenNothingIs() {
        DueSoon.Entry only = item("item-0", "Item 0");

        DueNotice notice = DueNotice.of(new DueSoon(List.of(only), 1, 1, Optional.empty())).orElseThrow();

        assertThat(notice.text()).isEqualTo(Messages.tr("due.notice.text", Messages.tr("due.notice.overdue", 1),
                Messages.tr("text.quoted", "Item 0")));
        assertThat(notice.opens()).isEqualTo(only);
        assertThat(DueNotice.of(new DueSoon(List.of(), 0, 0, Optional.empty()))).isEmpty();
    }

    private static DueSoon.Entry item(String id, String title) {
        return new DueSoon.Entry(false, id, title, DAY.minusDays(2), DueState.OVERDUE, 0);
    }
}
