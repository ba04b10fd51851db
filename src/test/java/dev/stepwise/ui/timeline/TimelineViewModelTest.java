package dev.stepwise.ui.timeline;

import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.ID;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.MilestoneStanding;
import dev.stepwise.domain.StudyEntry;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.domain.StudySource;
import dev.stepwise.ui.ViewModelFixture;
import dev.stepwise.ui.common.PathSession;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline's view model on the real stack, without a toolkit; the fixture's clock says it is 1 March 2025. */
class TimelineViewModelTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

    @TempDir
    Path dir;
    private ViewModelFixture fixture;
    private PathSession session;
    private TimelineViewModel viewModel;
    private final SimpleObjectProperty<StudyLog> studyLog = new SimpleObjectProperty<>(StudyLog.empty());
    private final List<Throwable> errors = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = ViewModelFixture.open(dir);
        session = new PathSession(fixture.stepwise.progress().load(ID), fixture.stepwise.progress(), fixture.stepwise.content(),
                fixture.background, errors::add, fixture.clock);
        viewModel = new TimelineViewModel(session, itemId -> { }, studyLog);
    }

    @AfterEach
    void close() {
        viewModel.dispose();
        fixture.close();
    }

    @Test
    void anAddedMilestoneIsSavedWithItsActivityShownWithItsStandingAndSelected() {
        assertThat(viewModel.today()).isEqualTo(TODAY);
        viewModel.add(" Week 1 ", TODAY.plusDays(4), List.of(LEARN_SQL, LEARN_LANGUAGE));

        assertThat(fixture.activityCount(ActivityKind.MILESTONE_ADDED, "week-1")).isEqualTo(1);
        assertThat(fixture.reload().path().milestone("week-1")).isPresent();
        assertThat(viewModel.selectedIdProperty().get()).isEqualTo("week-1");
        MilestoneStanding standing = viewModel.milestones().get(0);
        assertThat(standing.spanStart()).as("from the day the path was installed").isEqualTo(TODAY);
        assertThat(standing.left()).containsExactly(LEARN_SQL, LEARN_LANGUAGE);
        assertThat(standing.daysLeft()).isEqualTo(4);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("1 milestone · all on track");
        assertThat(errors).isEmpty();
    }

    @Test
    void aTickOnAMilestonesItemMovesItsStandingAndATickElsewhereLeavesTheListAlone() {
        viewModel.add("Week 1", TODAY.plusDays(4), List.of(LEARN_SQL));
        List<String> changes = new ArrayList<>();
        viewModel.milestones().addListener((ListChangeListener<MilestoneStanding>) change -> changes.add(change.toString()));

        session.setStatus(BUILD_API, ItemStatus.LEARNING);
        assertThat(changes).isEmpty();
        session.setStatus(LEARN_SQL, ItemStatus.DONE);
        assertThat(changes).hasSize(1);
        assertThat(viewModel.milestones().get(0).complete()).isTrue();
        assertThat(viewModel.summaryProperty().get()).as("done, not on track").isEqualTo("1 milestone · done");
    }

    @Test
    void editingAndDeletingChangeTheListAndARefusedTitleChangesNothing() {
        viewModel.add("Week 1", TODAY.plusDays(4), List.of(LEARN_SQL));
        viewModel.edit("week-1", "Week 2", TODAY.plusDays(11), List.of(LEARN_SQL, BUILD_API));
        assertThat(viewModel.milestones()).singleElement().satisfies(standing -> {
            assertThat(standing.milestone().title()).isEqualTo("Week 2");
            assertThat(standing.counted()).isEqualTo(2);
        });
        assertThatThrownBy(() -> viewModel.add(" ", TODAY, List.of())).isInstanceOf(InvalidEditException.class);

        viewModel.delete("week-1");
        assertThat(viewModel.milestones()).isEmpty();
        assertThat(viewModel.selectedIdProperty().get()).isNull();
        assertThat(fixture.reload().path().milestones()).isEmpty();
        assertThat(viewModel.summaryProperty().get()).isEmpty();
    }

    @Test
    void aMilestoneSumsTheTimeStudiedOnItsItemsOnly() {
        viewModel.add("Week 1", TODAY.plusDays(4), List.of(LEARN_SQL, LEARN_LANGUAGE));
        Instant at = Instant.parse("2026-03-02T09:00:00Z");
        studyLog.set(StudyLog.of(List.of(new StudyEntry(LEARN_SQL, at, 45, StudySource.MANUAL),
                new StudyEntry(LEARN_LANGUAGE, at.plusSeconds(3600), 30, StudySource.TIMER),
                new StudyEntry(CS_DEGREE, at, 90, StudySource.MANUAL)), Optional.empty(), List.of()));

        assertThat(viewModel.minutesStudied(viewModel.milestones().get(0))).isEqualTo(75);
    }
}
