package dev.stepwise.service;

import dev.stepwise.domain.BackupException;
import dev.stepwise.domain.Explained;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Phrase;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.PathFileWriter;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.store.ActivityRepository;
import dev.stepwise.store.BackupCopies;
import dev.stepwise.store.Database;
import dev.stepwise.store.DatabaseUnavailableException;
import dev.stepwise.store.ItemProgressRepository;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.SelfCheckAnswerRepository;
import dev.stepwise.store.SkillProgressRepository;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Reads every path of a file about to be restored as Stepwise will read it afterwards, then through the strict readers
 * of path and progress files, as if each path were exported and imported again. Its tables and links are checked
 * before this; its values were not: a backup edited elsewhere (a done date of 2026-02-30, an empty title, a control
 * character in a note) was restored, and every report and export of its path then failed. Such a file is refused now,
 * naming the path and the field.
 */
final class RestoreReading {
    private RestoreReading() {
    }

    /**
     * Makes {@code workingCopy}, a checked copy of {@code backup} migrated to this version's schema
     * ({@link BackupCopies#prepareForRestore}), and reads every path of it back.
     *
     * @throws BackupException naming the backup and the problem (the path and the field, for a value); nothing of the
     *                         learner's was changed
     */
    static void prepare(Path backup, Path workingCopy, Clock clock) {
        try {
            BackupCopies.prepareForRestore(backup, workingCopy);
        } catch (DatabaseUnavailableException e) {
            throw BackupException.refused(Phrase.of("backup.refused", backup.toString(), e.reasonPhrase()), e);
        }
        readBack(workingCopy, backup, clock);
    }

    private static void readBack(Path workingCopy, Path backup, Clock clock) {
        try (Database database = Database.open(workingCopy)) {
            PathRepository paths = new PathRepository(database);
            ProgressFiles progress = new ProgressFiles(database, paths, new ItemProgressRepository(database),
                    new SkillProgressRepository(database), new SelfCheckAnswerRepository(database), new ActivityRepository(database),
                    clock);
            PathFileWriter pathWriter = new PathFileWriter();
            for (String pathId : database.inTransaction(paths::ids)) {
                try {
                    LearningPath path = database.inTransaction(() -> paths.load(pathId)).orElseThrow();
                    PathFileReader.forStoredPaths().read(pathId, utf8(pathWriter.write(PathUpdates.withoutArchive(path))));
                    new ProgressFileReader().read(pathId, utf8(progress.export(pathId)));
                } catch (RuntimeException e) {
                    Phrase reason = e instanceof Explained explained ? explained.explanation()
                            : Phrase.of("store.reason.driver", String.valueOf(e.getMessage()));
                    throw BackupException.refused(Phrase.of("backup.refused", backup.toString(),
                            Phrase.of("backup.unreadablePath", pathId, reason)), e);
                }
            }
        }
    }

    private static InputStream utf8(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
