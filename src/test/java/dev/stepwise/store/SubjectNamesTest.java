package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The names an undo is worded by, read from a real file in the change's own path; none for a subject that is gone. */
class SubjectNamesTest {
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    private Database database;
    private SubjectNames names;

    @BeforeEach
    void open() {
        database = Database.open(dir.resolve("stepwise.db"));
        LearningPath path = MilestoneEdits.addMilestone(SamplePaths.sample(),
                new Milestone("week-1", "Week 1 — SQL", LocalDate.of(2026, 3, 8), List.of(SamplePaths.FIRST)));
        database.inTransaction(() -> new PathRepository(database).save(path, T1));
        names = new SubjectNames(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Optional<String> nameOf(ActivityKind kind, String pathId, String subjectId, ActivityChange change) {
        return database.inTransaction(() -> names.of(new ActivityEvent(T1, pathId, kind, subjectId, change)));
    }

    @Test
    void eachKindOfSubjectIsNamedFromItsOwnTable() {
        ActivityChange described = new ActivityChange.Described("x");
        assertThat(nameOf(ActivityKind.ITEM_NOTE_CHANGED, SamplePaths.ID, SamplePaths.FIRST, new ActivityChange.TextEdit("", "n")))
                .contains("Learn SQL");
        assertThat(nameOf(ActivityKind.SKILL_TARGET_CHANGED, SamplePaths.ID, SamplePaths.SQL,
                new ActivityChange.LevelMove(Optional.empty(), Level.TEACHES))).contains("Relational databases");
        assertThat(nameOf(ActivityKind.MILESTONE_EDITED, SamplePaths.ID, "week-1", described)).contains("Week 1 — SQL");
        assertThat(nameOf(ActivityKind.PATH_UPDATED, SamplePaths.ID, SamplePaths.ID, new ActivityChange.Versions(Optional.of(1), 2)))
                .contains("Sample path");
    }

    @Test
    void aSubjectThatIsGoneOrAKindWordedByItsSentenceHasNoName() {
        ActivityChange described = new ActivityChange.Described("Item “Learn SQL” deleted");
        assertThat(nameOf(ActivityKind.ITEM_DUE_CHANGED, SamplePaths.ID, "gone-item", described)).isEmpty();
        assertThat(nameOf(ActivityKind.ITEM_DUE_CHANGED, "another-path", SamplePaths.FIRST, described)).isEmpty();
        assertThat(nameOf(ActivityKind.ITEM_DELETED, SamplePaths.ID, SamplePaths.FIRST, described)).isEmpty();
    }
}
