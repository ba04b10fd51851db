package dev.stepwise.ui.shell;

import dev.stepwise.service.PreferencesService;
import dev.stepwise.ui.common.Dialogs;
import dev.stepwise.ui.common.Messages;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.util.Subscription;

/**
 * Saves the theme and the zoom the moment the learner changes them, as the page and the path are: saved only at a
 * clean exit, they were lost with a killed window. The save runs on the store thread and writes those two alone (the
 * window's place and the dividers are still saved at exit). It is not the learner's work, so a failure is said in the
 * status line without a dialog, like a page that could not be remembered.
 */
public final class RememberedLook {
    private static final Logger LOG = Logger.getLogger(RememberedLook.class.getName());

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
        viewModel.session().background().run(() -> {
            preferences.saveLook(dark, percent);
            return null;
        }).onError(error -> {
            LOG.log(Level.WARNING, "The theme and zoom could not be remembered", error);
            viewModel.reportError(Messages.tr("status.lookNotRemembered", Dialogs.describe(error)));
        });
    }
}
