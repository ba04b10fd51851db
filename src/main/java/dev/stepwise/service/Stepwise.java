package dev.stepwise.service;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.DataFiles;
import dev.stepwise.store.Database;
import dev.stepwise.store.DatabaseUnavailableException;
import dev.stepwise.store.IdleCheckpoints;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.PreferenceRepository;
import dev.stepwise.store.SelfCheckAnswerRepository;
import dev.stepwise.store.SkillProgressRepository;
import dev.stepwise.store.StudyTimeRepository;
import dev.stepwise.store.UndoLog;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The application's services over one open database: what the UI (and later a command line) talks to.
 * {@link #open} creates the database on first start and installs or upgrades the bundled paths.
 */
public final class Stepwise implements AutoCloseable {
    private final Database database;
    private final ProgressService progress;
    private final StudyTimeService studyTime;
    private final ReviewService reviews;
    private final ProgressFiles progressFiles;
    private final PreferencesService preferences;
    private final PathInstaller installer;
    private final ContentService content;
    private final WorkspaceService workspace;
    private final UpstreamService upstream;
    private final PathFiles pathFiles;
    private final Reports reports;
    private final PathRepository paths;
    private final InstanceLock lock;
    private final BackupService backups;
    private final HistoryService history;
    private Optional<BackupService.Written> startBackup = Optional.empty();
    private Optional<BackupException> startBackupFailure = Optional.empty();
    private UndoService undo;

    private Stepwise(Database database, InstanceLock lock, List<BundledPath> bundled, Clock clock) {
        this.database = database;
        this.lock = lock;
        this.paths = new PathRepository(database);
        this.backups = new BackupService(database, clock);
        ActivityRepository activity = new ActivityRepository(database);
        ItemProgressRepository itemProgress = new ItemProgressRepository(database);
        SkillProgressRepository skillProgress = new SkillProgressRepository(database);
        SelfCheckAnswerRepository selfChecks = new SelfCheckAnswerRepository(database);
        this.progress = new ProgressService(database, paths, itemProgress, skillProgress, selfChecks, activity, clock);
        StudyTimeRepository studyTimes = new StudyTimeRepository(database);
        this.history = new HistoryService(database, activity, studyTimes, clock);
        this.studyTime = new StudyTimeService(database, itemProgress, studyTimes, activity, clock);
        this.reviews = new ReviewService(database, itemProgress, studyTimes, activity, clock);
        this.progressFiles = new ProgressFiles(database, paths, itemProgress, skillProgress, selfChecks, activity, clock);
        RemovedProgress removedProgress = new RemovedProgress(itemProgress, skillProgress, selfChecks);
        this.content = new ContentService(database, paths, removedProgress, activity, clock);
        this.workspace = new WorkspaceService(database, paths, itemProgress, skillProgress, selfChecks, activity, clock, backups);
        this.preferences = new PreferencesService(database, new PreferenceRepository(database));
        this.reports = new Reports(progress, preferences, content, studyTime, clock);
        this.installer = new PathInstaller(database, paths, activity, clock);
        PathUpdates updates = new PathUpdates(paths, itemProgress, skillProgress, removedProgress, activity, installer, clock);
        this.upstream = new UpstreamService(database, paths, installer, updates, bundled, backups);
        this.pathFiles = new PathFiles(database, paths, activity, installer, updates, clock, backups);
    }

    /**
     * Opens the database file and installs the given paths (normally {@link BundledPaths#load()}).
     *
     * @throws DataUnavailableException naming the file and the reason when it cannot be used
     */
    public static Stepwise open(Path databaseFile, List<LearningPath> bundled, Clock clock) {
        return openWith(databaseFile, bundled.stream().map(BundledPath::of).toList(), clock);
    }

    /** As {@link #open}, reading each bundled path's content only if it must be installed or upgraded. */
    public static Stepwise openWith(Path databaseFile, List<BundledPath> bundled, Clock clock) {
        try {
            // The folder and file first: a read-only folder or a file in its place gets its own sentence, not the lock's.
            DataFiles.prepare(databaseFile.toAbsolutePath());
        } catch (DatabaseUnavailableException e) {
            throw new DataUnavailableException(e.file(), e.reasonPhrase(), e);
        }
        EmptiedDataFile.refuse(databaseFile.toAbsolutePath());
        Database database;
        try {
            database = Database.open(databaseFile);
        } catch (DatabaseUnavailableException e) {
            throw new DataUnavailableException(e.file(), e.reasonPhrase(), e);
        }
        // Locked once the file is open and checked: reading its header closes a descriptor of the file, and POSIX
        // drops a process's locks on a file whenever any of its descriptors closes. A second instance gets this far
        // without writing (the schema is already current) and stops here.
        InstanceLock lock;
        try {
            lock = InstanceLock.acquire(databaseFile);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        Stepwise stepwise = new Stepwise(database, lock, bundled, clock);
        try {
            bundled.forEach(stepwise.installer::install);
            // From here on every change is the learner's, and can be undone; installing the bundled paths is not.
            stepwise.undo = new UndoService(database, UndoLog.start(database, clock), stepwise.paths);
            stepwise.backUpAtStart();
            return stepwise;
        } catch (RuntimeException e) {
            stepwise.close();
            throw e;
        }
    }

    /**
     * The start-up backup: made when there is none or the newest is a day old (listing a folder otherwise, so a start
     * stays fast). Counting changes for the interval backup starts here, after the bundled paths are installed. A
     * failure does not stop the start; it is kept for the window to show ({@link #startBackupFailure()}).
     */
    private void backUpAtStart() {
        backups.startCounting();
        try {
            startBackup = backups.backUpIfDue();
        } catch (BackupException e) {
            startBackupFailure = Optional.of(e);
        }
    }

    /** The backup made at start, if one was due. */
    public Optional<BackupService.Written> startBackup() {
        return startBackup;
    }

    /** Why the start-up backup failed, if it did. */
    public Optional<BackupException> startBackupFailure() {
        return startBackupFailure;
    }

    /** Automatic and manual backups, and restoring one. */
    public BackupService backups() {
        return backups;
    }

    public ProgressService progress() {
        return progress;
    }

    public HistoryService history() {
        return history;
    }

    /** Study time: minutes by hand and the timer. */
    public StudyTimeService studyTime() {
        return studyTime;
    }

    /** Reviews of done items. */
    public ReviewService reviews() {
        return reviews;
    }

    public PathFiles pathFiles() {
        return pathFiles;
    }

    public ProgressFiles progressFiles() {
        return progressFiles;
    }

    /** Progress reports (HTML, Markdown, CSV, the matrix as a picture) of installed paths. */
    public Reports reports() {
        return reports;
    }

    public PreferencesService preferences() {
        return preferences;
    }

    public ContentService content() {
        return content;
    }

    public UpstreamService upstream() {
        return upstream;
    }

    public WorkspaceService workspace() {
        return workspace;
    }

    /** Undo and redo of every change the learner made, newest first. */
    public UndoService undo() {
        return undo;
    }

    public PathInstaller installer() {
        return installer;
    }

    /** Installed path ids, oldest first; the first is the one shown at start. */
    public List<String> pathIds() {
        return database.inTransaction(paths::ids);
    }

    /**
     * For a long-running user with a thread that knows when it is idle (the app's store thread): commits stop
     * checkpointing the write-ahead log, so no change waits for it; run the returned task on the database's thread
     * when nothing else is queued. It checkpoints when the log has grown past 4 MB ({@link IdleCheckpoints#runIfDue}).
     */
    public Runnable checkpointWhenIdle() {
        return IdleCheckpoints.takeOver(database)::runIfDue;
    }

    public Path databaseFile() {
        return database.file();
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
