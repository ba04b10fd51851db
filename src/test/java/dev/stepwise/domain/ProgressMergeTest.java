package dev.stepwise.domain;

import static dev.stepwise.fixtures.FixturePath.BUILD_API;
import static dev.stepwise.fixtures.FixturePath.CHOOSE_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.DATABASES;
import static dev.stepwise.fixtures.FixturePath.LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_GIT;
import static dev.stepwise.fixtures.FixturePath.LEARN_LANGUAGE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.PRACTICE_DEBUGGING;
import static dev.stepwise.fixtures.FixturePath.WRITE_FIRST_TESTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.ProgressChange.Subject;
import dev.stepwise.fixtures.FixturePath;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The merge rule of {@link ProgressMerge}, on the fixture path with hand-made progress; no database. */
class ProgressMergeTest {
    private static final LearningPath PATH = FixturePath.path();
    private static final Instant EXPORTED = Instant.parse("2026-04-02T08:15:00Z");
    private static final Instant T1 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-10T10:00:00Z");
    private static final Instant T3 = Instant.parse("2026-03-20T10:00:00Z");
    private static final LocalDate MARCH_1 = LocalDate.parse("2026-03-01");
    private static final LocalDate MARCH_5 = LocalDate.parse("2026-03-05");
    private static final LocalDate MARCH_9 = LocalDate.parse("2026-03-09");

    private static ItemProgress item(String id, ItemStatus status, String note, Set<String> subs, LocalDate started,
                                     LocalDate done) {
        return new ItemProgress(id, status, note, subs, started, done);
    }

    private static ProgressFile file(Map<String, ItemProgress> items, Map<String, SkillProgress> skills,
                                     Map<String, SelfCheckAnswer> answers) {
        return new ProgressFile(FixturePath.ID, EXPORTED, items, skills, answers);
    }

    private static ProgressFile items(ItemProgress... items) {
        Map<String, ItemProgress> map = new HashMap<>();
        for (ItemProgress item : items) {
            map.put(item.itemId(), item);
        }
        return file(map, Map.of(), Map.of());
    }

    private static ProgressFile skills(SkillProgress... skills) {
        Map<String, SkillProgress> map = new HashMap<>();
        for (SkillProgress skill : skills) {
            map.put(skill.skillId(), skill);
        }
        return file(Map.of(), map, Map.of());
    }

    /** A learner who has worked on the path: two items, two skills, one self-check. */
    private static PathState worked() {
        return new PathState(PATH,
                Map.of(LEARN_LANGUAGE, item(LEARN_LANGUAGE, ItemStatus.LEARNING, "old note", Set.of(CHOOSE_LANGUAGE, LEARN_GIT),
                                MARCH_1, null),
                        LEARN_SQL, item(LEARN_SQL, ItemStatus.DONE, "", Set.of(FixturePath.JOINS), MARCH_1, MARCH_5)),
                Map.of(LANGUAGE.id(), new SkillProgress(LANGUAGE.id(), Level.GUIDED, List.of(new Rating(Level.AWARE, T2, "tour"))),
                        DATABASES.id(), new SkillProgress(DATABASES.id(), null, List.of(new Rating(Level.GUIDED, T1, "")))),
                Map.of("likes-puzzles", SelfCheckAnswer.AGREE));
    }

    // --- items -------------------------------------------------------------------------------------------------

