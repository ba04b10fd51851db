package dev.stepwise.ui.fx;

import static dev.stepwise.fixtures.FixturePath.CS_DEGREE;
import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static dev.stepwise.fixtures.FixturePath.STEPS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.UpstreamChange;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.BundledPath;
import dev.stepwise.ui.checklist.ChecklistRow;
import dev.stepwise.ui.shell.StatusBarView;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A learner who ticked and renamed things in the bundled path gets a newer Stepwise with a newer version of it: the
 * banner offers it, the dialog lists what changes, applying keeps the learner's title and tick, and the item that
 * upstream removed while it held progress waits in the archive, from where it can be restored.
 */
class UpgradeScreenTest extends AppTestBase {

    /** Version 2: renames the SQL step upstream, drops the degree, adds a Docker step at the end of the steps. */
    private static LearningPath version2() {
        LearningPath v1 = FixturePath.path();
        LearningPath edited = PathEdits.updateItem(v1, LEARN_SQL, item -> item.withTitle("Learn SQL (revised)"));
        edited = PathEdits.removeItem(edited, CS_DEGREE);
        edited = PathEdits.addItem(edited, STEPS, Integer.MAX_VALUE, new Item("learn-docker", "Package services with Docker",
                "", List.of(), List.of(), List.of(), null, null));
        return new LearningPath(v1.id(), 2, v1.title(), v1.tagline(), v1.overview(), v1.industries(), edited.skills(),
                edited.sections(), v1.selfChecks());
    }

    @Test
    void theLearnerReviewsAppliesAndFindsTheirWorkKeptAndTheRemovedItemArchived() throws Exception {
        shortcut(KeyCode.DIGIT2);
        clickInItemRow(CS_DEGREE, ".status-button");
        assertOnDisk(CS_DEGREE, "DONE");
        robot.clickOn(itemRow(LEARN_SQL));
        key(KeyCode.F2);
        TextField title = node("#prompt-title");
        robot.interact(() -> title.setText("My SQL step"));
        robot.clickOn("#prompt-ok");
        waitUntil(() -> column("SELECT title FROM item WHERE id = ?", LEARN_SQL).equals(List.of("My SQL step")));
        assertThat(shown("#upgrade-banner")).isFalse();

        bundled = List.of(BundledPath.of(version2()));
        restart();

        assertThat(shown("#upgrade-banner")).isTrue();
        assertThat(column("SELECT content_version FROM path")).containsExactly("1");
        robot.clickOn("#review-upgrade");
        waitUntil(() -> shown("#upgrade-changes"));
        ListView<UpstreamChange> changes = node("#upgrade-changes");
        assertThat(changes.getItems()).extracting(UpstreamChange::kind, UpstreamChange::id).contains(
                tuple(UpstreamChange.Kind.ADDED, "learn-docker"),
                tuple(UpstreamChange.Kind.ARCHIVED, CS_DEGREE),
                tuple(UpstreamChange.Kind.KEPT_YOURS, LEARN_SQL));
        robot.clickOn("#apply-upgrade");

        waitUntil(() -> !shown("#upgrade-banner"));
        waitUntil(() -> this.<StatusBarView>node("#status-bar").getText().equals("Saved · Updated to version 2"));
        waitUntil(() -> column("SELECT content_version FROM path_upstream").equals(List.of("2")));
        assertThat(column("SELECT title FROM item WHERE id = ?", LEARN_SQL)).containsExactly("My SQL step");
        assertThat(column("SELECT archived_at IS NOT NULL FROM item WHERE id = ?", CS_DEGREE)).containsExactly("1");
        assertThat(itemStatusOnDisk(CS_DEGREE)).isEqualTo("DONE");

        shortcut(KeyCode.DIGIT2);
        ListView<ChecklistRow> list = node("#checklist");
        waitUntil(() -> list.getItems().stream().map(ChecklistRow::key).toList()
                .containsAll(List.of("item:learn-docker", "archive", "item:" + CS_DEGREE)));
        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        robot.clickOn(itemRow(CS_DEGREE));
        waitUntil(() -> shown("#archived-banner"));
        assertThat(this.<Label>node("#nav-progress").getText()).as("the archived item no longer counts").isEqualTo("0 of 8 done");
        robot.clickOn("#restore-item-button");

        waitUntil(() -> column("SELECT archived_at IS NULL FROM item WHERE id = ?", CS_DEGREE).equals(List.of("1")));
        waitUntil(() -> !shown("#archive-header"));
        assertThat(this.<Label>node("#nav-progress").getText()).isEqualTo("1 of 9 done");
        restart();
        assertThat(shown("#upgrade-banner")).as("the same version is not offered again").isFalse();
    }
}
