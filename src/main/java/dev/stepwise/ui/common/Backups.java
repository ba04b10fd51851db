package dev.stepwise.ui.common;

import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.FileCheck;
import dev.stepwise.service.BackupFile;
import dev.stepwise.service.BackupService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The backups as the window offers them: the list, what one holds, a backup now, and a restore — after which every
 * view shows the restored data, without a restart. FX thread only; the work runs on the store thread.
 */
public final class Backups {
    private final Workspace workspace;
    private final BackupService service;
    private final Consumer<Throwable> errors;

    public Backups(Workspace workspace, BackupService service, Consumer<Throwable> errors) {
        this.workspace = workspace;
        this.service = service;
        this.errors = errors;
    }

    public Path folder() {
        return service.folder();
    }

    /** Newest first. */
    public Background.Job<List<BackupFile>> list() {
        return workspace.session().background().run(service::backups).onError(errors);
    }

    public Background.Job<FileCheck> contents(Path backup) {
        return workspace.session().background().run(() -> service.contents(backup)).onError(errors);
    }

    public Background.Job<BackupService.Written> backUpNow() {
        workspace.saveBeforeReplacing();
        return workspace.session().background().run(() -> service.backUp(BackupReason.MANUAL))
                .onSuccess(this::report).onError(errors);
    }

    /** Backs up what is there now, then puts the backup's data in its place and shows it. */
    public Background.Job<BackupService.Written> restore(Path backup) {
        workspace.saveBeforeReplacing();
        return workspace.session().background().run(() -> service.restore(backup))
                .onSuccess(saved -> workspace.reloadAll(Messages.tr("backups.restored", String.valueOf(backup.getFileName()),
                        String.valueOf(saved.backup().file().getFileName()))))
                .onError(errors);
    }

    /** Every 30 minutes while the window is open: a backup if anything changed since the last one. */
    public void backUpIfChanged() {
        if (workspace.session().background().isClosed()) {
            return;
        }
        workspace.session().background().run(service::backUpIfChanged)
                .onSuccess(written -> written.ifPresent(this::report)).onError(errors);
    }

    /** Says the backup was made, and warns when it is much smaller than the one before (data may have gone). */
    public void report(BackupService.Written written) {
        String name = String.valueOf(written.backup().file().getFileName());
        workspace.session().reportDone(Messages.tr(written.shrank() ? "backups.shrank" : "backups.made", name));
    }
}
