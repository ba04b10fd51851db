package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.HeldProgress;
import dev.stepwise.domain.ItemProgress;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.fixtures.FixturePath;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Path content: saved whole, loaded back exactly, replaced by a newer version without touching progress. */
class PathRepositoryTest {
    private static final Instant T1 = Instant.parse("2026-01-10T09:00:00.000000000Z");
    private static final Instant T2 = Instant.parse("2026-02-20T18:30:00.000000000Z");

    @TempDir
    Path dir;
    private Path file;
    private Database database;
    private PathRepository paths;

    @BeforeEach
    void open() {
        file = dir.resolve("stepwise.db");
        database = Database.open(file);
        paths = new PathRepository(database);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private void save(LearningPath path, Instant now) {
        database.inTransaction(() -> paths.save(path, now));
    }

    // --- save + load -----------------------------------------------------------------------------------------

    @Test
    void aPathShapedLikeARealOneRoundTripsExactly() {
        // The bundled file's own round trip is in BundledBackendEngineerPathTest; this one does not change with it.
        LearningPath path = FixturePath.path();

        save(path, T1);

        assertThat(paths.load(FixturePath.ID)).contains(path);
    }

    @Test
    void saveAndLoadKeepEveryListInItsOwnOrderAndOptionalValues() {
        LearningPath sample = SamplePaths.sample();

        save(sample, T1);
        LearningPath loaded = paths.load(SamplePaths.ID).orElseThrow();

        assertThat(loaded).isEqualTo(sample);
        // Spelled out, so a failure says which order broke (every list is in non-alphabetical order on purpose).
        assertThat(loaded.sections()).extracting(Section::id).containsExactly("z-steps", "a-practice", "m-background");
        assertThat(loaded.sections().get(0).items()).extracting(item -> item.id()).containsExactly(SamplePaths.FIRST, SamplePaths.SECOND);
        var first = loaded.sections().get(0).items().get(0);
        assertThat(first.subItems()).extracting(sub -> sub.id()).containsExactly("z-sub", "a-sub", "m-sub");
        assertThat(first.resources()).extracting(resource -> resource.url())
                .containsExactly("https://b.example.com/sql", "https://a.example.com/sql");
        assertThat(first.skillIds()).containsExactly(SamplePaths.SQL, SamplePaths.API);
        assertThat(first.estimateHours()).isEqualTo(10);
        assertThat(first.targetDate()).isEqualTo(LocalDate.of(2026, 3, 31));
        var second = loaded.sections().get(0).items().get(1);
        assertThat(second.estimateHours()).as("no estimate stays null, not 0").isNull();
        assertThat(second.targetDate()).isNull();
        var third = loaded.sections().get(1).items().get(0);
        assertThat(third.estimateHours()).as("an estimate of 0 stays 0, not null").isEqualTo(0);
        assertThat(third.skillIds()).containsExactly(SamplePaths.API, SamplePaths.SQL, SamplePaths.TALK);
        assertThat(loaded.sections().get(2).kind()).isEqualTo(SectionKind.BACKGROUND);
        assertThat(loaded.sections().get(2).items()).isEmpty();
        assertThat(loaded.skills()).extracting(skill -> skill.id()).containsExactly(SamplePaths.SQL, SamplePaths.API, SamplePaths.TALK);
        assertThat(loaded.industries()).containsExactly("Zeta industry", "Alpha industry");
        assertThat(loaded.selfChecks()).extracting(check -> check.id()).containsExactly("z-check", "a-check");
        assertThat(loaded.overview()).isEqualTo("An overview\nover two lines.");
    }

    @Test
    void saveWritesOneRowPerContentElement() {
        save(SamplePaths.sample(), T1);

        assertThat(Probe.rows(file, "SELECT id, content_version, title, installed_at, updated_at FROM path"))
                .containsExactly(List.of(SamplePaths.ID, "1", "Sample path", Probe.stamp(T1), Probe.stamp(T1)));
        assertThat(Probe.count(file, "path_industry")).isEqualTo(2);
        assertThat(Probe.count(file, "self_check")).isEqualTo(2);
        assertThat(Probe.count(file, "skill")).isEqualTo(3);
        assertThat(Probe.count(file, "section")).isEqualTo(3);
        assertThat(Probe.count(file, "item")).isEqualTo(3);
        assertThat(Probe.count(file, "sub_item")).isEqualTo(4);
        assertThat(Probe.count(file, "resource")).isEqualTo(2);
        assertThat(Probe.count(file, "item_skill")).isEqualTo(6);
        assertThat(Probe.rows(file, "SELECT estimate_hours, target_date FROM item WHERE id = ?", SamplePaths.SECOND))
                .containsExactly(Arrays.asList(null, null));
        assertThat(Probe.rows(file, "SELECT estimate_hours, target_date FROM item WHERE id = ?", SamplePaths.FIRST))
                .containsExactly(List.of("10", "2026-03-31"));
    }

    @Test
    void loadOfAnUnknownPathIsEmpty() {
        save(SamplePaths.sample(), T1);

        assertThat(paths.load("no-such-path")).isEmpty();
    }

    @Test
    void twoPathsMayUseTheSameItemAndSkillIdsWithoutMixing() {
        LearningPath one = SamplePaths.sample();
        LearningPath other = SamplePaths.sample("other-path", 3);

        save(one, T1);
        save(other, T2);

        assertThat(paths.load(one.id())).contains(one);
        assertThat(paths.load(other.id())).contains(other);
        assertThat(Probe.count(file, "item")).isEqualTo(6);
    }

    // --- replacing content -----------------------------------------------------------------------------------

    @Test
    void savingANewerVersionReplacesTheContentWhole() {
        save(SamplePaths.sample(), T1);

        save(SamplePaths.sampleV2(), T2);

        assertThat(paths.load(SamplePaths.ID)).contains(SamplePaths.sampleV2());
        assertThat(paths.hasItem(SamplePaths.ID, SamplePaths.SECOND)).as("removed item").isFalse();
        assertThat(paths.hasItem(SamplePaths.ID, SamplePaths.NEW_ITEM)).as("new item").isTrue();
        assertThat(paths.hasSkill(SamplePaths.ID, SamplePaths.TALK)).as("removed skill").isFalse();
        assertThat(paths.hasSubItem(SamplePaths.ID, SamplePaths.FIRST, "m-sub")).as("removed sub-step").isFalse();
        // No orphans of the old version are left behind in the child tables.
        assertThat(Probe.count(file, "item")).isEqualTo(3);
        assertThat(Probe.count(file, "sub_item")).isEqualTo(3);
        assertThat(Probe.count(file, "resource")).isEqualTo(1);
        assertThat(Probe.count(file, "item_skill")).isEqualTo(4);
        assertThat(Probe.count(file, "skill")).isEqualTo(2);
        assertThat(Probe.count(file, "section")).isEqualTo(2);
        assertThat(Probe.count(file, "path_industry")).isEqualTo(1);
        assertThat(Probe.count(file, "self_check")).isEqualTo(1);
    }

    @Test
    void savingANewerVersionKeepsTheInstallTimeAndSetsTheUpdateTime() {
        save(SamplePaths.sample(), T1);

        save(SamplePaths.sampleV2(), T2);

        assertThat(Probe.rows(file, "SELECT content_version, installed_at, updated_at FROM path WHERE id = ?", SamplePaths.ID))
                .containsExactly(List.of("2", Probe.stamp(T1), Probe.stamp(T2)));
    }

    @Test
    void savingANewerVersionKeepsAllProgressIncludingThatOfRemovedItemsAndSkills() {
        save(SamplePaths.sample(), T1);
        ItemProgressRepository items = new ItemProgressRepository(database);
        SkillProgressRepository skills = new SkillProgressRepository(database);
        ItemProgress removedItemProgress = new ItemProgress(SamplePaths.SECOND, ItemStatus.DONE, "note", Set.of(),
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 11));
        ItemProgress keptItemProgress = new ItemProgress(SamplePaths.FIRST, ItemStatus.LEARNING, "", Set.of("m-sub", "z-sub"),
                LocalDate.of(2026, 1, 10), null);
        Rating removedSkillRating = new Rating(Level.GUIDED, T1, "");
        database.inTransaction(() -> {
            items.save(SamplePaths.ID, removedItemProgress, T1);
            items.save(SamplePaths.ID, keptItemProgress, T1);
            skills.appendRating(SamplePaths.ID, SamplePaths.TALK, removedSkillRating);
            skills.saveTarget(SamplePaths.ID, SamplePaths.SQL, Level.TEACHES, T1);
        });

        save(SamplePaths.sampleV2(), T2);

        assertThat(Probe.count(file, "item_progress")).isEqualTo(2);
        assertThat(Probe.count(file, "sub_item_progress")).isEqualTo(2);
        assertThat(Probe.count(file, "skill_rating")).isEqualTo(1);
        assertThat(Probe.count(file, "skill_target")).isEqualTo(1);
        assertThat(items.find(SamplePaths.ID, SamplePaths.SECOND)).isEqualTo(removedItemProgress);
        assertThat(items.find(SamplePaths.ID, SamplePaths.FIRST)).isEqualTo(keptItemProgress);
        assertThat(skills.find(SamplePaths.ID, SamplePaths.TALK).history()).containsExactly(removedSkillRating);
        assertThat(skills.find(SamplePaths.ID, SamplePaths.SQL).target()).contains(Level.TEACHES);
    }

