package dev.stepwise;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.service.DataFolder;
import dev.stepwise.service.Stepwise;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data opens on the store thread while the toolkit starts, and the window takes it over (or it is let go). */
class StoreHeadStartTest {
    @TempDir
    Path dir;

    @AfterEach
    void nothingLeftBegun() {
        StoreHeadStart.take(folder(dir.resolve("none"))).ifPresent(head -> head.thread().shutdown());
    }

    @Test
    void opensTheFolderTheArgumentsNameOnItsStoreThreadAndIsTakenOnce() throws Exception {
        StoreHeadStart.begin(args(dir), Map.of());

        StoreHeadStart head = StoreHeadStart.take(folder(dir)).orElseThrow();
        OpenedData opened = head.opened().get(60, TimeUnit.SECONDS);
        try {
            assertThat(opened.stepwise().databaseFile()).isEqualTo(folder(dir).databaseFile());
            assertThat(opened.paths()).isNotEmpty();
            assertThat(opened.state().path().id()).isIn(opened.paths().stream().map(summary -> summary.id()).toList());
            assertThat(StoreHeadStart.take(folder(dir))).isEmpty();
        } finally {
            head.thread().submit(opened.stepwise()::close).get();
            head.thread().shutdown();
        }
    }

    @Test
    void oneBegunOnAnotherFolderIsClosedSoThatItsFolderCanBeOpenedAgain() throws Exception {
        Path begunOn = dir.resolve("begun");
        StoreHeadStart.begin(args(begunOn), Map.of());

        assertThat(StoreHeadStart.take(folder(dir.resolve("asked")))).isEmpty();

        // The lock on the folder is held while a Stepwise has it open: opening it again proves it was let go.
        try (Stepwise again = Stepwise.open(folder(begunOn).databaseFile(), List.of(), Clock.systemUTC())) {
            assertThat(again.workspace().summaries()).isNotEmpty();
        }
    }

    @Test
    void argumentsThatNameNoFolderStartNothing() {
        StoreHeadStart.begin(List.of(DataFolder.OPTION), Map.of());

        assertThat(StoreHeadStart.take(folder(dir))).isEmpty();
    }

    private static List<String> args(Path folder) {
        return List.of(DataFolder.OPTION, folder.toString());
    }

    private static DataFolder folder(Path folder) {
        return DataFolder.resolve(args(folder), Map.of());
    }
}
