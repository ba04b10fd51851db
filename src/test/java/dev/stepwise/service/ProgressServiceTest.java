package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.RatingSession;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.domain.Texts;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.store.Probe;
import dev.stepwise.store.SamplePaths;
import dev.stepwise.store.Snapshot;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a learner does, through the service over a real database: each change is saved with its activity event,
 * survives a restart, and a refused change writes nothing.
 */
class ProgressServiceTest {
    private static final String PATH = SamplePaths.ID;
    /** 23:30 UTC on 31 March is already 1 April in Berlin (UTC+2 in summer time). */
    private static final Instant START = Instant.parse("2026-03-31T23:30:00.000000000Z");

    @TempDir
    Path dir;
    private Path file;
    private TestClock clock;
    private Stepwise stepwise;
    private ProgressService progress;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        clock = new TestClock(START, ZoneId.of("Europe/Berlin"));
        stepwise = Stepwise.open(file, List.of(SamplePaths.sample()), clock);
        progress = stepwise.progress();
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    private PathState reloaded() {
        stepwise.close();
        stepwise = Stepwise.open(file, List.of(SamplePaths.sample()), clock);
        progress = stepwise.progress();
        return progress.load(PATH);
    }

    /** Activity after the install event: kind, subject, payload. */
    private List<List<String>> changes() {
        return Probe.rows(file, "SELECT kind, subject_id, payload FROM activity WHERE kind <> 'PATH_INSTALLED' ORDER BY id");
    }

    private void assertRefusedWritingNothing(ThrowingCallable change, String... wordsOfTheMessage) {
        long activityBefore = Probe.count(file, "activity");
        assertThatThrownBy(change).isInstanceOf(IllegalArgumentException.class)
                .message().contains(wordsOfTheMessage);
        assertThat(Probe.count(file, "activity")).isEqualTo(activityBefore);
        for (String table : List.of("item_progress", "sub_item_progress", "skill_rating", "skill_target")) {
            assertThat(Probe.count(file, table)).as("rows in %s", table).isZero();
        }
    }

    // --- load ------------------------------------------------------------------------------------------------

    @Test
    void loadOfAFreshPathHasTheContentAndNoProgress() {
        PathState state = progress.load(PATH);

        assertThat(state.path()).isEqualTo(SamplePaths.sample());
        assertThat(state.items()).isEmpty();
        assertThat(state.skills()).isEmpty();
    }

    @Test
    void loadOfAPathThatIsNotInstalledIsRefused() {
        assertThatThrownBy(() -> progress.load("no-such-path"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-path");
    }

    // --- item status -----------------------------------------------------------------------------------------

    @Test
    void setStatusIsSavedAndSurvivesARestart() {
        ItemProgress returned = progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.LEARNING);

        assertThat(returned.status()).isEqualTo(ItemStatus.LEARNING);
        assertThat(reloaded().progressOf(SamplePaths.FIRST)).isEqualTo(returned);
    }

    @Test
    void setStatusDatesComeFromTheClockInItsOwnZone() {
        ItemProgress learning = progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.LEARNING);
        clock.advance(Duration.ofDays(2));
        ItemProgress done = progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.DONE);

        assertThat(learning.startedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(learning.doneOn()).isNull();
        assertThat(done.startedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(done.doneOn()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(Probe.rows(file, "SELECT started_on, done_on, updated_at FROM item_progress"))
                .containsExactly(List.of("2026-04-01", "2026-04-03", "2026-04-02T23:30:00.000000000Z"));
    }

    @Test
    void resettingAnItemClearsItsDatesOnDisk() {
        progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.DONE);

        progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.NOT_STARTED);

        assertThat(reloaded().progressOf(SamplePaths.FIRST)).isEqualTo(ItemProgress.notStarted(SamplePaths.FIRST));
        assertThat(Probe.rows(file, "SELECT status, started_on, done_on FROM item_progress"))
                .containsExactly(Arrays.asList("NOT_STARTED", null, null));
    }

