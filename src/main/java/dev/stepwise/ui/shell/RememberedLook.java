package dev.stepwise.ui.shell;

import dev.stepwise.service.PreferencesService;
import javafx.util.Subscription;

/**
 * Saves the theme and the zoom the moment the learner changes them, as the page and the path are: saved only at a
 * clean exit, they were lost with a killed window. The save writes those two alone, as a {@link SettingSave} (the
 * window's place and the dividers are saved as they settle: {@link RememberedLayout}).
 */
public final class RememberedLook {
    private RememberedLook() {
    }

    /** From now on every change of the theme or the zoom is saved (the values it starts with are saved already). */
    public static Subscription follow(MainViewModel viewModel, PreferencesService preferences) {
        return Subscription.combine(
                viewModel.darkThemeProperty().subscribe((before, dark) -> save(viewModel, preferences)),
                viewModel.zoom().percentProperty().subscribe((before, percent) -> save(viewModel, preferences)));
    }

    private static void save(MainViewModel viewModel, PreferencesService preferences) {
        boolean dark = viewModel.darkThemeProperty().get();
        int percent = viewModel.zoom().percentProperty().get();
        SettingSave.run(viewModel, "status.lookNotRemembered", () -> preferences.saveLook(dark, percent));
    }
}
