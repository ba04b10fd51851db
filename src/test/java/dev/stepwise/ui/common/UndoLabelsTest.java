package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.UndoEntry;
import dev.stepwise.store.SamplePaths;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class UndoLabelsTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    private static UndoEntry entry(ActivityKind kind, String subject, ActivityChange change) {
        return NamedEntries.of(1, new ActivityEvent(AT, SamplePaths.ID, kind, subject, change), SamplePaths.sample());
    }

    private static ActivityChange status(ItemStatus from, ItemStatus to) {
        return new ActivityChange.Status(from, to, Optional.empty(), Optional.empty());
    }

    @AfterEach
    void english() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void aStatusChangeIsNamedByTheItemsTitleAndTheNewStatus() {
        assertThat(UndoLabels.describe(entry(ActivityKind.ITEM_STATUS_CHANGED, SamplePaths.FIRST,
                status(ItemStatus.NOT_STARTED, ItemStatus.DONE)))).isEqualTo("mark “Learn SQL” done");
    }

    @Test
    void inGerman() {
        Messages.use(Messages.forLocale(Locale.GERMAN));

        assertThat(UndoLabels.describe(entry(ActivityKind.ITEM_STATUS_CHANGED, SamplePaths.FIRST,
                status(ItemStatus.NOT_STARTED, ItemStatus.LEARNING)))).isEqualTo("„Learn SQL“ als in Arbeit markieren");
    }

    @Test
    void aRatingSaysTheSkillAndTheLevel() {
        assertThat(UndoLabels.describe(entry(ActivityKind.SKILL_RATED, SamplePaths.SQL,
                new ActivityChange.LevelMove(Optional.of(Level.NOT_YET), Level.GUIDED))))
                .isEqualTo("rate “Relational databases” 2 Guided");
    }

    @Test
    void aNameThePathNoLongerHasFallsBackToTheId() {
        assertThat(UndoLabels.describe(entry(ActivityKind.ITEM_NOTE_CHANGED, "gone-item", new ActivityChange.TextEdit("", "x"))))
                .isEqualTo("note on “gone-item”");
    }

    @Test
    void aChangeOnAPathNotShownIsNamedByTheNameReadWithItsEntry() {
        UndoEntry elsewhere = new UndoEntry(1, Optional.of(new ActivityEvent(AT, "another-path", ActivityKind.ITEM_STATUS_CHANGED,
                SamplePaths.FIRST, status(ItemStatus.NOT_STARTED, ItemStatus.DONE))), Optional.of("Learn Go"));

        assertThat(UndoLabels.describe(elsewhere)).as("not the shown path's “Learn SQL” under that id")
                .isEqualTo("mark “Learn Go” done");
        assertThat(UndoLabels.describe(elsewhere.withSubjectName(Optional.empty())))
                .isEqualTo("mark “" + SamplePaths.FIRST + "” done");
    }

    @Test
    void anEditIsNamedByTheSentenceItsWindowShowed() {
        assertThat(UndoLabels.describe(entry(ActivityKind.ITEM_DELETED, "x", new ActivityChange.Described("Item “Old” deleted"))))
                .isEqualTo("Item “Old” deleted");
    }

    @Test
    void aSubStepIsNamedByItsItem() {
        assertThat(UndoLabels.describe(entry(ActivityKind.SUB_ITEM_CHANGED, SamplePaths.FIRST, new ActivityChange.SubStep("s1", true))))
                .isEqualTo("tick a sub-step of “Learn SQL”");
    }

    @Test
    void aChangeWithoutAnEntryIsTheLastChange() {
        assertThat(UndoLabels.describe(new UndoEntry(1, Optional.empty()))).isEqualTo("the last change");
    }

    @Test
    void aLongTitleIsCutAtAWord() {
        String title = "Learn how the operating system schedules threads and why your service stalls under load";

        String shortened = UndoLabels.shortened(title);

        assertThat(shortened).endsWith("…").hasSizeLessThanOrEqualTo(UndoLabels.MAX_TITLE + 1);
        assertThat(title).startsWith(shortened.substring(0, shortened.length() - 1));
        assertThat(UndoLabels.shortened("Short")).isEqualTo("Short");
    }

    @Test
    void anEditSaysWhatItDoesAndToWhatByName() {
        ActivityChange described = new ActivityChange.Described("Deleted “Learn SQL”");
        assertThat(UndoLabels.describe(entry(ActivityKind.ITEM_DELETED, SamplePaths.FIRST, described))).isEqualTo("delete “Learn SQL”");
        assertThat(UndoLabels.describe(entry(ActivityKind.SKILL_ADDED, SamplePaths.SQL, described)))
                .isEqualTo("add the skill “Relational databases”");
        Section section = SamplePaths.sample().sections().get(0);
        assertThat(UndoLabels.describe(entry(ActivityKind.SECTION_EDITED, section.id(), described)))
                .isEqualTo("rename the section “" + section.title() + "”");
        assertThat(UndoLabels.describe(entry(ActivityKind.PATH_EDITED, SamplePaths.ID, described)))
                .isEqualTo("edit the path “Sample path”");
        Messages.use(Messages.forLocale(Locale.GERMAN));
        assertThat(UndoLabels.describe(entry(ActivityKind.ITEM_MOVED, SamplePaths.FIRST, described))).isEqualTo("„Learn SQL“ verschieben");
    }

    @Test
    void anEditWhoseSubjectHasNoNameIsWordedByTheSentenceItKept() {
        assertThat(UndoLabels.describe(entry(ActivityKind.ITEM_DELETED, "gone-item", new ActivityChange.Described("Deleted “Old”"))))
                .isEqualTo("Deleted “Old”");
    }
}

