package dev.stepwise.ui.common;

import dev.stepwise.domain.PathState;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The day the shown path began (installed or created), where its calendar starts: the first milestone's span and the
 * burn-up's plan line. Read on the store thread once per path, so it is unknown for a moment after a path is shown.
 */
public final class PathStartDay {
    private final PathSession session;
    private final Runnable arrived;
    private String askedFor;
    private LocalDate day;

    /** @param arrived told when the day of the path shown has been read */
    public PathStartDay(PathSession session, Runnable arrived) {
        this.session = session;
        this.arrived = arrived;
    }

    /** Asks for the day when {@code state} is of another path than the last asked for; keeps it otherwise. */
    public void follow(PathState state) {
        String pathId = state.path().id();
        if (pathId.equals(askedFor)) {
            return;
        }
        askedFor = pathId;
        day = null;
        session.startedOn().onSuccess(found -> {
            // A path shown meanwhile has asked for its own.
            if (pathId.equals(session.pathId())) {
                day = found;
                arrived.run();
            }
        });
    }

    /** The day, once read for the path shown. */
    public Optional<LocalDate> day() {
        return Optional.ofNullable(day);
    }
}
