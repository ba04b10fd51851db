package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged change survives the process being killed outright (SIGKILL: no shutdown hook, no close):
 * the promise behind "saved" in the status bar.
 */
class CrashDurabilityTest {
    @TempDir
    Path dir;

    @Test
    void changesAcknowledgedBeforeAKillAreThereAfterwards() throws Exception {
        Path file = dir.resolve("stepwise.db");
        Process victim = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                CrashVictim.class.getName(), file.toString()))
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ACK"));
            assertThat(line).as("the child process acknowledged its changes").isEqualTo("ACK");
            victim.destroyForcibly();
            assertThat(victim.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            victim.destroyForcibly();
        }

        // The killed process held the single-instance lock; the operating system released it with the process.
        try (Stepwise reopened = Stepwise.open(file, List.of(FixturePath.path()), TestClock.utc("2026-01-10T09:00:00Z"))) {
            ItemProgress progress = reopened.progress().load(FixturePath.ID).progressOf(FixturePath.LEARN_LANGUAGE);
            assertThat(progress.status()).isEqualTo(ItemStatus.DONE);
            assertThat(progress.note()).isEqualTo("written just before the crash");
        }
    }
}
