package dev.stepwise.service;

import dev.stepwise.domain.ActivityChange;
import dev.stepwise.domain.ActivityEvent;
import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.ProgressMerge;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.io.ProgressFileException;
import dev.stepwise.io.ProgressFileWriter;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.Database;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.SelfCheckAnswerRepository;
import dev.stepwise.store.SkillProgressRepository;
import dev.stepwise.store.StudyTimeRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Progress files out and in: a learner's progress on one installed path as a {@code stepwise-progress} document, to
 * keep, move to another machine or hand to an instructor; and such a document merged back by stable ids
 * ({@link ProgressMerge}), previewed first. The caller reads and validates the file first
 * ({@link dev.stepwise.io.ProgressFileReader}).
 *
 * <p>Not thread-safe: called from the single store thread only.
 */
public final class ProgressFiles {
    private final Database database;
    private final PathRepository paths;
    private final ItemProgressRepository itemProgress;
    private final SkillProgressRepository skillProgress;
    private final SelfCheckAnswerRepository selfChecks;
    private final ActivityRepository activity;
    private final StudyTimeRepository studyTime;
    private final Clock clock;
    private ProgressFileWriter writer;

    ProgressFiles(Database database, PathRepository paths, ItemProgressRepository itemProgress,
                  SkillProgressRepository skillProgress, SelfCheckAnswerRepository selfChecks,
                  ActivityRepository activity, Clock clock) {
        this.database = database;
        this.paths = paths;
        this.itemProgress = itemProgress;
        this.skillProgress = skillProgress;
        this.selfChecks = selfChecks;
        this.activity = activity;
        this.studyTime = new StudyTimeRepository(database);
        this.clock = clock;
    }

    /** Built on first export: an ObjectMapper costs start-up time that most sessions never need. */
    private ProgressFileWriter writer() {
        if (writer == null) {
            writer = new ProgressFileWriter(clock);
        }
        return writer;
    }

    /**
     * The progress on the path as a {@code stepwise-progress} document, exported now. Reads in one transaction;
     * the JSON is built after it.
     *
     * @throws IllegalArgumentException when no path with the id is installed
     */
    public String export(String pathId) {
        return writer().write(database.inTransaction(() -> ProgressFile.of(stateOf(pathId), logOf(pathId), clock.instant())));
    }

    /**
     * What importing the file would change. Writes nothing.
     *
     * @param source the file's name, for the refusal of a file whose path is not installed
     * @throws ProgressFileException naming the file and its {@code pathId} when that path is not installed
     */
    public ProgressMerge.Result preview(String source, ProgressFile file) {
        return database.inTransaction(() -> ProgressMerge.merge(stateOf(source, file), logOf(file.pathId()), file));
    }

    /**
     * Merges the file into the stored progress in one transaction with one activity event; a file that changes
     * nothing writes nothing.
     *
     * @param source the file's name, for the refusal of a file whose path is not installed
     * @return what was changed
     * @throws ProgressFileException naming the file and its {@code pathId} when that path is not installed
     */
    public ProgressMerge.Result importProgress(String source, ProgressFile file) {
        return database.inTransaction(() -> {
            String pathId = file.pathId();
            ProgressMerge.Result result = ProgressMerge.merge(stateOf(source, file), logOf(pathId), file);
            if (result.changesNothing()) {
                return result;
            }
            Instant now = clock.instant();
            result.items().values().forEach(item -> itemProgress.save(pathId, item, now));
            result.newRatings().forEach((skillId, ratings) ->
                    ratings.forEach(rating -> skillProgress.appendRating(pathId, skillId, rating)));
            result.targets().forEach((skillId, target) -> skillProgress.saveTarget(pathId, skillId, target, now));
            result.answers().forEach((checkId, answer) -> selfChecks.save(pathId, checkId, answer, now));
            result.newStudyTime().forEach(entry -> studyTime.add(pathId, entry));
            result.reviews().values().forEach(review -> studyTime.saveReview(pathId, review));
            activity.append(new ActivityEvent(now, pathId, ActivityKind.PROGRESS_IMPORTED, pathId,
                    new ActivityChange.Merged(result.changes().size())));
            return result;
        });
    }

    private StudyLog logOf(String pathId) {
        return StudyLog.of(studyTime.entries(pathId), Optional.empty(), studyTime.reviews(pathId));
    }

    /** The installed path the file's progress belongs to; a file for another path is refused at its field. */
    private PathState stateOf(String source, ProgressFile file) {
        return stateOf(paths.load(file.pathId()).orElseThrow(() ->
                new ProgressFileException(source, "pathId", Phrase.of("file.pathNotInstalled", file.pathId()), null)));
    }

    private PathState stateOf(String pathId) {
        return stateOf(paths.load(pathId).orElseThrow(() -> new InvalidEditException(Phrase.of("service.noPath", pathId))));
    }

    private PathState stateOf(LearningPath path) {
        String pathId = path.id();
        return new PathState(path, itemProgress.loadAll(pathId), skillProgress.loadAll(pathId), selfChecks.loadAll(pathId));
    }
}
