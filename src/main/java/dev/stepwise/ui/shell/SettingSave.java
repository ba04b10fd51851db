package dev.stepwise.ui.shell;

import dev.stepwise.ui.common.Background;
import dev.stepwise.ui.common.Dialogs;
import dev.stepwise.ui.common.Messages;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a setting of the window is saved as it changes (the look, the window's place, the dividers): on the store
 * thread, like every save. A setting is not the learner's work, so a failure is logged and said in the status line
 * without a dialog, like a page that could not be remembered.
 */
final class SettingSave {
    private static final Logger LOG = Logger.getLogger(SettingSave.class.getName());

    private SettingSave() {
    }

    /** Runs {@code save} on the store thread; {@code failureKey} is the status line's message (its {0} the reason). */
    static Background.Job<Void> run(MainViewModel viewModel, String failureKey, Runnable save) {
        return viewModel.session().background().<Void>run(() -> {
            save.run();
            return null;
        }).onError(error -> {
            LOG.log(Level.WARNING, "A setting could not be remembered (" + failureKey + ")", error);
            viewModel.reportError(Messages.tr(failureKey, Dialogs.describe(error)));
        });
    }
}