    @Test
    void savingAPathWhoseItemLinksAnUnknownSkillFailsOnTheForeignKey() {
        assertThatThrownBy(() -> save(SamplePaths.withDanglingSkillLink(SamplePaths.sample(), 1), T1))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("FOREIGN KEY");

        assertThat(Probe.count(file, "path")).isZero();
        assertThat(Probe.count(file, "item")).isZero();
    }

    // --- queries ---------------------------------------------------------------------------------------------

    @Test
    void contentVersionIsEmptyBeforeInstallAndFollowsSaves() {
        assertThat(paths.contentVersion(SamplePaths.ID)).isEmpty();

        save(SamplePaths.sample(), T1);
        assertThat(paths.contentVersion(SamplePaths.ID)).hasValue(1);

        save(SamplePaths.sampleV2(), T2);
        assertThat(paths.contentVersion(SamplePaths.ID)).hasValue(2);
        assertThat(paths.contentVersion("other-path")).isEmpty();
    }

    @Test
    void idsListsPathsOldestInstallFirstAndAnUpdateDoesNotMoveAPath() {
        assertThat(paths.ids()).isEmpty();
        save(SamplePaths.sample("zulu-path", 1), T1);
        save(SamplePaths.sample("alpha-path", 1), T2);

        assertThat(paths.ids()).containsExactly("zulu-path", "alpha-path");

        save(SamplePaths.sample("zulu-path", 2), T2.plusSeconds(60));
        assertThat(paths.ids()).containsExactly("zulu-path", "alpha-path");
    }