    @Test
    void setStatusRecordsEachChangeWithBeforeAndAfterAtTheClocksInstant() {
        progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.LEARNING);
        clock.advance(Duration.ofMinutes(5));
        progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.SKIPPED);

        assertThat(Probe.rows(file, "SELECT at, path_id, kind, subject_id, payload FROM activity"
                + " WHERE kind = 'ITEM_STATUS_CHANGED' ORDER BY id"))
                .containsExactly(
                        List.of("2026-03-31T23:30:00.000000000Z", PATH, "ITEM_STATUS_CHANGED", SamplePaths.FIRST,
                                Probe.json("{'from':'NOT_STARTED','to':'LEARNING','startedOn':'2026-04-01','doneOn':null}")),
                        List.of("2026-03-31T23:35:00.000000000Z", PATH, "ITEM_STATUS_CHANGED", SamplePaths.FIRST,
                                Probe.json("{'from':'LEARNING','to':'SKIPPED','startedOn':'2026-04-01','doneOn':null}")));
    }

    @Test
    void theSameStatusTwiceIsOneChange() {
        ItemProgress first = progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.DONE);
        clock.advance(Duration.ofDays(1));

        ItemProgress second = progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.DONE);

        assertThat(second).isEqualTo(first);
        assertThat(changes()).hasSize(1);
        assertThat(Probe.text(file, "SELECT updated_at FROM item_progress")).isEqualTo(Probe.stamp(START));
    }

    @Test
    void notStartedOnAnUntouchedItemIsNoChange() {
        progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.NOT_STARTED);

        assertThat(changes()).isEmpty();
        assertThat(Probe.count(file, "item_progress")).isZero();
    }

    @Test
    void setStatusOfAnUnknownItemOrPathIsRefusedAndWritesNothing() {
        assertRefusedWritingNothing(() -> progress.setStatus(PATH, "no-such-item", ItemStatus.DONE), "no-such-item");
        assertRefusedWritingNothing(() -> progress.setStatus("no-such-path", SamplePaths.FIRST, ItemStatus.DONE), "no-such-path");
    }

    @Test
    void setStatusWithoutAStatusIsRefused() {
        assertThatThrownBy(() -> progress.setStatus(PATH, SamplePaths.FIRST, null)).isInstanceOf(NullPointerException.class);
        assertThat(Probe.count(file, "item_progress")).isZero();
    }

    // --- notes -----------------------------------------------------------------------------------------------

    @Test
    void saveNoteKeepsStatusAndDatesAndIsRecorded() {
        ItemProgress learning = progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.LEARNING);

        ItemProgress noted = progress.saveNote(PATH, SamplePaths.FIRST, "Chapter 3 next\nthen indexes");

        assertThat(noted).isEqualTo(learning.withNote("Chapter 3 next\nthen indexes"));
        assertThat(reloaded().progressOf(SamplePaths.FIRST)).isEqualTo(noted);
        assertThat(changes()).last().isEqualTo(List.of("ITEM_NOTE_CHANGED", SamplePaths.FIRST,
                Probe.json("{'before':'','after':'Chapter 3 next\\nthen indexes'}")));
    }

    @Test
    void theSameNoteAgainIsNoChangeAndANullNoteClearsIt() {
        progress.saveNote(PATH, SamplePaths.SECOND, "first thoughts");
        progress.saveNote(PATH, SamplePaths.SECOND, "first thoughts");
        assertThat(changes()).hasSize(1);
        // Later than one burst of typing, so the clearing is an entry of its own (UndoTest covers the burst).
        clock.advance(ProgressService.NOTE_BURST.plusSeconds(1));

        ItemProgress cleared = progress.saveNote(PATH, SamplePaths.SECOND, null);

        assertThat(cleared.note()).isEmpty();
        assertThat(Probe.text(file, "SELECT note FROM item_progress")).isEmpty();
        assertThat(changes()).last().isEqualTo(List.of("ITEM_NOTE_CHANGED", SamplePaths.SECOND,
                Probe.json("{'before':'first thoughts','after':''}")));
    }

    @Test
    void saveNoteOnAnUnknownItemIsRefused() {
        assertRefusedWritingNothing(() -> progress.saveNote(PATH, "no-such-item", "text"), "no-such-item");
    }

    // --- sub-steps -------------------------------------------------------------------------------------------

    @Test
    void tickingAndUntickingASubStepIsSavedAndRecorded() {
        progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.LEARNING);
        ItemProgress ticked = progress.setSubItemDone(PATH, SamplePaths.FIRST, "a-sub", true);

        assertThat(ticked.doneSubItemIds()).containsExactly("a-sub");
        assertThat(ticked.status()).isEqualTo(ItemStatus.LEARNING);
        assertThat(Probe.rows(file, "SELECT item_id, sub_item_id FROM sub_item_progress"))
                .containsExactly(List.of(SamplePaths.FIRST, "a-sub"));
        assertThat(reloaded().progressOf(SamplePaths.FIRST).doneSubItemIds()).containsExactly("a-sub");

        ItemProgress unticked = progress.setSubItemDone(PATH, SamplePaths.FIRST, "a-sub", false);

        assertThat(unticked.doneSubItemIds()).isEmpty();
        assertThat(unticked.status()).as("unticking never changes the status").isEqualTo(ItemStatus.LEARNING);
        assertThat(Probe.count(file, "sub_item_progress")).isZero();
        assertThat(changes()).containsExactly(
                List.of("ITEM_STATUS_CHANGED", SamplePaths.FIRST,
                        Probe.json("{'from':'NOT_STARTED','to':'LEARNING','startedOn':'2026-04-01','doneOn':null}")),
                List.of("SUB_ITEM_CHANGED", SamplePaths.FIRST, Probe.json("{'subStep':'a-sub','done':true}")),
                List.of("SUB_ITEM_CHANGED", SamplePaths.FIRST, Probe.json("{'subStep':'a-sub','done':false}")));
    }

    @Test
    void tickingASubStepOfAnItemNotStartedStartsIt() {
        ItemProgress ticked = progress.setSubItemDone(PATH, SamplePaths.FIRST, "a-sub", true);

        assertThat(ticked.status()).isEqualTo(ItemStatus.LEARNING);
        assertThat(ticked.startedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(reloaded().progressOf(SamplePaths.FIRST)).isEqualTo(ticked);
        // One change for the learner, recorded as what happened: the tick, and the status it brought.
        assertThat(changes()).containsExactly(
                List.of("SUB_ITEM_CHANGED", SamplePaths.FIRST, Probe.json("{'subStep':'a-sub','done':true}")),
                List.of("ITEM_STATUS_CHANGED", SamplePaths.FIRST,
                        Probe.json("{'from':'NOT_STARTED','to':'LEARNING','startedOn':'2026-04-01','doneOn':null}")));
    }

    @Test
    void tickingASubStepLeavesADoneOrSkippedItemAsItIs() {
        progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.DONE);
        progress.setStatus(PATH, SamplePaths.THIRD, ItemStatus.SKIPPED);

        assertThat(progress.setSubItemDone(PATH, SamplePaths.FIRST, "a-sub", true).status()).isEqualTo(ItemStatus.DONE);
        assertThat(progress.setSubItemDone(PATH, SamplePaths.THIRD, "only-sub", true).status()).isEqualTo(ItemStatus.SKIPPED);
        assertThat(progress.setSubItemDone(PATH, SamplePaths.FIRST, "a-sub", false).status()).isEqualTo(ItemStatus.DONE);
    }

    @Test
    void tickingATickedSubStepAgainIsNoChange() {
        progress.setSubItemDone(PATH, SamplePaths.FIRST, "z-sub", true);
        progress.setSubItemDone(PATH, SamplePaths.FIRST, "z-sub", true);
        progress.setSubItemDone(PATH, SamplePaths.FIRST, "m-sub", false);

        // The first tick and the start it brought; the repeats add nothing.
        assertThat(changes()).extracting(row -> row.get(0)).containsExactly("SUB_ITEM_CHANGED", "ITEM_STATUS_CHANGED");
        assertThat(Probe.count(file, "sub_item_progress")).isEqualTo(1);
    }

    @Test
    void subStepsOfOneItemKeepTheOthersTicked() {
        progress.setSubItemDone(PATH, SamplePaths.FIRST, "z-sub", true);
        progress.setSubItemDone(PATH, SamplePaths.FIRST, "m-sub", true);
        progress.setSubItemDone(PATH, SamplePaths.THIRD, "only-sub", true);

        progress.setSubItemDone(PATH, SamplePaths.FIRST, "z-sub", false);

        PathState state = reloaded();
        assertThat(state.progressOf(SamplePaths.FIRST).doneSubItemIds()).containsExactly("m-sub");
        assertThat(state.progressOf(SamplePaths.THIRD).doneSubItemIds()).containsExactly("only-sub");
    }

    @Test
    void anUnknownSubStepOrOneOfAnotherItemIsRefusedAndWritesNothing() {
        assertRefusedWritingNothing(() -> progress.setSubItemDone(PATH, SamplePaths.FIRST, "no-such-sub", true), "no-such-sub");
        assertRefusedWritingNothing(() -> progress.setSubItemDone(PATH, SamplePaths.FIRST, "only-sub", true), "only-sub");
        assertRefusedWritingNothing(() -> progress.setSubItemDone(PATH, "no-such-item", "a-sub", true), "no-such-item");
    }

    // --- skills ----------------------------------------------------------------------------------------------

    @Test
    void ratingsAppendToTheHistoryAndTheLatestIsCurrent() {
        SkillProgress afterFirst = progress.rate(PATH, SamplePaths.SQL, Level.GUIDED, "did the tutorial");
        clock.advance(Duration.ofDays(7));
        progress.rate(PATH, SamplePaths.SQL, Level.INDEPENDENT, "");
        clock.advance(Duration.ofDays(7));
        SkillProgress afterThird = progress.rate(PATH, SamplePaths.SQL, Level.AWARE, null);

        assertThat(afterFirst.history()).containsExactly(new Rating(Level.GUIDED, START, "did the tutorial"));
        assertThat(afterThird.current()).isEqualTo(Level.AWARE);
        SkillProgress stored = reloaded().skillProgressOf(SamplePaths.SQL);
        assertThat(stored).isEqualTo(afterThird);
        assertThat(stored.history()).extracting(Rating::level).containsExactly(Level.GUIDED, Level.INDEPENDENT, Level.AWARE);
        assertThat(stored.history()).extracting(Rating::ratedAt)
                .containsExactly(START, START.plus(Duration.ofDays(7)), START.plus(Duration.ofDays(14)));
        assertThat(stored.current()).isEqualTo(Level.AWARE);
        assertThat(Probe.count(file, "skill_rating")).isEqualTo(3);
        assertThat(changes()).containsExactly(
                List.of("SKILL_RATED", SamplePaths.SQL, Probe.json("{'from':0,'to':2}")),
                List.of("SKILL_RATED", SamplePaths.SQL, Probe.json("{'from':2,'to':3}")),
                List.of("SKILL_RATED", SamplePaths.SQL, Probe.json("{'from':3,'to':1}")));
    }

    @Test
    void ratingsMadeAtTheSameInstantKeepTheLastAsCurrent() {
        // Another skill rated in between each time: three ratings of API, not one rating session.
        progress.rate(PATH, SamplePaths.API, Level.TEACHES, "");
        progress.rate(PATH, SamplePaths.SQL, Level.AWARE, "");
        progress.rate(PATH, SamplePaths.API, Level.NOT_YET, "");
        progress.rate(PATH, SamplePaths.SQL, Level.GUIDED, "");
        progress.rate(PATH, SamplePaths.API, Level.GUIDED, "");

        SkillProgress stored = reloaded().skillProgressOf(SamplePaths.API);
        assertThat(stored.history()).hasSize(3);
        assertThat(stored.current()).isEqualTo(Level.GUIDED);
    }

    @Test
    void aRatingSessionOnOneSkillIsOneHistoryEntryAndOneActivityEntry() {
        progress.rate(PATH, SamplePaths.API, Level.GUIDED, "");
        clock.advance(RatingSession.LENGTH);
        progress.rate(PATH, SamplePaths.SQL, Level.AWARE, "");
        clock.advance(Duration.ofSeconds(1));
        progress.rate(PATH, SamplePaths.SQL, Level.GUIDED, "");
        clock.advance(Duration.ofSeconds(1));
        SkillProgress settled = progress.rate(PATH, SamplePaths.SQL, Level.INDEPENDENT, "built the reports alone");

        assertThat(settled.history()).extracting(Rating::level, Rating::note)
                .containsExactly(tuple(Level.INDEPENDENT, "built the reports alone"));
        assertThat(reloaded().skillProgressOf(SamplePaths.SQL)).isEqualTo(settled);
        assertThat(Probe.rows(file, "SELECT skill_id, level, note FROM skill_rating ORDER BY id")).containsExactly(
                List.of(SamplePaths.API, "2", ""), List.of(SamplePaths.SQL, "3", "built the reports alone"));
        assertThat(changes()).containsExactly(
                List.of("SKILL_RATED", SamplePaths.API, Probe.json("{'from':0,'to':2}")),
                List.of("SKILL_RATED", SamplePaths.SQL, Probe.json("{'from':0,'to':3}")));
    }

    @Test
    void aSessionThatComesBackToWhereItBeganLeavesNoTrace() {
        progress.rate(PATH, SamplePaths.SQL, Level.AWARE, "");
        clock.advance(RatingSession.LENGTH);
        progress.rate(PATH, SamplePaths.SQL, Level.GUIDED, "");
        SkillProgress back = progress.rate(PATH, SamplePaths.SQL, Level.AWARE, "");

        assertThat(back.history()).extracting(Rating::level).containsExactly(Level.AWARE);
        assertThat(Probe.count(file, "skill_rating")).isEqualTo(1);
        assertThat(changes()).containsExactly(List.of("SKILL_RATED", SamplePaths.SQL, Probe.json("{'from':0,'to':1}")));
    }

    @Test
    void theCurrentLevelAgainIsNoNewRatingButNewEvidenceIsKept() {
        progress.rate(PATH, SamplePaths.SQL, Level.GUIDED, "a course");
        clock.advance(RatingSession.LENGTH);

        progress.rate(PATH, SamplePaths.SQL, Level.GUIDED, "");
        assertThat(Probe.count(file, "skill_rating")).isEqualTo(1);
        SkillProgress noted = progress.rate(PATH, SamplePaths.SQL, Level.GUIDED, "a course and a project");

        assertThat(noted.history()).extracting(Rating::level, Rating::note, Rating::ratedAt)
                .containsExactly(tuple(Level.GUIDED, "a course and a project", START));
        assertThat(reloaded().skillProgressOf(SamplePaths.SQL)).isEqualTo(noted);
        assertThat(changes()).containsExactly(
                List.of("SKILL_RATED", SamplePaths.SQL, Probe.json("{'from':0,'to':2}")),
                List.of("SKILL_EVIDENCE_CHANGED", SamplePaths.SQL,
                        Probe.json("{'before':'a course','after':'a course and a project'}")));
    }

    @Test
    void setTargetIsSavedRecordedAndLeavesRatingsAlone() {
        progress.rate(PATH, SamplePaths.TALK, Level.AWARE, "");

        progress.setTarget(PATH, SamplePaths.TALK, Level.TEACHES);
        SkillProgress lowered = progress.setTarget(PATH, SamplePaths.TALK, Level.GUIDED);

        assertThat(lowered.target()).contains(Level.GUIDED);
        SkillProgress stored = reloaded().skillProgressOf(SamplePaths.TALK);
        assertThat(stored).isEqualTo(lowered);
        assertThat(stored.current()).isEqualTo(Level.AWARE);
        assertThat(Probe.count(file, "skill_target")).isEqualTo(1);
        assertThat(changes()).containsExactly(
                List.of("SKILL_RATED", SamplePaths.TALK, Probe.json("{'from':0,'to':1}")),
                List.of("SKILL_TARGET_CHANGED", SamplePaths.TALK, Probe.json("{'from':null,'to':4}")),
                List.of("SKILL_TARGET_CHANGED", SamplePaths.TALK, Probe.json("{'from':4,'to':2}")));
    }

    @Test
    void theLearnersTargetWinsOverThePathsInTheMatrix() {
        progress.setTarget(PATH, SamplePaths.SQL, Level.TEACHES);

        PathState state = reloaded();
        assertThat(state.standingOf(state.path().skill(SamplePaths.SQL).orElseThrow()).target()).isEqualTo(Level.TEACHES);
    }

    @Test
    void anUnknownSkillIsRefusedAndWritesNothing() {
        assertRefusedWritingNothing(() -> progress.rate(PATH, "no-such-skill", Level.GUIDED, ""), "no-such-skill");
        assertRefusedWritingNothing(() -> progress.setTarget(PATH, "no-such-skill", Level.GUIDED), "no-such-skill");
        assertRefusedWritingNothing(() -> progress.rate("no-such-path", SamplePaths.SQL, Level.GUIDED, ""), "no-such-path");
    }

    // --- everything together ---------------------------------------------------------------------------------

    @Test
    void loadAfterSeveralChangesShowsExactlyWhatTheChangesReturned() {
        ItemProgress first = progress.setStatus(PATH, SamplePaths.FIRST, ItemStatus.DONE);
        ItemProgress third = progress.setSubItemDone(PATH, SamplePaths.THIRD, "only-sub", true);
        SkillProgress api = progress.rate(PATH, SamplePaths.API, Level.INDEPENDENT, "shipped one");

        PathState state = reloaded();

        assertThat(state.items()).containsOnlyKeys(SamplePaths.FIRST, SamplePaths.THIRD)
                .containsEntry(SamplePaths.FIRST, first)
                .containsEntry(SamplePaths.THIRD, third);
        assertThat(state.skills()).containsOnlyKeys(SamplePaths.API).containsEntry(SamplePaths.API, api);
        assertThat(state.progressOf(SamplePaths.THIRD).doneSubItemIds()).isEqualTo(Set.of("only-sub"));
    }

    @Test
    void aNoteOrEvidenceLongerThanANoteHoldsIsRefusedAndNothingIsWritten() {
        progress.saveNote(PATH, SamplePaths.FIRST, "x".repeat(Texts.MAX_NOTE));
        Snapshot before = Snapshot.of(file);

        assertThatThrownBy(() -> progress.saveNote(PATH, SamplePaths.FIRST, "y".repeat(Texts.MAX_NOTE + 1)))
                .isInstanceOf(InvalidEditException.class).hasMessageContaining("100,000");
        assertThatThrownBy(() -> progress.rate(PATH, SamplePaths.SQL, Level.GUIDED, "z".repeat(Texts.MAX_NOTE + 1)))
                .isInstanceOf(InvalidEditException.class);
        assertThat(before.changesTo(Snapshot.of(file))).isEmpty();
    }
}
