package dev.stepwise.service;

import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DEPLOY;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.ArchivedItem;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Milestone;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.domain.UpstreamChange.Kind;
import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.domain.UpstreamChange.Subject;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.PathFileWriter;
import dev.stepwise.io.RoleDescriptionParser;
import dev.stepwise.io.RoleImport;
import dev.stepwise.store.Probe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Path files out and in through the services on real database files, the way the window does it: bytes read by the
 * strict reader, planned (previewed), then imported as a new path or as an update merged like a newer bundled version.
 */
class PathFilesTest {
    private static final String PATH = FixturePath.ID;
    private static final String MY_API_TITLE = "My own API project";

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = TestClock.utc("2026-02-01T09:00:00.000000000Z");
        stepwise = Stepwise.open(file, List.of(FixturePath.path()), clock);
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private static LearningPath read(String json) {
        return new PathFileReader().read("path.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    /** The learner renames one step, archives another, and works on three. */
    private void learnerWorks() {
        stepwise.content().edit(PATH, new PathChange(ActivityKind.ITEM_EDITED, BUILD_API, "renamed",
                path -> PathEdits.updateItem(path, BUILD_API, item -> item.withTitle(MY_API_TITLE))));
        stepwise.content().edit(PATH, new PathChange(ActivityKind.ITEM_ARCHIVED, FixturePath.PRACTICE_MONITORING, "archived",
                path -> PathEdits.archiveItem(path, FixturePath.PRACTICE_MONITORING, clock.instant())));
        ProgressService progress = stepwise.progress();
        progress.setStatus(PATH, LEARN_LANGUAGE, ItemStatus.DONE);
        progress.setStatus(PATH, DEPLOY, ItemStatus.LEARNING);
        progress.saveNote(PATH, DEPLOY, "Docker first.");
        progress.setStatus(PATH, BUILD_API, ItemStatus.LEARNING);
        clock.advance(Duration.ofDays(10));
    }

    /** Version 2 of the fixture as its author publishes it: SQL renamed, the deploy step and the degree removed. */
    private static String version2() {
        LearningPath v1 = FixturePath.path();
        LearningPath edited = PathEdits.removeItem(PathEdits.removeItem(PathEdits.updateItem(v1, LEARN_SQL,
                item -> item.withTitle("Learn SQL well")), DEPLOY), CS_DEGREE);
        LearningPath v2 = new LearningPath(edited.id(), 2, edited.title(), edited.tagline(), edited.overview(),
                edited.industries(), edited.skills(), edited.sections(), edited.selfChecks());
        return new PathFileWriter().write(v2);
    }

    private List<List<String>> events(String kind) {
        return Probe.rows(file, "SELECT at, path_id, kind, subject_id, payload FROM activity WHERE kind = ? ORDER BY id", kind);
    }

    private static String titleOf(LearningPath path, String itemId) {
        return path.item(itemId).map(Item::title).orElseThrow();
    }

    // --- export ------------------------------------------------------------------------------------------------

    @Test
    void theExportCarriesTheLearnersEditsAndNotTheArchive() {
        learnerWorks();

        String exported = stepwise.pathFiles().export(PATH);
        LearningPath read = read(exported);

        assertThat(titleOf(read, BUILD_API)).isEqualTo(MY_API_TITLE);
        assertThat(read.item(FixturePath.PRACTICE_MONITORING)).isEmpty();
        assertThat(read.archived()).isEmpty();
        assertThat(exported).doesNotContain(FixturePath.PRACTICE_MONITORING);
        LearningPath stored = stepwise.progress().load(PATH).path();
        assertThat(stored.archivedItem(FixturePath.PRACTICE_MONITORING)).as("still archived in the workspace").isPresent();
        assertThat(read.sections()).isEqualTo(stored.sections());
    }

    // --- import as a new path ----------------------------------------------------------------------------------

    @Test
    void aPathImportedIntoAnEmptyWorkspaceKeepsItsIdWithOneEvent() {
        learnerWorks();
        String exported = stepwise.pathFiles().export(PATH);
        stepwise.close();
        file = dir.resolve("empty.db");
        stepwise = Stepwise.open(file, List.of(), clock);

        PathFiles.ImportPlan plan = stepwise.pathFiles().plan(read(exported), false);
        PathFiles.Imported imported = stepwise.pathFiles().importPath(read(exported), false);

        assertThat(plan.isUpdate()).isFalse();
        assertThat(plan.pathId()).isEqualTo(PATH);
        assertThat(imported.summary().id()).isEqualTo(PATH);
        assertThat(imported.summary().origin()).isEqualTo(PathOrigin.OWN);
        assertThat(stepwise.pathIds()).containsExactly(PATH);
        assertThat(stepwise.progress().load(PATH).path()).isEqualTo(read(exported));
        assertThat(events("PATH_IMPORTED")).containsExactly(
                List.of(Probe.stamp(clock.instant()), PATH, "PATH_IMPORTED", PATH,
                        Probe.json("{'title':'" + FixturePath.TITLE + "','source':'file'}")));
    }

    @Test
    void aPathWhoseIdIsTakenImportedAsNewGetsAFreeIdAndNoProgress() {
        learnerWorks();
        String exported = stepwise.pathFiles().export(PATH);

        PathFiles.ImportPlan plan = stepwise.pathFiles().plan(read(exported), true);
        PathFiles.Imported imported = stepwise.pathFiles().importPath(read(exported), true);

        assertThat(plan.pathId()).isEqualTo(PATH + "-2");
        assertThat(plan.isUpdate()).isFalse();
        assertThat(imported.summary().id()).isEqualTo(PATH + "-2");
        assertThat(stepwise.pathIds()).containsExactly(PATH, PATH + "-2");
        PathState copy = stepwise.progress().load(PATH + "-2");
        assertThat(copy.items()).isEmpty();
        assertThat(copy.skills()).isEmpty();
        assertThat(copy.selfCheckAnswers()).isEmpty();
        assertThat(titleOf(copy.path(), BUILD_API)).isEqualTo(MY_API_TITLE);
        assertThat(stepwise.progress().load(PATH).progressOf(DEPLOY).note()).as("the original is untouched")
                .isEqualTo("Docker first.");
        assertThat(events("PATH_IMPORTED")).extracting(row -> row.get(1), row -> row.get(4))
                .containsExactly(tuple(PATH + "-2", Probe.json("{'title':'" + FixturePath.TITLE + "','source':'file'}")));
    }

    // --- import as an update -----------------------------------------------------------------------------------

    @Test
    void anUpdateIsPlannedWithItsChangesAndThePlanWritesNothing() {
        learnerWorks();
        DiskState was = DiskState.of(file);

        PathFiles.ImportPlan plan = stepwise.pathFiles().plan(read(version2()), false);

        assertThat(plan.isUpdate()).isTrue();
        assertThat(plan.changesNothing()).isFalse();
        assertThat(plan.pathId()).isEqualTo(PATH);
        PathUpdatePreview preview = plan.update().orElseThrow();
        assertThat(preview.fromVersion()).isEqualTo(1);
        assertThat(preview.toVersion()).isEqualTo(2);
        assertThat(preview.isOlder()).isFalse();
        assertThat(preview.changes()).extracting(UpstreamChange::kind, UpstreamChange::id).contains(
                tuple(Kind.ARCHIVED, DEPLOY), tuple(Kind.REMOVED, CS_DEGREE));
        assertThat(preview.changes()).extracting(UpstreamChange::id).contains(LEARN_SQL).doesNotContain(BUILD_API);
        assertThat(DiskState.of(file)).isEqualTo(was);
    }

    @Test
    void anUpdateKeepsEditsAndProgressAndArchivesWhatCarriesProgress() {
        learnerWorks();
        PathState before = stepwise.progress().load(PATH);

        PathFiles.Imported imported = stepwise.pathFiles().importPath(read(version2()), false);

        assertThat(imported.plan().isUpdate()).isTrue();
        PathState after = stepwise.progress().load(PATH);
        assertThat(after.path().contentVersion()).isEqualTo(2);
        assertThat(titleOf(after.path(), LEARN_SQL)).isEqualTo("Learn SQL well");
        assertThat(titleOf(after.path(), BUILD_API)).as("the learner's title").isEqualTo(MY_API_TITLE);
        assertThat(after.path().item(CS_DEGREE)).isEmpty();
        assertThat(after.path().archivedItem(CS_DEGREE)).isEmpty();
        assertThat(after.path().item(DEPLOY)).isEmpty();
        assertThat(after.path().archivedItem(DEPLOY)).map(ArchivedItem::item).map(Item::title)
                .contains("Deploy a project to the cloud");
        assertThat(after.path().archivedItem(FixturePath.PRACTICE_MONITORING)).as("the learner's own archive").isPresent();
        assertThat(after.items()).isEqualTo(before.items());
        assertThat(after.progressOf(DEPLOY)).extracting(ItemProgress::status, ItemProgress::note)
                .containsExactly(ItemStatus.LEARNING, "Docker first.");
        assertThat(events("PATH_UPDATED")).containsExactly(
                List.of(Probe.stamp(clock.instant()), PATH, "PATH_UPDATED", PATH, Probe.json("{'from':1,'to':2}")));
        assertThat(events("PATH_IMPORTED")).isEmpty();
    }

    @Test
    void anInstructorsNewerFileBringsItsCalendarToALearnerWhoAlreadyHasThePath() {
        learnerWorks();
        LearningPath v2 = read(version2());
        List<Milestone> calendar = List.of(
                new Milestone("week-2", "Week 2 — the language", LocalDate.of(2026, 2, 20), List.of(LEARN_LANGUAGE)),
                new Milestone("week-6", "Week 6 — an API", LocalDate.of(2026, 3, 20), List.of(BUILD_API, LEARN_SQL)));
        LearningPath withCalendar = read(new PathFileWriter().write(v2.withMilestones(calendar)));

        PathFiles.Imported imported = stepwise.pathFiles().importPath(withCalendar, false);
        stepwise.close();
        stepwise = Stepwise.open(file, List.of(FixturePath.path()), clock);

        assertThat(imported.plan().update().orElseThrow().changes())
                .extracting(UpstreamChange::kind, UpstreamChange::subject, UpstreamChange::id)
                .contains(tuple(Kind.ADDED, Subject.MILESTONE, "week-2"), tuple(Kind.ADDED, Subject.MILESTONE, "week-6"));
        assertThat(stepwise.progress().load(PATH).path().milestones()).isEqualTo(calendar);
    }

    @Test
    void theSameFileImportedAgainChangesNothingAndWritesNothing() {
        learnerWorks();
        stepwise.pathFiles().importPath(read(version2()), false);
        clock.advance(Duration.ofHours(1));
        DiskState was = DiskState.of(file);

        PathFiles.ImportPlan plan = stepwise.pathFiles().plan(read(version2()), false);
        PathFiles.Imported again = stepwise.pathFiles().importPath(read(version2()), false);

        assertThat(plan.changesNothing()).as("the file became the upstream base").isTrue();
        assertThat(again.plan().changesNothing()).isTrue();
        assertThat(DiskState.of(file)).isEqualTo(was);
        assertThat(events("PATH_UPDATED")).hasSize(1);
    }

    // --- an older file over a newer copy --------------------------------------------------------------------------

    /** The fixture's own version 1, as a file: older than the copy once version 2 came in. */
    private static LearningPath version1() {
        return read(new PathFileWriter().write(FixturePath.path()));
    }

    @Test
    void anOlderFileIsPlannedAsOlderAndRefusedWithoutWritingAnything() {
        stepwise.pathFiles().importPath(read(version2()), false);
        clock.advance(Duration.ofHours(1));
        List<BackupFile> backups = stepwise.backups().backups();
        DiskState was = DiskState.of(file);

        PathFiles.ImportPlan plan = stepwise.pathFiles().plan(version1(), false);

        assertThat(plan.isOlder()).isTrue();
        assertThat(plan.takesBack()).isTrue();
        assertThat(plan.update().orElseThrow()).extracting(PathUpdatePreview::fromVersion, PathUpdatePreview::toVersion)
                .containsExactly(2, 1);
        assertThatThrownBy(() -> stepwise.pathFiles().importPath(version1(), false))
                .isInstanceOfSatisfying(OlderPathException.class, refused -> {
                    assertThat(refused.preview().fromVersion()).isEqualTo(2);
                    assertThat(refused.preview().toVersion()).isEqualTo(1);
                })
                .hasMessage("Version 1 of \"" + PATH + "\" is older than your copy (version 2): importing it would take back "
                        + "what version 2 changed");
        assertThat(DiskState.of(file)).as("nothing written").isEqualTo(was);
        assertThat(stepwise.backups().backups()).as("no backup either").isEqualTo(backups);
        LearningPath kept = stepwise.progress().load(PATH).path();
        assertThat(kept.contentVersion()).isEqualTo(2);
        assertThat(titleOf(kept, LEARN_SQL)).isEqualTo("Learn SQL well");
        assertThat(kept.item(CS_DEGREE)).isEmpty();
    }

    @Test
    void anOlderFileIsImportedWhenAllowed() {
        stepwise.pathFiles().importPath(read(version2()), false);

        PathFiles.Imported imported = stepwise.pathFiles().importPath(version1(), false, true);

        assertThat(imported.plan().isOlder()).isTrue();
        LearningPath after = stepwise.progress().load(PATH).path();
        assertThat(after.contentVersion()).isEqualTo(1);
        assertThat(titleOf(after, LEARN_SQL)).isEqualTo(titleOf(FixturePath.path(), LEARN_SQL));
        assertThat(after.item(CS_DEGREE)).isPresent();
        assertThat(events("PATH_UPDATED")).extracting(row -> row.get(4))
                .containsExactly(Probe.json("{'from':1,'to':2}"), Probe.json("{'from':2,'to':1}"));
    }

    @Test
    void aFileOfTheSameVersionWithOtherContentIsNotOlderAndIsImported() {
        stepwise.pathFiles().importPath(read(version2()), false);
        LearningPath sameVersion = read(version2().replace("Learn SQL well", "Learn SQL very well"));

        PathFiles.Imported imported = stepwise.pathFiles().importPath(sameVersion, false);

        assertThat(imported.plan().isOlder()).isFalse();
        assertThat(titleOf(stepwise.progress().load(PATH).path(), LEARN_SQL)).isEqualTo("Learn SQL very well");
    }

    // --- round trip --------------------------------------------------------------------------------------------

    @Test
    void anExportImportedIntoAnotherDatabaseExportsTheSameBytes() {
        learnerWorks();
        String exported = stepwise.pathFiles().export(PATH);

        try (Stepwise other = Stepwise.open(dir.resolve("other.db"), List.of(), clock)) {
            other.pathFiles().importPath(read(exported), false);

            assertThat(other.pathFiles().export(PATH).getBytes(StandardCharsets.UTF_8))
                    .isEqualTo(exported.getBytes(StandardCharsets.UTF_8));
        }
    }

    // --- role descriptions -------------------------------------------------------------------------------------

    private static RoleImport backendRole() {
        try (InputStream in = PathFilesTest.class.getResourceAsStream("/dev/stepwise/io/roles/backend-engineer-role.txt")) {
            return new RoleDescriptionParser().parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aRoleDescriptionIsStoredAsANewPathTwiceUnderDistinctIds() {
        RoleImport role = backendRole();

        clock.advance(Duration.ofMinutes(1));
        PathSummary first = stepwise.pathFiles().addRole(role);
        clock.advance(Duration.ofMinutes(1));
        PathSummary second = stepwise.pathFiles().addRole(role);

        assertThat(first.id()).isNotEqualTo(second.id()).isNotEqualTo(PATH);
        assertThat(first.id()).isEqualTo(role.path().id());
        assertThat(second.id()).isEqualTo(role.path().id() + "-2");
        assertThat(stepwise.pathIds()).containsExactly(PATH, first.id(), second.id());
        LearningPath stored = stepwise.progress().load(second.id()).path();
        assertThat(stored.sections()).isEqualTo(role.path().sections());
        assertThat(stored.skills()).isEqualTo(role.path().skills());
        assertThat(stored.title()).isEqualTo(role.path().title());
        String payload = Probe.json("{'title':'" + role.path().title() + "','source':'role description'}");
        assertThat(events("PATH_IMPORTED")).extracting(row -> row.get(1), row -> row.get(4))
                .containsExactly(tuple(first.id(), payload), tuple(second.id(), payload));
    }
}
