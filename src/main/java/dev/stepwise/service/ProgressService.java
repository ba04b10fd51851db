package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.RatingSession;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.SkillProgress;
import dev.stepwise.domain.Texts;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.SelfCheckAnswerRepository;
import dev.stepwise.store.SkillProgressRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a learner does with a path: one method per action, each one transaction that saves the change and its
 * activity event together. A method returns only after the commit, so whatever it returns is safely on disk.
 *
 * <p>Not thread-safe: called from the single store thread only.
 */
public final class ProgressService {
    /** Saves of one item's note this close together are one burst of typing: one history entry, one undo. */
    static final Duration NOTE_BURST = Duration.ofMinutes(2);

    private final Database database;
    private final PathRepository paths;
    private final ItemProgressRepository itemProgress;
    private final SkillProgressRepository skillProgress;
    private final SelfCheckAnswerRepository selfChecks;
    private final ActivityRepository activity;
    private final Clock clock;

    public ProgressService(Database database, PathRepository paths, ItemProgressRepository itemProgress,
                           SkillProgressRepository skillProgress, SelfCheckAnswerRepository selfChecks,
                           ActivityRepository activity, Clock clock) {
        this.database = database;
        this.paths = paths;
        this.itemProgress = itemProgress;
        this.skillProgress = skillProgress;
        this.selfChecks = selfChecks;
        this.activity = activity;
        this.clock = clock;
    }

    /** The path with all of the learner's progress on it. */
    public PathState load(String pathId) {
        return database.reading(() -> {
            LearningPath path = paths.load(pathId)
                    .orElseThrow(() -> new InvalidEditException(Phrase.of("service.noPath", pathId)));
            return new PathState(path, itemProgress.loadAll(pathId), skillProgress.loadAll(pathId),
                    selfChecks.loadAll(pathId));
        });
    }

    public ItemProgress setStatus(String pathId, String itemId, ItemStatus status) {
        Objects.requireNonNull(status, "status");
        return database.inTransaction(() -> {
            ItemProgress before = existingItem(pathId, itemId);
            if (before.status() == status) {
                return before;
            }
            Instant now = clock.instant();
            ItemProgress after = before.withStatus(status, LocalDate.ofInstant(now, clock.getZone()));
            itemProgress.save(pathId, before, after, now);
            record(now, pathId, ActivityKind.ITEM_STATUS_CHANGED, itemId, ActivityChange.Status.of(before, after));
            return after;
        });
    }

    public ItemProgress saveNote(String pathId, String itemId, String note) {
        String text = note == null ? "" : note;
        refuseLongNote(text);
        return database.inTransaction(() -> {
            ItemProgress before = existingItem(pathId, itemId);
            if (before.note().equals(text)) {
                return before;
            }
            Instant now = clock.instant();
            ItemProgress after = before.withNote(text);
            itemProgress.save(pathId, before, after, now);
            // Typing saves as the learner goes: one burst of typing is one entry (and one undo), not one per save.
            Optional<ActivityRepository.Logged> last = activity.latest(pathId);
            if (last.isPresent() && isSameNoteBurst(last.get().event(), itemId, now)) {
                String burstBefore = last.get().event().change(ActivityChange.TextEdit.class).before();
                activity.replace(last.get().id(), new ActivityEvent(now, pathId, ActivityKind.ITEM_NOTE_CHANGED, itemId,
                        new ActivityChange.TextEdit(burstBefore, text)));
            } else {
                record(now, pathId, ActivityKind.ITEM_NOTE_CHANGED, itemId, new ActivityChange.TextEdit(before.note(), text));
            }
            return after;
        });
    }

    /** The path's newest entry is this item's note, changed less than {@link #NOTE_BURST} ago. */
    private static boolean isSameNoteBurst(ActivityEvent last, String itemId, Instant now) {
        return last.kind() == ActivityKind.ITEM_NOTE_CHANGED && last.subjectId().equals(itemId)
                && !last.at().plus(NOTE_BURST).isBefore(now);
    }

    public ItemProgress setSubItemDone(String pathId, String itemId, String subItemId, boolean done) {
        return database.inTransaction(() -> {
            ItemProgress before = existingItem(pathId, itemId);
            if (!paths.hasSubItem(pathId, itemId, subItemId)) {
                throw new InvalidEditException(Phrase.of("service.noSubStep", itemId, subItemId));
            }
            if (before.isSubItemDone(subItemId) == done) {
                return before;
            }
            Instant now = clock.instant();
            ItemProgress after = before.withSubItemTicked(subItemId, done, LocalDate.ofInstant(now, clock.getZone()));
            itemProgress.save(pathId, before, after, now);
            record(now, pathId, ActivityKind.SUB_ITEM_CHANGED, itemId, new ActivityChange.SubStep(subItemId, done));
            if (after.status() != before.status()) {
                record(now, pathId, ActivityKind.ITEM_STATUS_CHANGED, itemId, ActivityChange.Status.of(before, after));
            }
            return after;
        });
    }

