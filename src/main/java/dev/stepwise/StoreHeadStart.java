package dev.stepwise;

import dev.stepwise.service.BundledPaths;
import dev.stepwise.service.DataFolder;
import dev.stepwise.ui.common.StoreThread;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The data folder opened on the store thread while the JavaFX toolkit starts, for the window started from the command
 * line. The toolkit's start needs none of the data and the data needs none of the toolkit, yet the window waited for
 * both in turn: on a path of 10,000 items the store thread, started only once the toolkit was up, kept the first frame
 * waiting a second. The window ({@link App#start}) takes this over: the store thread becomes its store thread, the
 * data its first job.
 */
final class StoreHeadStart {
    // Guarded by the class: begun on the main thread, taken on the FX thread.
    private static StoreHeadStart begun;

    private final DataFolder folder;
    private final StoreThread thread;
    private final CompletableFuture<OpenedData> opened;

    private StoreHeadStart(DataFolder folder, StoreThread thread, CompletableFuture<OpenedData> opened) {
        this.folder = folder;
        this.thread = thread;
        this.opened = opened;
    }

    /**
     * Starts opening the folder the arguments and environment name, exactly as {@link App#start} will resolve it. A
     * folder that cannot be resolved starts nothing: the window says what is wrong, as it would have.
     */
    static synchronized void begin(List<String> args, Map<String, String> environment) {
        DataFolder folder;
        try {
            folder = DataFolder.resolve(args, environment);
        } catch (IllegalArgumentException e) {
            return;
        }
        StoreThread thread = new StoreThread();
        begun = new StoreHeadStart(folder, thread, CompletableFuture.supplyAsync(
                () -> OpenedData.open(folder, BundledPaths.available(), Clock.systemDefaultZone()), thread));
    }

    /**
     * The head start, once, when it opened this folder: the caller owns its thread and its data from then on. One begun
     * on another folder (which the same arguments cannot give) is closed first, so that its lock is free again.
     */
    static synchronized Optional<StoreHeadStart> take(DataFolder folder) {
        StoreHeadStart head = begun;
        begun = null;
        if (head == null || head.folder.equals(folder)) {
            return Optional.ofNullable(head);
        }
        head.abandon();
        return Optional.empty();
    }

    StoreThread thread() {
        return thread;
    }

    CompletableFuture<OpenedData> opened() {
        return opened;
    }

    private void abandon() {
        try {
            opened.join().stepwise().close();
        } catch (CompletionException e) {
            // It failed to open: there is nothing to close, and the window's own attempt will say why.
        } finally {
            thread.shutdown();
        }
    }
}
