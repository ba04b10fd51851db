package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemEdits;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathChange;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SkillEdits;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import dev.stepwise.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Content edits through the service over a real database: each is one transaction that writes the edited content
 * and exactly one activity row; a refused edit, an edit that changes nothing and an edit that fails halfway write
 * nothing at all; deleting an item, a sub-step or a skill deletes the learner's progress on exactly that.
 */
class ContentServiceTest {
    private static final String PATH = SamplePaths.ID;
    private static final String FIRST = SamplePaths.FIRST;
    private static final String SECOND = SamplePaths.SECOND;
    private static final String THIRD = SamplePaths.THIRD;
    private static final Instant START = Instant.parse("2026-03-01T10:00:00.000000000Z");
    private static final Instant ARCHIVED_AT = Instant.parse("2026-02-01T12:00:00.000000000Z");

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;
    private ContentService content;
    private ProgressService progress;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = TestClock.utc(START.toString());
        stepwise = Stepwise.open(file, List.of(SamplePaths.sample()), clock);
        content = stepwise.content();
        progress = stepwise.progress();
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private LearningPath stored() {
        return progress.load(PATH).path();
    }

    /** Activity after the install event: at, path, kind, subject, payload. */
    private List<List<String>> edits() {
        return Probe.rows(file, "SELECT at, path_id, kind, subject_id, payload FROM activity"
                + " WHERE kind <> 'PATH_INSTALLED' ORDER BY id");
    }

    private static PathChange change(ActivityKind kind, String subject, String description, UnaryOperator<LearningPath> edit) {
        return new PathChange(kind, subject, description, edit);
    }

    private static UnaryOperator<LearningPath> item(String itemId, UnaryOperator<Item> change) {
        return path -> PathEdits.updateItem(path, itemId, change);
    }

    private static Arguments edit(String name, ActivityKind kind, String subject, UnaryOperator<LearningPath> edit) {
        return Arguments.of(name, change(kind, subject, name, edit));
    }

    /** One edit of every kind the screens make, described as the status bar would. */
    static Stream<Arguments> everyKindOfEdit() {
        Resource link = new Resource("Docs", "https://docs.example.com/sql");
        return Stream.of(
                edit("Renamed the path", ActivityKind.PATH_EDITED, PATH,
                        path -> PathEdits.withDetails(path, "My path", "Mine now", "Rewritten overview")),
                edit("Renamed an item", ActivityKind.ITEM_EDITED, FIRST, item(FIRST, it -> it.withTitle("Learn SQL well"))),
                edit("Edited the detail", ActivityKind.ITEM_EDITED, THIRD, item(THIRD, it -> it.withDetail("Sketch first."))),
                edit("Changed the estimate", ActivityKind.ITEM_EDITED, SECOND, item(SECOND, it -> it.withEstimate(6))),
                edit("Added a sub-step", ActivityKind.ITEM_EDITED, FIRST, item(FIRST, it -> ItemEdits.addSubItem(it, 1, "Views"))),
                edit("Renamed a sub-step", ActivityKind.ITEM_EDITED, FIRST,
                        item(FIRST, it -> ItemEdits.renameSubItem(it, "a-sub", "Indexes and plans"))),
                edit("Moved a sub-step", ActivityKind.ITEM_EDITED, FIRST, item(FIRST, it -> ItemEdits.moveSubItem(it, "m-sub", 0))),
                edit("Deleted a sub-step", ActivityKind.ITEM_EDITED, FIRST, item(FIRST, it -> ItemEdits.removeSubItem(it, "z-sub"))),
                edit("Added a link", ActivityKind.ITEM_EDITED, SECOND, item(SECOND, it -> it.withResources(List.of(link)))),
                edit("Removed a link", ActivityKind.ITEM_EDITED, FIRST, item(FIRST, it -> it.withResources(List.of()))),
                edit("Linked a skill", ActivityKind.ITEM_EDITED, FIRST, item(FIRST, it -> ItemEdits.linkSkill(it, SamplePaths.TALK, true))),
                edit("Unlinked a skill", ActivityKind.ITEM_EDITED, THIRD,
                        item(THIRD, it -> ItemEdits.linkSkill(it, SamplePaths.API, false))),
                edit("Added an item at the start", ActivityKind.ITEM_ADDED, "write-a-query",
                        path -> PathEdits.addItem(path, "z-steps", 0, ItemEdits.newItem(path, "Write a query"))),
                edit("Added an item in the middle", ActivityKind.ITEM_ADDED, "write-a-query",
                        path -> PathEdits.addItem(path, "z-steps", 1, ItemEdits.newItem(path, "Write a query"))),
                edit("Added an item at the end", ActivityKind.ITEM_ADDED, "write-a-query",
                        path -> PathEdits.addItem(path, "z-steps", Integer.MAX_VALUE, ItemEdits.newItem(path, "Write a query"))),
                edit("Moved an item within its section", ActivityKind.ITEM_MOVED, SECOND,
                        path -> PathEdits.moveItem(path, SECOND, "z-steps", 0)),
                edit("Moved an item to another section", ActivityKind.ITEM_MOVED, FIRST,
                        path -> PathEdits.moveItem(path, FIRST, "a-practice", 1)),
                edit("Deleted an item", ActivityKind.ITEM_DELETED, SECOND, path -> PathEdits.removeItem(path, SECOND)),
                edit("Archived an item", ActivityKind.ITEM_ARCHIVED, FIRST, path -> PathEdits.archiveItem(path, FIRST, ARCHIVED_AT)),
                edit("Added a section", ActivityKind.SECTION_ADDED, "extra",
                        path -> PathEdits.addSection(path, 1, new Section("extra", SectionKind.PRACTICE, "Extra", "", List.of()))),
                edit("Edited a section", ActivityKind.SECTION_EDITED, "a-practice",
                        path -> PathEdits.editSection(path, "a-practice", "On the job", "At work.")),
                edit("Moved a section", ActivityKind.SECTION_MOVED, "m-background", path -> PathEdits.moveSection(path, "m-background", 0)),
                edit("Deleted a section", ActivityKind.SECTION_DELETED, "a-practice", path -> PathEdits.removeSection(path, "a-practice")),
                edit("Added a skill", ActivityKind.SKILL_ADDED, "cloud",
                        path -> SkillEdits.addSkill(path, SkillEdits.newSkill(path, "Cloud", "Ops", "", Level.GUIDED))),
                edit("Edited a skill", ActivityKind.SKILL_EDITED, SamplePaths.API,
                        path -> SkillEdits.updateSkill(path, SamplePaths.API, "REST design", "Design", "", Level.TEACHES)),
                edit("Deleted a skill", ActivityKind.SKILL_DELETED, SamplePaths.SQL,
                        path -> SkillEdits.removeSkill(path, SamplePaths.SQL)));
    }

