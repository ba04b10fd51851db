package dev.stepwise.service;

import static dev.stepwise.fixtures.FixturePath.LEARN_SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Section;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.PathFileException;
import dev.stepwise.io.PathFileReader;
import dev.stepwise.io.PathFileWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A title must be one line, but Stepwise stored titles with a tab or line break before that rule (from path files and
 * pasted role texts). Such a database is the learner's, on a real file: its paths must still take an update (whose
 * merge reads the stored base) and its backups must still restore (which reads every path back), while a file from
 * outside with such a title is refused.
 */
class TitlesStoredBeforeOneLineRuleTest {
    private static final String TABBED = "Learn\tSQL";

    @TempDir
    Path dir;
    private Stepwise stepwise;

    @BeforeEach
    void open() {
        stepwise = Stepwise.open(dir.resolve("stepwise.db"), List.of(), TestClock.utc("2026-02-01T09:00:00Z"));
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    /** Installs, as the old rules let it, a path with a tab in a step's title; its stored base has the tab too. */
    private LearningPath installedWithATab() {
        LearningPath tabbed = retitled(FixturePath.path(), TABBED, 1);
        stepwise.pathFiles().importPath(tabbed, false);
        assertThat(stepwise.progress().load(FixturePath.ID).path().item(LEARN_SQL).map(Item::title)).contains(TABBED);
        return tabbed;
    }

    /** The path with LEARN_SQL titled as given, unchecked (as the old rules stored it), at the given version. */
    private static LearningPath retitled(LearningPath path, String title, int version) {
        List<Section> sections = path.sections().stream().map(section -> section.withItems(section.items().stream()
                .map(item -> item.id().equals(LEARN_SQL) ? item.withTitle(title) : item).toList())).toList();
        return new LearningPath(path.id(), version, path.title(), path.tagline(), path.overview(), path.industries(),
                path.skills(), sections, path.selfChecks(), List.of(), path.milestones());
    }

    @Test
    void aFileFromOutsideWithSuchATitleIsRefusedButTheStoredPathReadsBack() {
        String file = new PathFileWriter().write(installedWithATab());
        byte[] bytes = file.getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new PathFileReader().read("old.json", new ByteArrayInputStream(bytes)))
                .isInstanceOf(PathFileException.class).hasMessageContaining("is not one line: it holds U+0009");
        assertThat(PathFileReader.forStoredPaths().read("stored", new ByteArrayInputStream(bytes)).item(LEARN_SQL)
                .map(Item::title)).contains(TABBED);
    }

    @Test
    void aPathStoredWithATabInATitleStillTakesAnUpdate() {
        LearningPath tabbed = installedWithATab();
        LearningPath newer = retitled(tabbed, "Learn SQL", tabbed.contentVersion() + 1);

        PathFiles.Imported imported = stepwise.pathFiles().importPath(newer, false);

        assertThat(imported.plan().update()).hasValueSatisfying(update -> assertThat(update.changes()).isNotEmpty());
        assertThat(stepwise.progress().load(FixturePath.ID).path().item(LEARN_SQL).map(Item::title)).contains("Learn SQL");
    }

    @Test
    void anUpdateThatLeavesSuchATitleAloneKeepsIt() {
        LearningPath tabbed = installedWithATab();
        LearningPath newer = new LearningPath(tabbed.id(), tabbed.contentVersion() + 1, "Fixture Engineer, revised", tabbed.tagline(),
                tabbed.overview(), tabbed.industries(), tabbed.skills(), tabbed.sections(), tabbed.selfChecks(), List.of(),
                tabbed.milestones());

        stepwise.pathFiles().importPath(newer, false);

        LearningPath updated = stepwise.progress().load(FixturePath.ID).path();
        assertThat(updated.title()).isEqualTo("Fixture Engineer, revised");
        assertThat(updated.item(LEARN_SQL).map(Item::title)).contains(TABBED);
    }

    @Test
    void aBackupOfSuchAPathIsRestored() {
        installedWithATab();
        BackupService.Written backup = stepwise.backups().backUp(BackupReason.MANUAL);
        stepwise.workspace().delete(FixturePath.ID);

        stepwise.backups().restore(backup.backup().file());

        assertThat(stepwise.progress().load(FixturePath.ID).path().item(LEARN_SQL).map(Item::title)).contains(TABBED);
    }
}