    @Test
    void anItemInTheFileReplacesStatusDatesNoteAndSubStepsTogether() {
        ItemProgress incoming = item(LEARN_LANGUAGE, ItemStatus.DONE, "new note", Set.of(WRITE_FIRST_TESTS), MARCH_5, MARCH_9);

        ProgressMerge.Result result = ProgressMerge.merge(worked(), items(incoming));

        assertThat(result.items()).containsExactly(Map.entry(LEARN_LANGUAGE, incoming));
        assertThat(described(result.changes())).containsExactly(change(Subject.ITEM, LEARN_LANGUAGE,
                "Learn a programming language", "Learning → Done, note changed, 1 sub-step ticked, 2 sub-steps unticked"));
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void anItemWhoseOnlyChangeIsItsDatesSaysSo() {
        ItemProgress incoming = item(LEARN_SQL, ItemStatus.DONE, "", Set.of(FixturePath.JOINS), MARCH_1, MARCH_9);

        ProgressMerge.Result result = ProgressMerge.merge(worked(), items(incoming));

        assertThat(result.items()).containsExactly(Map.entry(LEARN_SQL, incoming));
        assertThat(result.changes()).extracting(ProgressMergeTest::detail).containsExactly("dates changed");
    }

    @Test
    void aNoteIsAddedOrRemovedAsTheFileSays() {
        ProgressMerge.Result result = ProgressMerge.merge(worked(), items(
                item(LEARN_LANGUAGE, ItemStatus.LEARNING, "", Set.of(CHOOSE_LANGUAGE, LEARN_GIT), MARCH_1, null),
                item(LEARN_SQL, ItemStatus.DONE, "fun", Set.of(FixturePath.JOINS), MARCH_1, MARCH_5)));

        assertThat(result.changes()).extracting(ProgressChange::id, ProgressMergeTest::detail).containsExactly(
                tuple(LEARN_LANGUAGE, "note removed"),
                tuple(LEARN_SQL, "note added"));
    }

    @Test
    void whatTheFileDoesNotMentionIsLeftAlone() {
        ItemProgress incoming = item(BUILD_API, ItemStatus.LEARNING, "", Set.of(), MARCH_9, null);

        ProgressMerge.Result result = ProgressMerge.merge(worked(), items(incoming));

        assertThat(result.items()).containsOnlyKeys(BUILD_API);
        assertThat(result.newRatings()).isEmpty();
        assertThat(result.targets()).isEmpty();
        assertThat(result.answers()).isEmpty();
        assertThat(result.changes()).extracting(ProgressChange::id).containsExactly(BUILD_API);
    }

    @Test
    void anItemTheFileHasAsTheStoreHasItIsNoChange() {
        PathState state = worked();

        ProgressMerge.Result result = ProgressMerge.merge(state, items(state.progressOf(LEARN_SQL)));

        assertThat(result.items()).isEmpty();
        assertThat(result.changesNothing()).isTrue();
    }

    @Test
    void progressOnAnArchivedItemIsMerged() {
        PathState state = new PathState(PathEdits.archiveItem(PATH, LEARN_SQL, T3), Map.of(), Map.of());
        ItemProgress incoming = item(LEARN_SQL, ItemStatus.DONE, "", Set.of(FixturePath.INDEXES), MARCH_1, MARCH_5);

        ProgressMerge.Result result = ProgressMerge.merge(state, items(incoming));

        assertThat(state.path().item(LEARN_SQL)).as("archived, so not in the path's sections").isEmpty();
        assertThat(result.items()).containsExactly(Map.entry(LEARN_SQL, incoming));
        assertThat(described(result.changes())).containsExactly(change(Subject.ITEM, LEARN_SQL,
                "Learn SQL and design databases", "Not started → Done, 1 sub-step ticked"));
        assertThat(result.skipped()).isEmpty();
    }

    // --- skills ------------------------------------------------------------------------------------------------

    @Test
    void ratingsAreUnitedNeverDuplicatedAndTheLevelChangeIsReported() {
        Rating known = new Rating(Level.AWARE, T2, "tour");
        Rating newer = new Rating(Level.INDEPENDENT, T3, "shipped");
        SkillProgress incoming = new SkillProgress(LANGUAGE.id(), null, List.of(known, newer));

        ProgressMerge.Result result = ProgressMerge.merge(worked(), skills(incoming));

        assertThat(result.newRatings()).containsExactly(Map.entry(LANGUAGE.id(), List.of(newer)));
        assertThat(described(result.changes())).containsExactly(change(Subject.SKILL, LANGUAGE.id(), LANGUAGE.name(),
                "1 rating added, level 1 → 3"));
    }

    @Test
    void anOlderRatingIsAddedWithoutChangingTheLevel() {
        Rating older = new Rating(Level.NOT_YET, T1, "");
        Rating older2 = new Rating(Level.TEACHES, T1.minusSeconds(60), "");
        SkillProgress incoming = new SkillProgress(LANGUAGE.id(), null, List.of(older, older2));

        ProgressMerge.Result result = ProgressMerge.merge(worked(), skills(incoming));

        assertThat(result.newRatings().get(LANGUAGE.id())).containsExactlyInAnyOrder(older, older2);
        assertThat(result.changes()).extracting(ProgressMergeTest::detail).containsExactly("2 ratings added");
    }

    @Test
    void aRatingTheStoreHasAndTheFileLacksIsKept() {
        SkillProgress incoming = new SkillProgress(DATABASES.id(), null, List.of());

        ProgressMerge.Result result = ProgressMerge.merge(worked(), skills(incoming));

        assertThat(result.newRatings()).isEmpty();
        assertThat(result.changesNothing()).isTrue();
    }

    @Test
    void theOwnTargetIsReplacedOnlyWhenTheFileCarriesOne() {
        ProgressMerge.Result withoutTarget = ProgressMerge.merge(worked(),
                skills(new SkillProgress(LANGUAGE.id(), null, List.of(new Rating(Level.AWARE, T2, "tour")))));
        ProgressMerge.Result withTarget = ProgressMerge.merge(worked(),
                skills(new SkillProgress(LANGUAGE.id(), Level.TEACHES, List.of()),
                        new SkillProgress(DATABASES.id(), Level.AWARE, List.of())));

        assertThat(withoutTarget.targets()).isEmpty();
        assertThat(withoutTarget.changesNothing()).isTrue();
        assertThat(withTarget.targets()).containsOnly(Map.entry(LANGUAGE.id(), Level.TEACHES),
                Map.entry(DATABASES.id(), Level.AWARE));
        assertThat(withTarget.changes()).extracting(ProgressChange::id, ProgressMergeTest::detail).containsExactly(
                tuple(LANGUAGE.id(), "target 2 → 4"),
                tuple(DATABASES.id(), "target from the path → 1"));
    }

    @Test
    void theSameOwnTargetIsNoChange() {
        ProgressMerge.Result result = ProgressMerge.merge(worked(),
                skills(new SkillProgress(LANGUAGE.id(), Level.GUIDED, List.of())));

        assertThat(result.targets()).isEmpty();
        assertThat(result.changesNothing()).isTrue();
    }

    // --- self-checks -------------------------------------------------------------------------------------------

    @Test
    void selfCheckAnswersReplaceTheStoredOnesAndOnlyDifferencesCount() {
        ProgressMerge.Result result = ProgressMerge.merge(worked(), file(Map.of(), Map.of(), Map.of(
                "likes-puzzles", SelfCheckAnswer.DISAGREE,
                "likes-data", SelfCheckAnswer.NOT_SURE,
                "likes-bug-hunts", SelfCheckAnswer.AGREE)));
        ProgressMerge.Result same = ProgressMerge.merge(worked(), file(Map.of(), Map.of(),
                Map.of("likes-puzzles", SelfCheckAnswer.AGREE)));

        assertThat(result.answers()).containsOnly(Map.entry("likes-puzzles", SelfCheckAnswer.DISAGREE),
                Map.entry("likes-data", SelfCheckAnswer.NOT_SURE), Map.entry("likes-bug-hunts", SelfCheckAnswer.AGREE));
        assertThat(described(result.changes())).containsExactly(
                change(Subject.SELF_CHECK, "likes-puzzles", "I enjoy solving puzzles.", "Agree → Disagree"),
                change(Subject.SELF_CHECK, "likes-data", "I would rather shape data than screens.",
                        "No answer → Not sure"),
                change(Subject.SELF_CHECK, "likes-bug-hunts", "I stay patient when a bug is hard to find.",
                        "No answer → Agree"));
        assertThat(same.answers()).isEmpty();
        assertThat(same.changesNothing()).isTrue();
    }

    // --- ids the path does not have ----------------------------------------------------------------------------

    @Test
    void idsThePathDoesNotHaveAreSkippedAndNamed() {
        ProgressFile file = file(
                Map.of("gone-item", item("gone-item", ItemStatus.DONE, "", Set.of(), MARCH_1, MARCH_5),
                        BUILD_API, item(BUILD_API, ItemStatus.LEARNING, "", Set.of(), MARCH_1, null),
                        LEARN_LANGUAGE, item(LEARN_LANGUAGE, ItemStatus.LEARNING, "old note",
                                Set.of(CHOOSE_LANGUAGE, LEARN_GIT, "gone-sub", "also-gone"), MARCH_1, null)),
                Map.of("gone-skill", new SkillProgress("gone-skill", Level.TEACHES, List.of(new Rating(Level.AWARE, T1, "")))),
                Map.of("gone-check", SelfCheckAnswer.AGREE));

        ProgressMerge.Result result = ProgressMerge.merge(worked(), file);

        assertThat(result.skipped()).extracting(Phrase::english).containsExactly(
                "sub-step \"also-gone\" of item \"learn-language\": not in this path",
                "sub-step \"gone-sub\" of item \"learn-language\": not in this path",
                "item \"gone-item\": not in this path",
                "skill \"gone-skill\": not in this path",
                "self-check \"gone-check\": not in this path");
        assertThat(result.items()).as("the known sub-steps alone, as stored, are no change").containsOnlyKeys(BUILD_API);
        assertThat(result.newRatings()).isEmpty();
        assertThat(result.targets()).isEmpty();
        assertThat(result.answers()).isEmpty();
    }

    @Test
    void anUnknownSubStepIsDroppedFromAnItemThatOtherwiseChanges() {
        ItemProgress incoming = item(LEARN_LANGUAGE, ItemStatus.DONE, "old note", Set.of(CHOOSE_LANGUAGE, "gone-sub"),
                MARCH_1, MARCH_9);

        ProgressMerge.Result result = ProgressMerge.merge(worked(), items(incoming));

        assertThat(result.items().get(LEARN_LANGUAGE).doneSubItemIds()).containsExactly(CHOOSE_LANGUAGE);
        assertThat(result.items().get(LEARN_LANGUAGE).status()).isEqualTo(ItemStatus.DONE);
        assertThat(result.changes()).extracting(ProgressMergeTest::detail).containsExactly("Learning → Done, 1 sub-step unticked");
    }

    // --- the whole file ----------------------------------------------------------------------------------------

    @Test
    void mergingAStatesOwnExportChangesNothing() {
        PathState state = worked();

        ProgressMerge.Result result = ProgressMerge.merge(state, ProgressFile.of(state, EXPORTED));

        assertThat(result.changesNothing()).isTrue();
        assertThat(result.items()).isEmpty();
        assertThat(result.newRatings()).isEmpty();
        assertThat(result.targets()).isEmpty();
        assertThat(result.answers()).isEmpty();
        assertThat(result.skipped()).isEmpty();
    }

    @Test
    void changesAreListedInPathOrderWithTheirDetail() {
        ProgressFile file = file(
                Map.of(PRACTICE_DEBUGGING, item(PRACTICE_DEBUGGING, ItemStatus.SKIPPED, "", Set.of(), null, null),
                        CS_DEGREE, item(CS_DEGREE, ItemStatus.DONE, "", Set.of(), MARCH_1, MARCH_1),
                        BUILD_API, item(BUILD_API, ItemStatus.LEARNING, "started", Set.of(), MARCH_5, null),
                        LEARN_LANGUAGE, item(LEARN_LANGUAGE, ItemStatus.DONE, "old note", Set.of(CHOOSE_LANGUAGE, LEARN_GIT),
                                MARCH_1, MARCH_9)),
                Map.of(FixturePath.COMMUNICATION.id(), new SkillProgress(FixturePath.COMMUNICATION.id(), null,
                                List.of(new Rating(Level.GUIDED, T1, ""))),
                        LANGUAGE.id(), new SkillProgress(LANGUAGE.id(), Level.TEACHES, List.of())),
                Map.of("likes-bug-hunts", SelfCheckAnswer.AGREE, "likes-puzzles", SelfCheckAnswer.NOT_SURE));

        ProgressMerge.Result result = ProgressMerge.merge(worked(), file);

        assertThat(described(result.changes())).containsExactly(
                change(Subject.ITEM, LEARN_LANGUAGE, "Learn a programming language", "Learning → Done"),
                change(Subject.ITEM, BUILD_API, "Build a small API", "Not started → Learning, note added"),
                change(Subject.ITEM, CS_DEGREE, "Computer science degree or equivalent", "Not started → Done"),
                change(Subject.ITEM, PRACTICE_DEBUGGING, "Debug and fix production issues", "Not started → Skipped"),
                change(Subject.SKILL, LANGUAGE.id(), "Programming language", "target 2 → 4"),
                change(Subject.SKILL, FixturePath.COMMUNICATION.id(), "Communication", "1 rating added, level 0 → 2"),
                change(Subject.SELF_CHECK, "likes-puzzles", "I enjoy solving puzzles.", "Agree → Not sure"),
                change(Subject.SELF_CHECK, "likes-bug-hunts", "I stay patient when a bug is hard to find.",
                        "No answer → Agree"));
    }

    @Test
    void aFileForAnotherPathIsRefused() {
        ProgressFile other = new ProgressFile("other-path", EXPORTED, Map.of(), Map.of(), Map.of());

        assertThatThrownBy(() -> ProgressMerge.merge(worked(), other))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The progress file is for path \"other-path\", not \"fixture-path\"");
    }

