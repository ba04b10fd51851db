package dev.stepwise.service;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.fixtures.FixturePath;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Child process for {@link CrashDurabilityTest}: makes two changes through the real services on the
 * {@link FixturePath} (the child runs on the test class path), says "ACK" once they returned (the moment the UI would
 * show them as saved), then waits to be killed.
 */
public final class CrashVictim {
    private CrashVictim() {
    }

    public static void main(String[] args) throws InterruptedException {
        Stepwise stepwise = Stepwise.open(Path.of(args[0]), List.of(FixturePath.path()), Clock.systemUTC());
        stepwise.progress().setStatus(FixturePath.ID, FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        stepwise.progress().saveNote(FixturePath.ID, FixturePath.LEARN_LANGUAGE, "written just before the crash");
        System.out.println("ACK");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
