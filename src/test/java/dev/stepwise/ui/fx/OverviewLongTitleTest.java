package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ActivityKind;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.Stepwise;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * A path's title may be 300 characters, and instructors name paths at length: the overview's heading shows it whole,
 * on as many lines as it needs, beside its Edit button, instead of cutting it with an ellipsis.
 */
class OverviewLongTitleTest extends AppTestBase {
    private static final String LONG = "Site Reliability Engineer for Distributed Payment Systems, from first on-call shift to"
            + " leading incident reviews";

    private void withTheLongTitle() throws TimeoutException {
        stopApp();
        try (Stepwise stepwise = Stepwise.open(databaseFile(), List.of(FixturePath.path()), Clock.systemUTC())) {
            seedEdit(stepwise, ActivityKind.PATH_EDITED, path -> PathEdits.withDetails(path, LONG, path.tagline(), path.overview()));
        }
        launch();
        placeWindow(1024, 700);
    }

    @Test
    void theStatusBarSaysWhatHappenedWholeAndCutsTheTitleInstead() throws TimeoutException {
        withTheLongTitle();
        Label status = node("#status-text");
        Label path = node("#status-path");
        waitUntil(() -> path.getText().startsWith(LONG) && !status.getText().isEmpty() && status.getWidth() > 0);

        // What happened is the message that matters (a failure is said there); the open path is in the sidebar too.
        assertThat(((Text) status.lookup(".text")).getText()).isEqualTo(status.getText());
        assertThat(((Text) path.lookup(".text")).getText()).endsWith("...");
        assertThat(path.getWidth()).isLessThanOrEqualTo(0.35 * path.getParent().getLayoutBounds().getWidth() + 1);
    }

    @Test
    void aCutDataFileKeepsItsNameAndBothCutPartsShowThemselvesWholeOnHover() throws TimeoutException {
        withTheLongTitle();
        placeWindow(900, 700);
        Label path = node("#status-path");
        Label file = node("#status-file");
        waitUntil(() -> path.getText().startsWith(LONG) && file.getWidth() > 0
                && !((Text) file.lookup(".text")).getText().equals(file.getText()));

        // The front of the folder gives way; the file's own name is what tells one data file from another.
        String drawn = ((Text) file.lookup(".text")).getText();
        assertThat(drawn).startsWith("...").endsWith(databaseFile().getFileName().toString());
        assertThat(file.getTooltip().getText()).isEqualTo(databaseFile().toString());
        assertThat(path.getTooltip().getText()).isEqualTo(path.getText()).startsWith(LONG);
    }

    @Test
    void aLongTitleWrapsWholeBesideTheEditButton() throws TimeoutException {
        withTheLongTitle();
        shortcut(KeyCode.DIGIT1);
        waitUntil(() -> this.<Label>node("#overview-title").getText().equals(LONG));

        Label title = node("#overview-title");
        Button edit = node("#edit-path-details");
        waitUntil(() -> title.getHeight() > 0);
        // What is drawn is the whole title (a cut one ends in "…"), over more than one line.
        Text drawn = (Text) title.lookup(".text");
        assertThat(drawn.getText()).isEqualTo(LONG);
        assertThat(title.getHeight()).isGreaterThan(1.5 * title.getFont().getSize() * 1.2);
        assertThat(title.localToScene(title.getBoundsInLocal()).getMaxX())
                .isLessThanOrEqualTo(edit.localToScene(edit.getBoundsInLocal()).getMinX());
    }
}