    @Test
    void idsOfPathsInstalledAtTheSameInstantAreInIdOrder() {
        save(SamplePaths.sample("zulu-path", 1), T1);
        save(SamplePaths.sample("alpha-path", 1), T1);

        assertThat(paths.ids()).containsExactly("alpha-path", "zulu-path");
    }

    @Test
    void idsOrderFollowsTimeEvenWhenInstantsPrintWithDifferentPrecision() {
        save(SamplePaths.sample("zulu-path", 1), Instant.parse("2026-01-10T09:00:00.000000000Z"));
        save(SamplePaths.sample("alpha-path", 1), Instant.parse("2026-01-10T09:00:00.500000000Z"));

        assertThat(paths.ids()).containsExactly("zulu-path", "alpha-path");
    }

    @Test
    void hasItemHasSubItemAndHasSkillAnswerForThisPathOnly() {
        save(SamplePaths.sample(), T1);

        assertThat(paths.hasItem(SamplePaths.ID, SamplePaths.THIRD)).isTrue();
        assertThat(paths.hasItem(SamplePaths.ID, "no-such-item")).isFalse();
        assertThat(paths.hasItem("other-path", SamplePaths.THIRD)).isFalse();

        assertThat(paths.hasSubItem(SamplePaths.ID, SamplePaths.FIRST, "a-sub")).isTrue();
        assertThat(paths.hasSubItem(SamplePaths.ID, SamplePaths.FIRST, "only-sub")).as("sub-step of another item").isFalse();
        assertThat(paths.hasSubItem(SamplePaths.ID, SamplePaths.FIRST, "no-such-sub")).isFalse();
        assertThat(paths.hasSubItem("other-path", SamplePaths.FIRST, "a-sub")).isFalse();

        assertThat(paths.hasSkill(SamplePaths.ID, SamplePaths.TALK)).isTrue();
        assertThat(paths.hasSkill(SamplePaths.ID, "no-such-skill")).isFalse();
        assertThat(paths.hasSkill("other-path", SamplePaths.TALK)).isFalse();
    }

    @Test
    void heldProgressCountsEveryKindOfProgressOnThisPathOnly() {
        save(SamplePaths.sample(), T1);
        save(SamplePaths.sample("other-path", 1), T1);
        ItemProgressRepository items = new ItemProgressRepository(database);
        SkillProgressRepository skills = new SkillProgressRepository(database);
        SelfCheckAnswerRepository answers = new SelfCheckAnswerRepository(database);
        assertThat(database.inTransaction(() -> paths.heldProgress(SamplePaths.ID)).isEmpty()).isTrue();

        database.inTransaction(() -> {
            items.save(SamplePaths.ID, new ItemProgress(SamplePaths.FIRST, ItemStatus.NOT_STARTED, "", Set.of("m-sub", "z-sub"),
                    null, null), T1);
            items.save(SamplePaths.ID, new ItemProgress(SamplePaths.SECOND, ItemStatus.SKIPPED, "too easy", Set.of(), null, null), T1);
            items.save(SamplePaths.ID, new ItemProgress(SamplePaths.THIRD, ItemStatus.DONE, "", Set.of(), null, null), T1);
            skills.saveTarget(SamplePaths.ID, SamplePaths.SQL, Level.TEACHES, T1);
            // On another path: not counted.
            items.save("other-path", new ItemProgress(SamplePaths.SECOND, ItemStatus.LEARNING, "", Set.of(), null, null), T1);
            skills.appendRating("other-path", SamplePaths.TALK, new Rating(Level.GUIDED, T1, ""));
            answers.save("other-path", "a-check", SelfCheckAnswer.AGREE, T1);
        });

        assertThat(database.inTransaction(() -> paths.heldProgress(SamplePaths.ID)))
                .isEqualTo(new HeldProgress(0, 1, 1, 0, 0, 1, 2, 1));
        assertThat(database.inTransaction(() -> paths.heldProgress("other-path")))
                .isEqualTo(new HeldProgress(1, 0, 0, 1, 1, 0, 0, 0));
    }
}
