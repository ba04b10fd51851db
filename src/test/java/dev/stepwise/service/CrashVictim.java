package dev.stepwise.service;

import dev.stepwise.domain.ItemStatus;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Child process for {@link CrashDurabilityTest}: makes two changes through the real services, says "ACK" once they
 * returned (the moment the UI would show them as saved), then waits to be killed.
 */
public final class CrashVictim {
    private CrashVictim() {
    }

    public static void main(String[] args) throws InterruptedException {
        Stepwise stepwise = Stepwise.open(Path.of(args[0]), BundledPaths.load(), Clock.systemUTC());
        stepwise.progress().setStatus("backend-engineer", "learn-backend-language", ItemStatus.DONE);
        stepwise.progress().saveNote("backend-engineer", "learn-backend-language", "written just before the crash");
        System.out.println("ACK");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
