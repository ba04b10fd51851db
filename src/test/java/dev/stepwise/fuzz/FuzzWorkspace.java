package dev.stepwise.fuzz;

import dev.stepwise.service.BundledPaths;
import dev.stepwise.service.Stepwise;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.function.Consumer;

/**
 * A real workspace on a real SQLite file for a fuzz run: the bundled path installed (and whatever the run adds) once,
 * into a template file; the run works on a copy. A refused import must leave the copy's rows as they were; an
 * accepted one changes them, and now and then the copy is replaced by a fresh copy of the template.
 */
final class FuzzWorkspace implements AutoCloseable {
    static final int RESET_EVERY = 20;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-04-05T10:00:00Z"), ZoneOffset.UTC);

    private final Path template;
    private final Path live;
    private Stepwise stepwise;
    private TableDigest rows;
    private String digest;
    private int resets;
    private int acceptedSinceReset;
    private long templatePages;

    private FuzzWorkspace(Path template, Path live) {
        this.template = template;
        this.live = live;
    }

    /** @param prepare what the run needs beyond the bundled path (progress to export, say), done once */
    static FuzzWorkspace create(Path dir, Consumer<Stepwise> prepare) {
        Path template = dir.resolve("template.db");
        try (Stepwise setup = Stepwise.open(template, BundledPaths.load(), CLOCK)) {
            prepare.accept(setup);
        }
        FuzzWorkspace workspace = new FuzzWorkspace(template, dir.resolve("live.db"));
        workspace.open();
        return workspace;
    }

    Stepwise stepwise() {
        return stepwise;
    }

    /** The rows' digest as they were before the current case. */
    String digestBefore() {
        return digest;
    }

    /** The rows' digest now, read again. */
    String digestNow() {
        return rows.digest();
    }

    /**
     * After an accepted import: the rows it wrote become the state the next case is compared with. Every
     * {@link #RESET_EVERY} accepted imports the workspace goes back to the template's content, so it stays the size
     * of a real one; resetting after each would cost more than the rest of a role-text run (closing, copying and
     * opening a database is about 20 ms, and two cases in five are accepted role texts).
     */
    void accepted() {
        // A progress file may carry a note of megabytes (notes have no limit): digesting that after every later case
        // would cost more than the cases, so a workspace grown to twice the template's size is reset at once.
        if (++acceptedSinceReset >= RESET_EVERY || rows.pages() > 2 * templatePages) {
            reset();
        } else {
            digest = rows.digest();
        }
    }

    /** Back to the template's content, after an accepted import or one that changed rows it should not have. */
    void reset() {
        closeAll();
        open();
        resets++;
    }

    int resets() {
        return resets;
    }

    private void open() {
        try {
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path from = template.resolveSibling(template.getFileName() + suffix);
                Path to = live.resolveSibling(live.getFileName() + suffix);
                Files.deleteIfExists(to);
                if (Files.exists(from)) {
                    Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        stepwise = Stepwise.openWith(live, BundledPaths.available(), CLOCK);
        rows = new TableDigest(live);
        digest = rows.digest();
        if (templatePages == 0) {
            templatePages = rows.pages();
        }
        acceptedSinceReset = 0;
    }

    private void closeAll() {
        rows.close();
        stepwise.close();
    }

    @Override
    public void close() {
        closeAll();
    }
}