    // --- every edit: written, and recorded once ------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKindOfEdit")
    void everyEditIsWrittenWithExactlyOneActivityRow(String name, PathChange change) {
        LearningPath before = stored();
        Snapshot was = Snapshot.of(file);
        clock.advance(Duration.ofMinutes(5));
        Instant now = clock.instant();

        LearningPath returned = content.edit(PATH, change);

        assertThat(returned).isEqualTo(change.edit().apply(before)).isNotEqualTo(before);
        assertThat(stored()).isEqualTo(returned);
        assertThat(edits()).containsExactly(List.of(Probe.stamp(now), PATH, change.kind().name(), change.subjectId(),
                Probe.json("{'description':'" + name + "'}")));
        assertThat(was.changesTo(Snapshot.of(file))).filteredOn(row -> row.contains("activity "))
                .as("activity rows written").hasSize(1).allMatch(row -> row.startsWith("+"));
        assertThat(Probe.text(file, "SELECT updated_at FROM path WHERE id = ?", PATH)).isEqualTo(Probe.stamp(now));
    }

    @Test
    void archivingAndRestoringAreOneEventEachAndKeepTheItemsProgress() {
        progress.setStatus(PATH, FIRST, ItemStatus.DONE);
        progress.setSubItemDone(PATH, FIRST, "z-sub", true);
        var before = progress.load(PATH).progressOf(FIRST);

        content.edit(PATH, change(ActivityKind.ITEM_ARCHIVED, FIRST, "Archived", path -> PathEdits.archiveItem(path, FIRST, ARCHIVED_AT)));
        assertThat(stored().archivedItem(FIRST)).isPresent();
        assertThat(progress.load(PATH).progressOf(FIRST)).isEqualTo(before);

        content.edit(PATH, change(ActivityKind.ITEM_RESTORED, FIRST, "Restored", path -> PathEdits.restoreItem(path, FIRST)));

        assertThat(stored().archived()).isEmpty();
        assertThat(stored().section("z-steps").orElseThrow().items()).extracting(Item::id).containsExactly(SECOND, FIRST);
        assertThat(progress.load(PATH).progressOf(FIRST)).isEqualTo(before);
        assertThat(edits()).extracting(row -> row.get(2), row -> row.get(3), row -> row.get(4)).containsExactly(
                tuple("ITEM_STATUS_CHANGED", FIRST,
                        Probe.json("{'from':'NOT_STARTED','to':'DONE','startedOn':null,'doneOn':'2026-03-01'}")),
                tuple("SUB_ITEM_CHANGED", FIRST, Probe.json("{'subStep':'z-sub','done':true}")),
                tuple("ITEM_ARCHIVED", FIRST, Probe.json("{'description':'Archived'}")),
                tuple("ITEM_RESTORED", FIRST, Probe.json("{'description':'Restored'}")));
    }

