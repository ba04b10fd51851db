package dev.stepwise.ui.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.PathState;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.io.report.ReportFormat;
import dev.stepwise.ui.common.Background;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report written from the window's state on a worker: it reports its progress and writes the file; cancelled, it
 * stops and leaves no file — and an older file of the same name as it was. No toolkit: the FX side is a direct executor.
 */
class ReportExportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-29T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private final Background worker = new Background(Executors.newSingleThreadExecutor(), Runnable::run);
    private final PathState state = PathState.fresh(FixturePath.path()).with(ItemProgress.notStarted(FixturePath.LEARN_SQL)
            .withStatus(ItemStatus.DONE, LocalDate.of(2026, 11, 29)));

    @AfterEach
    void stop() {
        worker.close();
    }

    @Test
    void theReportIsWrittenAndItsProgressReachesTheEnd() throws IOException {
        Path file = dir.resolve("report.md");
        ReportExport export = new ReportExport(Runnable::run);

        Path written = export.start(worker, new ReportExport.Source(state), ReportFormat.MARKDOWN, file, CLOCK, Locale.ENGLISH).await();

        assertThat(written).isEqualTo(file);
        assertThat(Files.readString(file)).startsWith("# Fixture Engineer").contains("| Learn SQL and design databases | Done |");
        assertThat(export.progressProperty().get()).isEqualTo(1.0);
    }

    @Test
    void cancelledHalfwayItStopsAndTheOldFileStaysAsItWas() throws IOException {
        Path file = Files.writeString(dir.resolve("report.html"), "the report of last week");
        AtomicInteger updates = new AtomicInteger();
        ReportExport[] export = new ReportExport[1];
        // The "FX thread" cancels on the first progress it is shown, as the learner pressing Cancel would.
        export[0] = new ReportExport(update -> {
            update.run();
            if (updates.incrementAndGet() == 1) {
                export[0].cancel();
            }
        });

        Background.Job<Path> job = export[0].start(worker, new ReportExport.Source(state), ReportFormat.HTML, file, CLOCK, Locale.ENGLISH);

        assertThatThrownBy(job::await).isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(CancellationException.class);
        assertThat(export[0].progressProperty().get()).isLessThan(1.0);
        assertThat(Files.readString(file)).isEqualTo("the report of last week");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no temporary file left behind").containsExactly(file);
        }
    }

    @Test
    void cancelledBeforeItStartsItWritesNothing() {
        Path file = dir.resolve("report.csv");
        ReportExport export = new ReportExport(Runnable::run);
        export.cancel();

        assertThatThrownBy(() -> export.start(worker, new ReportExport.Source(state), ReportFormat.CSV, file, CLOCK, Locale.ENGLISH)
                .await())
                .hasCauseInstanceOf(CancellationException.class);
        assertThat(file).doesNotExist();
    }
}
