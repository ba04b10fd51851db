package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activity log: appended rows, read back newest first. */
class ActivityRepositoryTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00.000000000Z");

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private ActivityRepository activity;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        activity = new ActivityRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ActivityEvent event(int minutes, String pathId, String subject) {
        return new ActivityEvent(T0.plusSeconds(60L * minutes), pathId, ActivityKind.ITEM_STATUS_CHANGED, subject,
                new ActivityChange.Status(ItemStatus.NOT_STARTED, ItemStatus.DONE, Optional.empty(),
                        Optional.of(LocalDate.of(2026, 3, 1))));
    }

    @Test
    void appendWritesEveryFieldAndRecentReadsItBack() {
        ActivityEvent event = new ActivityEvent(Instant.parse("2026-03-01T08:00:00.250000000Z"), "p", ActivityKind.SKILL_RATED,
                "sql", new ActivityChange.LevelMove(Optional.of(Level.NOT_YET), Level.INDEPENDENT));

        database.inTransaction(() -> activity.append(event));

        assertThat(Probe.rows(file, "SELECT at, path_id, kind, subject_id, payload FROM activity"))
                .containsExactly(List.of("2026-03-01T08:00:00.250000000Z", "p", "SKILL_RATED", "sql", "{\"from\":0,\"to\":3}"));
        assertThat(activity.recent("p", 10)).containsExactly(event);
    }

    @Test
    void aStatusChangeKeepsItsDatesAndAnAbsentValueIsNull() {
        ActivityEvent event = event(0, "p", "learn-sql");

        database.inTransaction(() -> activity.append(event));

        assertThat(Probe.rows(file, "SELECT payload FROM activity")).containsExactly(
                List.of("{\"from\":\"NOT_STARTED\",\"to\":\"DONE\",\"startedOn\":null,\"doneOn\":\"2026-03-01\"}"));
        assertThat(activity.recent("p", 1)).containsExactly(event);
    }

    @Test
    void recentIsNewestFirstLimitedAndForOnePath() {
        database.inTransaction(() -> {
            activity.append(event(1, "p", "one"));
            activity.append(event(2, "other", "elsewhere"));
            activity.append(event(3, "p", "two"));
            activity.append(event(4, "p", "three"));
        });

        assertThat(activity.recent("p", 10)).extracting(ActivityEvent::subjectId).containsExactly("three", "two", "one");
        assertThat(activity.recent("p", 2)).extracting(ActivityEvent::subjectId).containsExactly("three", "two");
        assertThat(activity.recent("other", 10)).extracting(ActivityEvent::subjectId).containsExactly("elsewhere");
        assertThat(activity.recent("nobody", 10)).isEmpty();
    }

    @Test
    void recentFollowsTheOrderOfAppendingEvenWhenTimestampsTie() {
        database.inTransaction(() -> {
            activity.append(event(0, "p", "first"));
            activity.append(event(0, "p", "second"));
        });

        assertThat(activity.recent("p", 10)).extracting(ActivityEvent::subjectId).containsExactly("second", "first");
    }

    @Test
    void recentIsTheOrderOfAppendingEvenWhenTheClockWentBack() {
        database.inTransaction(() -> {
            activity.append(event(10, "p", "appended first"));
            activity.append(event(5, "p", "appended after the clock was set back"));
        });

        assertThat(activity.recent("p", 1)).extracting(ActivityEvent::subjectId)
                .containsExactly("appended after the clock was set back");
    }

    @Test
    void anEventOfAnUnknownKindOrTimeIsNamedByItsIdWhenRead() {
        database.inTransaction(() -> activity.append(event(0, "p", "a")));
        database.inTransaction(() -> activity.append(event(1, "p", "b")));
        Probe.execute(file, "UPDATE activity SET kind = 'TELEPORTED' WHERE subject_id = 'b'");

        assertThatThrownBy(() -> database.inTransaction(() -> activity.recent("p", 10)))
                .isInstanceOf(BadRowException.class)
                .hasMessage("activity row for event “2”: kind “TELEPORTED” is not a known kind");

        Probe.execute(file, "UPDATE activity SET kind = 'SKILL_RATED', at = 'noon' WHERE subject_id = 'b'");
        assertThatThrownBy(() -> database.inTransaction(() -> activity.latest("p")))
                .isInstanceOf(BadRowException.class)
                .hasMessage("activity row for event “2”: at “noon” is not a point in time");
    }
}
