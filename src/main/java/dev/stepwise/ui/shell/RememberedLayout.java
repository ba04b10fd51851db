package dev.stepwise.ui.shell;

import dev.stepwise.service.Preferences.WindowBounds;
import dev.stepwise.service.PreferencesService;
import dev.stepwise.ui.common.PageDividers;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.stage.Stage;
import javafx.util.Duration;
import javafx.util.Subscription;

/**
 * Saves the window's place and the pages' dividers once they settle: saved only at a clean exit, they were lost with a
 * killed window, a crash or a power cut. A drag or a resize is many small changes, so the save waits until none has
 * come for {@link #SETTLE} and writes once, when it ends. The place and the dividers are each written alone, and only
 * when they differ from what was written last, as a {@link SettingSave}; which bounds are the place is
 * {@link PlaceToRemember}'s rule.
 *
 * <p>The save at exit stays: it takes a change still settling. It cannot be overtaken by an older value: every save
 * reads the window on the FX thread as it is queued, and the one store thread writes them in that order.
 */
public final class RememberedLayout {
    /** Long enough to outlast the gap between two steps of a drag, short enough to be done before a learner stops. */
    static final Duration SETTLE = Duration.millis(500);
    private static final String FAILURE = "status.layoutNotRemembered";

    private final Stage stage;
    private final PageDividers dividers;
    private final PlaceToRemember place;
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private final Written<WindowBounds> placeWritten;
    private final Written<Map<String, Double>> dividersWritten;
    private final Subscription following;

    private RememberedLayout(Stage stage, WindowBounds placed, PageDividers dividers, MainViewModel viewModel,
                             PreferencesService preferences) {
        this.stage = stage;
        this.dividers = dividers;
        this.place = new PlaceToRemember(placed);
        this.placeWritten = new Written<>(viewModel, placed, preferences::saveWindow);
        this.dividersWritten = new Written<>(viewModel, dividers.current(), preferences::saveDividers);
        settle.setOnFinished(event -> {
            placeWritten.offer(place());
            dividersWritten.offer(dividers.current());
        });
        Runnable changed = settle::playFromStart;
        following = Subscription.combine(
                stage.xProperty().subscribe((before, now) -> changed.run()),
                stage.yProperty().subscribe((before, now) -> changed.run()),
                stage.widthProperty().subscribe((before, now) -> changed.run()),
                stage.heightProperty().subscribe((before, now) -> changed.run()),
                stage.maximizedProperty().subscribe((before, now) -> changed.run()),
                // Shown again: on some systems a minimised window's bounds do not change, and a change made meanwhile waits.
                stage.iconifiedProperty().subscribe((before, now) -> changed.run()),
                dividers.subscribe(changed));
    }

    /**
     * From now on the window's place and the dividers are saved as they settle; {@code placed} is where
     * {@link WindowPlacement#restore} put the window, the place as it was saved.
     */
    public static RememberedLayout follow(Stage stage, WindowBounds placed, PageDividers dividers, MainViewModel viewModel,
                                          PreferencesService preferences) {
        return new RememberedLayout(stage, placed, dividers, viewModel, preferences);
    }

    /** The window's place to remember as it is now, for the save at exit. */
    public WindowBounds place() {
        return place.see(WindowPlacement.capture(stage), stage.isIconified());
    }

    /**
     * Stops following, a change still settling left to the save at exit. (The stage may outlive the app: tests start
     * the next one on it.)
     */
    public void stop() {
        following.unsubscribe();
        settle.stop();
    }

    /** One of the two, written when it differs from what was written last (after a failure, at the next chance). */
    private static final class Written<T> {
        private final MainViewModel viewModel;
        private final Consumer<T> save;
        private T last;

        Written(MainViewModel viewModel, T saved, Consumer<T> save) {
            this.viewModel = viewModel;
            this.save = save;
            this.last = saved;
        }

        void offer(T now) {
            if (now.equals(last)) {
                return;
            }
            last = now;
            SettingSave.run(viewModel, FAILURE, () -> save.accept(now)).onError(error -> last = null);
        }
    }
}
