package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.ProgressFileReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A file of Stepwise's other kind, chosen with the wrong menu item, is refused in the window with the menu item that
 * takes it, as the command line names its command.
 */
class OtherFormatAdviceTest {
    @AfterEach
    void backToEnglish() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = OtherFormatAdviceTest.class.getResourceAsStream("/dev/stepwise/io/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aProgressFileChosenAsAPathFileNamesTheMenuItemForProgress() throws IOException {
        byte[] progress = resource("small-progress.json");
        Throwable refused = refusal(() -> new PathFileReader().read("p.json", new ByteArrayInputStream(progress)));

        assertThat(Dialogs.describe(refused))
                .isEqualTo("p.json: this is a stepwise-progress file (progress), not a path file: use File → Import progress…");
    }

    @Test
    void aPathFileChosenAsProgressNamesTheMenuItemForPathsInGerman() throws IOException {
        Messages.use(Messages.forLocale(Locale.GERMAN));
        byte[] path = resource("minimal-path.json");
        Throwable refused = refusal(() -> new ProgressFileReader().read("mini.json", new ByteArrayInputStream(path)));

        assertThat(Dialogs.describe(refused)).isEqualTo("mini.json: dies ist eine stepwise-path-Datei (ein Pfad), keine Fortschrittsdatei: "
                + "verwenden Sie Datei → Pfaddatei importieren…");
    }

    private static Throwable refusal(Runnable read) {
        try {
            read.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the file was read");
    }
}
