package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.HeldProgress;
import dev.stepwise.domain.Ids;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.Texts;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.SelfCheckAnswerRepository;
import dev.stepwise.store.SkillProgressRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The learner's several paths side by side: list, create, fork and delete. Each action is one transaction with its
 * activity event. Renaming is a content edit ({@link ContentService}).
 *
 * <p>Not thread-safe: called from the single store thread only.
 */
public final class WorkspaceService {
    private final Database database;
    private final PathRepository paths;
    private final ItemProgressRepository itemProgress;
    private final SkillProgressRepository skillProgress;
    private final SelfCheckAnswerRepository selfChecks;
    private final ActivityRepository activity;
    private final Clock clock;
    private final BackupService backups;

    public WorkspaceService(Database database, PathRepository paths, ItemProgressRepository itemProgress,
                            SkillProgressRepository skillProgress, SelfCheckAnswerRepository selfChecks,
                            ActivityRepository activity, Clock clock, BackupService backups) {
        this.database = database;
        this.paths = paths;
        this.itemProgress = itemProgress;
        this.skillProgress = skillProgress;
        this.selfChecks = selfChecks;
        this.activity = activity;
        this.clock = clock;
        this.backups = backups;
    }

    /** Every path with its overall progress, oldest first. */
    public List<PathSummary> summaries() {
        return database.inTransaction(paths::summaries);
    }

    /** A new, empty path of the learner's own, with one "Steps" section to add items to. */
    public PathSummary create(String title) {
        String checked = Texts.title(Texts.Field.PATH_TITLE, title);
        return database.inTransaction(() -> {
            String id = newId(checked);
            LearningPath path = new LearningPath(id, 1, checked, "", "", List.of(), List.of(),
                    List.of(new Section("steps", SectionKind.STEPS, "Steps", "", List.of())), List.of());
            Instant now = clock.instant();
            paths.insert(path, PathOrigin.OWN, now);
            activity.append(new ActivityEvent(now, id, ActivityKind.PATH_CREATED, id, new ActivityChange.PathNamed(checked, "")));
            return summaryOf(id);
        });
    }

    /**
     * A copy of a path, as the learner has shaped it, under a new title. With progress, every status, note, tick,
     * rating, target and answer comes along; without, the copy starts fresh (and leaves the archive behind).
     */
    public PathSummary fork(String sourceId, String title, boolean withProgress) {
        String checked = Texts.title(Texts.Field.PATH_TITLE, title);
        return database.inTransaction(() -> {
            LearningPath source = paths.load(sourceId)
                    .orElseThrow(() -> new InvalidEditException(Phrase.of("service.noPath", sourceId)));
            String id = newId(checked);
            LearningPath copy = new LearningPath(id, 1, checked, source.tagline(), source.overview(), source.industries(),
                    source.skills(), source.sections(), source.selfChecks(),
                    withProgress ? source.archived() : List.of(), source.milestones());
            Instant now = clock.instant();
            paths.insert(copy, PathOrigin.OWN, now);
            if (withProgress) {
                itemProgress.copy(sourceId, id);
                skillProgress.copy(sourceId, id);
                selfChecks.copy(sourceId, id);
            }
            activity.append(new ActivityEvent(now, id, ActivityKind.PATH_FORKED, sourceId,
                    new ActivityChange.PathNamed(checked, source.title())));
            return summaryOf(id);
        });
    }

    /** What deleting the path would lose, for the question asked first. */
    public HeldProgress heldProgress(String pathId) {
        return database.inTransaction(() -> paths.heldProgress(pathId));
    }

    /**
     * Deletes the path with all progress on it and its history. A bundled path is remembered as deleted, so the next
     * start does not bring it back. A checked backup is made first, outside the transaction; when it fails, nothing
     * is deleted.
     */
    public void delete(String pathId) {
        if (database.inTransaction(() -> paths.origin(pathId)).isPresent()) {
            backups.before(BackupReason.BEFORE_DELETE);
        }
        database.inTransaction(() -> {
            PathOrigin origin = paths.origin(pathId)
                    .orElseThrow(() -> new InvalidEditException(Phrase.of("service.noPath", pathId)));
            String title = paths.summaries().stream().filter(summary -> summary.id().equals(pathId))
                    .map(PathSummary::title).findFirst().orElse(pathId);
            Instant now = clock.instant();
            if (origin == PathOrigin.BUNDLED) {
                paths.dismissBundled(pathId, now);
            }
            paths.delete(pathId);
            activity.deleteForPath(pathId);
            activity.append(new ActivityEvent(now, pathId, ActivityKind.PATH_DELETED, pathId, new ActivityChange.PathNamed(title, "")));
        });
    }

    /**
     * Removes all progress on the path and keeps its content, as one change that can be undone. A checked backup is
     * made first when there is progress to lose; when it fails, nothing is removed.
     */
    public void resetProgress(String pathId) {
        if (!database.inTransaction(() -> paths.heldProgress(pathId)).isEmpty()) {
            backups.before(BackupReason.BEFORE_RESET);
        }
        database.inTransaction(() -> {
            String title = paths.summaries().stream().filter(summary -> summary.id().equals(pathId))
                    .map(PathSummary::title).findFirst()
                    .orElseThrow(() -> new InvalidEditException(Phrase.of("service.noPath", pathId)));
            paths.resetProgress(pathId);
            activity.append(new ActivityEvent(clock.instant(), pathId, ActivityKind.PROGRESS_RESET, pathId,
                    new ActivityChange.PathNamed(title, "")));
        });
    }

    private String newId(String title) {
        Set<String> taken = new HashSet<>(paths.ids());
        return Ids.unique(title, "path", taken);
    }

    private PathSummary summaryOf(String pathId) {
        return paths.summaries().stream().filter(summary -> summary.id().equals(pathId)).findFirst().orElseThrow();
    }
}