    /** A change as the tests write it, the detail in English. */
    private static String change(Subject subject, String id, String title, String detail) {
        return subject + " " + id + " “" + title + "”: " + detail;
    }

    private static List<String> described(List<ProgressChange> changes) {
        return changes.stream().map(c -> change(c.subject(), c.id(), c.title(), detail(c))).toList();
    }

    private static String detail(ProgressChange change) {
        return change.detail().english();
    }

    @Test
    void whatChangesAndWhatIsSkippedIsSaidInGerman() {
        ProgressFile file = new ProgressFile(FixturePath.ID, T1, Map.of(LEARN_LANGUAGE,
                item(LEARN_LANGUAGE, ItemStatus.DONE, "", Set.of(), MARCH_1, MARCH_1), "gone-item",
                item("gone-item", ItemStatus.DONE, "", Set.of(), MARCH_1, MARCH_1)), Map.of(), Map.of());

        ProgressMerge.Result result = ProgressMerge.merge(worked(), file);

        ResourceBundle german = ResourceBundle.getBundle(Phrase.BUNDLE, Locale.GERMAN);
        assertThat(result.changes()).extracting(change -> change.detail().in(german, Locale.GERMAN)).first().asString()
                .isEqualTo("In Arbeit → Erledigt, Notiz entfernt, 2 Teilschritte nicht mehr abgehakt");
        assertThat(result.skipped()).extracting(skipped -> skipped.in(german, Locale.GERMAN))
                .containsExactly("Eintrag „gone-item“: nicht in diesem Pfad");
    }
}
