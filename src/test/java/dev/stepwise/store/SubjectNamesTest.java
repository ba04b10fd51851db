package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.MilestoneEdits;
import dev.stepwise.domain.PathEdits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
        return nameOf(kind, pathId, subjectId, change, 0);
    }

    private Optional<String> nameOf(ActivityKind kind, String pathId, String subjectId, ActivityChange change, long step) {
        return database.inTransaction(() -> names.of(new ActivityEvent(T1, pathId, kind, subjectId, change), step));
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
    void anEditIsNamedByItsSubjectASectionByItsTitle() {
        ActivityChange described = new ActivityChange.Described("Edited “Learn SQL”");
        assertThat(nameOf(ActivityKind.ITEM_EDITED, SamplePaths.ID, SamplePaths.FIRST, described)).contains("Learn SQL");
        assertThat(nameOf(ActivityKind.SKILL_DELETED, SamplePaths.ID, SamplePaths.SQL, described)).contains("Relational databases");
        String section = SamplePaths.sample().sections().get(0).id();
        assertThat(nameOf(ActivityKind.SECTION_MOVED, SamplePaths.ID, section, described))
                .contains(SamplePaths.sample().sections().get(0).title());
        assertThat(nameOf(ActivityKind.PATH_EDITED, SamplePaths.ID, SamplePaths.ID, described)).contains("Sample path");
    }

    @Test
    void aSubjectThatIsGoneHasNoName() {
        ActivityChange described = new ActivityChange.Described("Item “Learn SQL” deleted");
        assertThat(nameOf(ActivityKind.ITEM_DUE_CHANGED, SamplePaths.ID, "gone-item", described)).isEmpty();
        assertThat(nameOf(ActivityKind.ITEM_DUE_CHANGED, "another-path", SamplePaths.FIRST, described)).isEmpty();
        assertThat(nameOf(ActivityKind.ITEM_DELETED, SamplePaths.ID, "gone-item", described)).isEmpty();
    }

    /**
     * A deletion's subject is gone from its table, and so is an addition's once undone (the Edit menu then offers to
     * redo it): the step's undo rows keep the row, and the name is read there, in the change's own path only.
     */
    @Test
    void aSubjectTheStepRemovedIsNamedAsTheStepKeepsIt() {
        UndoLog undo = UndoLog.start(database, Clock.fixed(T1, ZoneOffset.UTC));
        PathRepository paths = new PathRepository(database);
        database.inTransaction(() -> paths.save(PathEdits.removeItem(paths.load(SamplePaths.ID).orElseThrow(), SamplePaths.FIRST), T1));
        long step = undo.nextUndo().orElseThrow().step();
        ActivityChange described = new ActivityChange.Described("Deleted “Learn SQL”");

        assertThat(nameOf(ActivityKind.ITEM_DELETED, SamplePaths.ID, SamplePaths.FIRST, described, step)).contains("Learn SQL");
        assertThat(nameOf(ActivityKind.ITEM_DELETED, "another-path", SamplePaths.FIRST, described, step)).isEmpty();
        assertThat(nameOf(ActivityKind.ITEM_DELETED, SamplePaths.ID, SamplePaths.FIRST, described, step + 1)).isEmpty();

        undo.undo();
        assertThat(nameOf(ActivityKind.ITEM_DELETED, SamplePaths.ID, SamplePaths.FIRST, described, step)).as("back in its table")
                .contains("Learn SQL");
    }
}
