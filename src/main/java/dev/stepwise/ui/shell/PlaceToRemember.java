package dev.stepwise.ui.shell;

import dev.stepwise.service.Preferences.WindowBounds;

/**
 * Which of the window's bounds are the learner's place: the one rule for the save once a move settles and the save at
 * exit. A maximised window's bounds are the screen's, not a place the learner chose, so it keeps the bounds it had
 * before (un-maximised next time, the learner's own window comes back); a minimised window's bounds are nowhere (Windows
 * puts it at -32000), so it keeps the place it had, maximised or not.
 */
final class PlaceToRemember {
    private WindowBounds place;

    /** From where the window was put at start ({@link WindowPlacement#restore}): its own bounds even if maximised. */
    PlaceToRemember(WindowBounds placed) {
        this.place = placed;
    }

    /** The place to remember, given the window as it is now. */
    WindowBounds see(WindowBounds now, boolean minimised) {
        if (minimised) {
            return place;
        }
        place = now.maximized() ? new WindowBounds(place.x(), place.y(), place.width(), place.height(), true) : now;
        return place;
    }
}