    @Test
    void eachEditRunsAgainstThePathAsStoredSoQuickEditsBuildOnEachOther() {
        PathChange addSubStep = change(ActivityKind.ITEM_EDITED, THIRD, "Added a sub-step",
                item(THIRD, it -> ItemEdits.addSubItem(it, Integer.MAX_VALUE, "Review")));

        content.edit(PATH, addSubStep);
        LearningPath after = content.edit(PATH, addSubStep);

        assertThat(after.item(THIRD).orElseThrow().subItems()).extracting(sub -> sub.id())
                .containsExactly("only-sub", "review", "review-2");
        assertThat(stored()).isEqualTo(after);
        assertThat(edits()).hasSize(2);
    }

    // --- refused edits and no edits ------------------------------------------------------------------------

    /** The database file and its write-ahead log, byte for byte. */
    private List<byte[]> bytesOnDisk() {
        List<byte[]> bytes = new ArrayList<>();
        for (Path part : List.of(file, Path.of(file + "-wal"))) {
            try {
                bytes.add(Files.exists(part) ? Files.readAllBytes(part) : new byte[0]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    private void assertRefusedWritingNothing(String pathId, UnaryOperator<LearningPath> edit, String wordsOfTheMessage) {
        Snapshot was = Snapshot.of(file);
        List<byte[]> bytes = bytesOnDisk();
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> content.edit(pathId, change(ActivityKind.ITEM_EDITED, "x", "Refused", edit)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(wordsOfTheMessage);

        assertThat(Snapshot.of(file)).isEqualTo(was);
        assertThat(bytesOnDisk()).as("the file and its log, byte for byte").containsExactlyElementsOf(bytes);
    }

    @Test
    void impossibleEditsAreRefusedWithTheReasonAndWriteNothing() {
        progress.setStatus(PATH, FIRST, ItemStatus.LEARNING);

        assertRefusedWritingNothing(PATH, path -> PathEdits.withDetails(path, "  ", "", ""), "title cannot be empty");
        assertRefusedWritingNothing(PATH, item(FIRST, it -> it.withTitle("\u200B")), "title cannot be empty");
        assertRefusedWritingNothing(PATH, item("no-such-item", it -> it.withTitle("Anything")), "no-such-item");
        assertRefusedWritingNothing(PATH, path -> PathEdits.moveItem(path, FIRST, "no-such-section", 0), "no-such-section");
        assertRefusedWritingNothing(PATH, path -> SkillEdits.removeSkill(path, "no-such-skill"), "no-such-skill");
        assertRefusedWritingNothing(PATH, item(FIRST, it -> it.withResources(List.of(new Resource("Run me", "javascript:alert(1)")))),
                "Only web links");
        assertRefusedWritingNothing(PATH, item(FIRST, it -> it.withSkillIds(List.of("no-such-skill"))), "no-such-skill");
        assertRefusedWritingNothing(PATH, item(FIRST, it -> it.withEstimate(-1)), "estimate");
        assertRefusedWritingNothing("no-such-path", path -> path, "no-such-path");
        // A refused edit leaves the connection usable: the next edit goes through.
        content.edit(PATH, change(ActivityKind.ITEM_EDITED, FIRST, "Renamed", item(FIRST, it -> it.withTitle("Fine"))));
        assertThat(stored().item(FIRST).orElseThrow().title()).isEqualTo("Fine");
    }

    @Test
    void removingTheLastSectionIsRefusedAndWritesNothing() {
        String own = stepwise.workspace().create("One section").id();

        assertRefusedWritingNothing(own, path -> PathEdits.removeSection(path, "steps"), "at least one section");

        assertThat(progress.load(own).path().sections()).extracting(Section::id).containsExactly("steps");
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        Snapshot was = Snapshot.of(file);
        List<byte[]> bytes = bytesOnDisk();
        LearningPath before = stored();
        clock.advance(Duration.ofMinutes(5));

        for (UnaryOperator<LearningPath> edit : List.<UnaryOperator<LearningPath>>of(
                item(FIRST, it -> it.withTitle("Learn SQL")),
                item(FIRST, it -> it.withTitle("  Learn SQL \n")),
                item(FIRST, it -> ItemEdits.linkSkill(it, SamplePaths.SQL, true)),
                path -> PathEdits.nudgeItem(path, FIRST, -1),
                path -> PathEdits.moveItem(path, SECOND, "z-steps", 1),
                path -> PathEdits.editSection(path, "z-steps", "Steps", "In order."),
                path -> PathEdits.withDetails(path, before.title(), before.tagline(), before.overview()))) {
            assertThat(content.edit(PATH, change(ActivityKind.ITEM_EDITED, FIRST, "Nothing", edit))).isEqualTo(before);
        }

        assertThat(Snapshot.of(file)).isEqualTo(was);
        assertThat(bytesOnDisk()).containsExactlyElementsOf(bytes);
        assertThat(edits()).isEmpty();
    }

    // --- progress on what is deleted -----------------------------------------------------------------------

    /** Progress on two items: the first with status, note and two ticks, the third with a status and a tick. */
    private void someProgress() {
        progress.setStatus(PATH, FIRST, ItemStatus.DONE);
        progress.saveNote(PATH, FIRST, "Finished the book");
        progress.setSubItemDone(PATH, FIRST, "z-sub", true);
        progress.setSubItemDone(PATH, FIRST, "a-sub", true);
        progress.setStatus(PATH, THIRD, ItemStatus.LEARNING);
        progress.setSubItemDone(PATH, THIRD, "only-sub", true);
    }

    private List<String> progressChangesOf(PathChange change) {
        Snapshot was = Snapshot.of(file);
        content.edit(PATH, change);
        return was.changesTo(Snapshot.of(file)).stream()
                .filter(row -> row.contains("progress ") || row.contains("skill_rating ") || row.contains("skill_target ")
                        || row.contains("self_check_answer "))
                .toList();
    }

    @Test
    void deletingAnItemDeletesItsProgressAndTicksAndNoOtherItems() {
        someProgress();
        var third = progress.load(PATH).progressOf(THIRD);

        assertThat(progressChangesOf(change(ActivityKind.ITEM_DELETED, FIRST, "Deleted", path -> PathEdits.removeItem(path, FIRST))))
                .containsExactlyInAnyOrder("-item_progress sample-path/z-first", "-sub_item_progress sample-path/z-first/a-sub",
                        "-sub_item_progress sample-path/z-first/z-sub");

        assertThat(progress.load(PATH).items()).containsOnlyKeys(THIRD).containsEntry(THIRD, third);
    }

    @Test
    void deletingAnArchivedItemDeletesItsProgress() {
        someProgress();
        content.edit(PATH, change(ActivityKind.ITEM_ARCHIVED, FIRST, "Archived", path -> PathEdits.archiveItem(path, FIRST, ARCHIVED_AT)));

        assertThat(progressChangesOf(change(ActivityKind.ITEM_DELETED, FIRST, "Deleted", path -> PathEdits.removeItem(path, FIRST))))
                .containsExactlyInAnyOrder("-item_progress sample-path/z-first", "-sub_item_progress sample-path/z-first/a-sub",
                        "-sub_item_progress sample-path/z-first/z-sub");
        assertThat(stored().archived()).isEmpty();
    }

    @Test
    void deletingASectionDeletesTheProgressOfItsItems() {
        someProgress();

        assertThat(progressChangesOf(change(ActivityKind.SECTION_DELETED, "a-practice", "Deleted",
                path -> PathEdits.removeSection(path, "a-practice"))))
                .containsExactlyInAnyOrder("-item_progress sample-path/m-third", "-sub_item_progress sample-path/m-third/only-sub");
    }

    @Test
    void deletingASubStepDeletesItsTickOnly() {
        someProgress();
        var first = progress.load(PATH).progressOf(FIRST);

        assertThat(progressChangesOf(change(ActivityKind.ITEM_EDITED, FIRST, "Deleted a sub-step",
                item(FIRST, it -> ItemEdits.removeSubItem(it, "a-sub")))))
                .containsExactly("-sub_item_progress sample-path/z-first/a-sub");

        assertThat(progress.load(PATH).progressOf(FIRST)).isEqualTo(first.withSubItemDone("a-sub", false));
    }

    @Test
    void renamingOrMovingASubStepKeepsItsTick() {
        someProgress();

        assertThat(progressChangesOf(change(ActivityKind.ITEM_EDITED, FIRST, "Renamed a sub-step",
                item(FIRST, it -> ItemEdits.moveSubItem(ItemEdits.renameSubItem(it, "a-sub", "Indexes, really"), "a-sub", 0)))))
                .isEmpty();
        assertThat(progress.load(PATH).progressOf(FIRST).doneSubItemIds()).containsExactlyInAnyOrder("z-sub", "a-sub");
    }

    @Test
    void deletingASkillDeletesItsRatingsAndTargetAndNoOtherSkills() {
        progress.rate(PATH, SamplePaths.API, Level.AWARE, "read about it");
        clock.advance(Duration.ofDays(1));
        progress.rate(PATH, SamplePaths.API, Level.GUIDED, "built one");
        progress.setTarget(PATH, SamplePaths.API, Level.TEACHES);
        progress.rate(PATH, SamplePaths.SQL, Level.INDEPENDENT, "");
        progress.setTarget(PATH, SamplePaths.SQL, Level.TEACHES);
        var sql = progress.load(PATH).skillProgressOf(SamplePaths.SQL);

        content.edit(PATH, change(ActivityKind.SKILL_DELETED, SamplePaths.API, "Deleted",
                path -> SkillEdits.removeSkill(path, SamplePaths.API)));

        assertThat(Probe.column(file, "SELECT skill_id FROM skill_rating")).containsExactly(SamplePaths.SQL);
        assertThat(Probe.column(file, "SELECT skill_id FROM skill_target")).containsExactly(SamplePaths.SQL);
        assertThat(progress.load(PATH).skills()).containsOnlyKeys(SamplePaths.SQL).containsEntry(SamplePaths.SQL, sql);
    }

    @Test
    void removingAStatementDeletesItsAnswerAndEditingOneKeepsIt() {
        progress.answerSelfCheck(PATH, "z-check", SelfCheckAnswer.AGREE);
        progress.answerSelfCheck(PATH, "a-check", SelfCheckAnswer.NOT_SURE);

        assertThat(progressChangesOf(change(ActivityKind.PATH_EDITED, PATH, "Edited the statements",
                path -> PathEdits.withSelfChecks(path, List.of(new SelfCheck("a-check", "I like data and queries"),
                        new SelfCheck("b-check", "I like servers"))))))
                .containsExactly("-self_check_answer sample-path/z-check");

        assertThat(progress.load(PATH).selfCheckAnswers()).containsOnly(Map.entry("a-check", SelfCheckAnswer.NOT_SURE));
    }

    // --- failures halfway ----------------------------------------------------------------------------------

    @Test
    void aFailureAfterTheContentAndProgressAreWrittenRollsBackEverything() {
        someProgress();
        Snapshot was = Snapshot.of(file);
        // The activity row is the last write of an edit: failing it proves the content and progress writes before it
        // belong to the same transaction.
        Probe.execute(file, "CREATE TRIGGER refuse_activity BEFORE INSERT ON activity BEGIN SELECT RAISE(ABORT, 'forced'); END");
        Snapshot withTrigger = Snapshot.of(file);
        PathChange deleteFirst = change(ActivityKind.ITEM_DELETED, FIRST, "Deleted", path -> PathEdits.removeItem(path, FIRST));

        assertThatThrownBy(() -> content.edit(PATH, deleteFirst)).isInstanceOf(StoreException.class).hasMessageContaining("forced");

        assertThat(Snapshot.of(file)).isEqualTo(withTrigger).isEqualTo(was);
        assertThat(stored()).isEqualTo(SamplePaths.sample());
        Probe.execute(file, "DROP TRIGGER refuse_activity");
        content.edit(PATH, deleteFirst);
        assertThat(stored().item(FIRST)).isEmpty();
        assertThat(progress.load(PATH).items()).containsOnlyKeys(THIRD);
    }

    @Test
    void aConstraintFailureInTheMiddleOfTheContentRollsBackEverything() {
        someProgress();
        Snapshot was = Snapshot.of(file);
        // Skips the edits' checks on purpose: the path row, a section and an item deletion are written before the link
        // to a skill the path lacks breaks the foreign key.
        UnaryOperator<LearningPath> broken = path -> SamplePaths.withDanglingSkillLink(PathEdits.removeItem(
                PathEdits.editSection(PathEdits.withDetails(path, "Renamed", "", ""), "z-steps", "Renamed", ""), THIRD), 1);

        assertThatThrownBy(() -> content.edit(PATH, change(ActivityKind.PATH_EDITED, PATH, "Broken", broken)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");

        assertThat(Snapshot.of(file)).isEqualTo(was);
        assertThat(stored()).isEqualTo(SamplePaths.sample());
    }
}