    /**
     * Rates a skill. The history keeps the levels the learner settled on: ratings of the same skill in a row are
     * one session and one entry, and the current level again is no new rating ({@link RatingSession}).
     */
    public SkillProgress rate(String pathId, String skillId, Level level, String note) {
        Objects.requireNonNull(level, "level");
        String evidence = note == null ? "" : note;
        refuseLongNote(evidence);
        return database.inTransaction(() -> {
            SkillProgress before = existingSkill(pathId, skillId);
            Instant now = clock.instant();
            Optional<ActivityRepository.Logged> last = activity.latest(pathId);
            switch (RatingSession.effectOf(before, last.map(ActivityRepository.Logged::event), level, evidence, now)) {
                case APPEND -> {
                    Rating rating = new Rating(level, now, evidence);
                    skillProgress.appendRating(pathId, skillId, rating);
                    record(now, pathId, ActivityKind.SKILL_RATED, skillId,
                            new ActivityChange.LevelMove(Optional.of(before.current()), level));
                    return before.withRating(rating);
                }
                case REPLACE_LATEST -> {
                    Rating latest = before.latest().orElseThrow();
                    Rating settled = new Rating(level, now, evidence.isBlank() ? latest.note() : evidence);
                    skillProgress.replaceLatestRating(pathId, skillId, settled);
                    ActivityChange.LevelMove session = last.orElseThrow().event().change(ActivityChange.LevelMove.class);
                    activity.replace(last.get().id(), new ActivityEvent(now, pathId, ActivityKind.SKILL_RATED, skillId,
                            new ActivityChange.LevelMove(session.from(), level)));
                    return before.withLatestReplaced(settled);
                }
                case DROP_LATEST -> {
                    skillProgress.deleteLatestRating(pathId, skillId);
                    activity.delete(last.orElseThrow().id());
                    return before.withoutLatest();
                }
                case NOTE_ONLY -> {
                    Rating latest = before.latest().orElseThrow();
                    Rating noted = new Rating(latest.level(), latest.ratedAt(), evidence);
                    skillProgress.replaceLatestRating(pathId, skillId, noted);
                    record(now, pathId, ActivityKind.SKILL_EVIDENCE_CHANGED, skillId,
                            new ActivityChange.TextEdit(latest.note(), evidence));
                    return before.withLatestReplaced(noted);
                }
                default -> {
                    return before;
                }
            }
        });
    }

    public SkillProgress setTarget(String pathId, String skillId, Level target) {
        Objects.requireNonNull(target, "target");
        return database.inTransaction(() -> {
            SkillProgress before = existingSkill(pathId, skillId);
            Instant now = clock.instant();
            skillProgress.saveTarget(pathId, skillId, target, now);
            record(now, pathId, ActivityKind.SKILL_TARGET_CHANGED, skillId, new ActivityChange.LevelMove(before.target(), target));
            return before.withTarget(target);
        });
    }

    /** Records the learner's answer to a self-check statement; answering again replaces it. */
    public SelfCheckAnswer answerSelfCheck(String pathId, String checkId, SelfCheckAnswer answer) {
        Objects.requireNonNull(answer, "answer");
        return database.inTransaction(() -> {
            if (!paths.hasSelfCheck(pathId, checkId)) {
                throw new InvalidEditException(Phrase.of("service.noSelfCheck", pathId, checkId));
            }
            SelfCheckAnswer before = selfChecks.find(pathId, checkId).orElse(null);
            if (before == answer) {
                return answer;
            }
            Instant now = clock.instant();
            selfChecks.save(pathId, checkId, answer, now);
            record(now, pathId, ActivityKind.SELF_CHECK_ANSWERED, checkId,
                    new ActivityChange.Answer(Optional.ofNullable(before), Optional.of(answer)));
            return answer;
        });
    }

    /** Takes back an answer (the statement is unanswered again), saved and recorded in one transaction. */
    public void clearSelfCheck(String pathId, String checkId) {
        database.inTransaction(() -> {
            if (!paths.hasSelfCheck(pathId, checkId)) {
                throw new InvalidEditException(Phrase.of("service.noSelfCheck", pathId, checkId));
            }
            Optional<SelfCheckAnswer> before = selfChecks.find(pathId, checkId);
            if (before.isPresent()) {
                Instant now = clock.instant();
                selfChecks.delete(pathId, checkId);
                record(now, pathId, ActivityKind.SELF_CHECK_ANSWERED, checkId, new ActivityChange.Answer(before, Optional.empty()));
            }
        });
    }

    private static void refuseLongNote(String note) {
        Phrase problem = Texts.noteProblem(note);
        if (problem != null) {
            throw new InvalidEditException(problem);
        }
    }

    private ItemProgress existingItem(String pathId, String itemId) {
        return itemProgress.findOfExistingItem(pathId, itemId).orElseThrow(
                () -> new InvalidEditException(Phrase.of("service.noItem", pathId, itemId)));
    }

    private SkillProgress existingSkill(String pathId, String skillId) {
        if (!paths.hasSkill(pathId, skillId)) {
            throw new InvalidEditException(Phrase.of("service.noSkill", pathId, skillId));
        }
        return skillProgress.find(pathId, skillId);
    }

    private void record(Instant at, String pathId, ActivityKind kind, String subject, ActivityChange change) {
        activity.append(new ActivityEvent(at, pathId, kind, subject, change));
    }
}
