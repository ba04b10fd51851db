package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.service.PathInstaller.Outcome;
import dev.stepwise.store.Probe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bundled paths are read in full only when they must be installed or upgraded: most starts skip the parse. */
class BundledPathInstallTest {
    @TempDir
    Path dir;

    private final TestClock clock = TestClock.utc("2026-01-10T09:00:00.000000000Z");

    /** Stands in for a bundled path: how often content is read does not depend on which content it is. */
    private static final LearningPath BUNDLED = FixturePath.path();

    /** The path, counting how often its content is read. */
    private static BundledPath counting(LearningPath path, AtomicInteger reads) {
        return new BundledPath(path.id(), path.contentVersion(), () -> {
            reads.incrementAndGet();
            return path;
        });
    }

    @Test
    void theHeadersOfTheBundledFilesNameTheirPathsWithoutReadingThem() {
        // Reads the shipped files themselves, but asserts only that headers and content agree, whatever they hold.
        List<BundledPath> available = BundledPaths.available();
        List<LearningPath> loaded = BundledPaths.load();

        assertThat(available).isNotEmpty().hasSameSizeAs(BundledPaths.FILES).hasSameSizeAs(loaded);
        for (int i = 0; i < available.size(); i++) {
            assertThat(available.get(i).id()).isEqualTo(loaded.get(i).id());
            assertThat(available.get(i).contentVersion()).isEqualTo(loaded.get(i).contentVersion());
            assertThat(available.get(i).content().get()).isEqualTo(loaded.get(i));
        }
    }

    @Test
    void aPathAlreadyInstalledAtThatVersionIsNotReadAgain() {
        Path file = dir.resolve("stepwise.db");
        AtomicInteger reads = new AtomicInteger();
        Stepwise.openWith(file, List.of(counting(BUNDLED, reads)), clock).close();
        assertThat(reads).hasValue(1);

        try (Stepwise again = Stepwise.openWith(file, List.of(counting(BUNDLED, reads)), clock)) {
            assertThat(reads).hasValue(1);
            assertThat(again.progress().load(BUNDLED.id()).path()).isEqualTo(BUNDLED);
        }
    }

    @Test
    void aFileWhoseContentDisagreesWithItsHeaderIsRefusedAndNothingIsWritten() {
        Path file = dir.resolve("stepwise.db");
        BundledPath lying = new BundledPath(BUNDLED.id(), BUNDLED.contentVersion() + 1, () -> BUNDLED);

        try (Stepwise stepwise = Stepwise.open(file, List.of(), clock)) {
            assertThatThrownBy(() -> stepwise.installer().install(lying)).isInstanceOf(IllegalStateException.class);
            assertThat(stepwise.installer().install(BundledPath.of(BUNDLED))).isEqualTo(Outcome.INSTALLED);
        }
        assertThat(Probe.rows(file, "SELECT kind FROM activity")).containsExactly(List.of("PATH_INSTALLED"));
    }
}
