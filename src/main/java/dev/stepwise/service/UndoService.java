package dev.stepwise.service;

import dev.stepwise.domain.UndoEntry;
import dev.stepwise.store.Database;
import dev.stepwise.store.PathRepository;
import dev.stepwise.store.SubjectNames;
import dev.stepwise.store.UndoLog;
import java.util.List;
import java.util.Optional;

/**
 * Undo and redo for the window and the command line: what would be undone or redone next, and doing it, each in one
 * transaction. The undo log ({@link UndoLog}) does the work; this says which paths there are afterwards, since undoing
 * can bring back a deleted path or take away a created one.
 */
public final class UndoService {
    private final Database database;
    private final UndoLog log;
    private final PathRepository paths;
    private final SubjectNames names;

    UndoService(Database database, UndoLog log, PathRepository paths) {
        this.database = database;
        this.log = log;
        this.paths = paths;
        this.names = new SubjectNames(database);
    }

    /** A change taken back or made again, and the ids of the paths there are now, oldest first. */
    public record Done(UndoEntry entry, List<String> pathIds) {
    }

    /** The next change to undo and the next to redo, read together. */
    public record Next(Optional<UndoEntry> undo, Optional<UndoEntry> redo) {
    }

    public Next next() {
        return database.inTransaction(() -> new Next(log.nextUndo().map(this::named), log.nextRedo().map(this::named)));
    }

    public Optional<Done> undo() {
        return database.inTransaction(() -> log.undo().map(entry -> new Done(named(entry), paths.ids())));
    }

    public Optional<Done> redo() {
        return database.inTransaction(() -> log.redo().map(entry -> new Done(named(entry), paths.ids())));
    }

    /** The entry with its subject's name in the change's own path: as stored now, or as the step keeps it. */
    private UndoEntry named(UndoEntry entry) {
        return entry.withSubjectName(entry.change().flatMap(change -> names.of(change, entry.step())));
    }
}
