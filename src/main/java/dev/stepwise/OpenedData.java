package dev.stepwise;

import dev.stepwise.domain.PathState;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.service.BundledPath;
import dev.stepwise.service.DataFolder;
import dev.stepwise.service.Preferences;
import dev.stepwise.service.Stepwise;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** What the store thread hands to the FX thread once the data is open: everything the first window shows. */
record OpenedData(Stepwise stepwise, List<PathSummary> paths, List<String> upgradable, PathState state,
                  Preferences preferences, Optional<String> page, Optional<String> language) {

    /** On the store thread: opens the data folder (creating and seeding it on a first start) and loads the current path. */
    static OpenedData open(DataFolder folder, List<BundledPath> bundled, Clock clock) {
        StartupReport.mark("store opening");
        Stepwise stepwise = Stepwise.openWith(folder.databaseFile(), bundled, clock);
        StartupReport.mark("store open");
        try {
            List<PathSummary> paths = stepwise.workspace().summaries();
            if (paths.isEmpty()) {
                // Nothing bundled is left (or nothing was shipped): start the learner off with a path of their own.
                stepwise.workspace().create("My path");
                paths = stepwise.workspace().summaries();
            }
            List<String> ids = paths.stream().map(PathSummary::id).toList();
            String pathId = stepwise.preferences().currentPath().filter(ids::contains).orElse(ids.get(0));
            return new OpenedData(stepwise, paths, stepwise.upstream().upgradable(), stepwise.progress().load(pathId),
                    stepwise.preferences().load(), stepwise.preferences().currentPage(), stepwise.preferences().language());
        } catch (RuntimeException e) {
            stepwise.close();
            throw e;
        }
    }
}
