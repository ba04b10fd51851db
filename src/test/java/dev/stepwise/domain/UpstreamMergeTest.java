package dev.stepwise.domain;

import static dev.stepwise.domain.MergeFixtures.EARLIER;
import static dev.stepwise.domain.MergeFixtures.NOW;
import static dev.stepwise.domain.MergeFixtures.addItem;
import static dev.stepwise.domain.MergeFixtures.busyUpstream;
import static dev.stepwise.domain.MergeFixtures.change;
import static dev.stepwise.domain.MergeFixtures.described;
import static dev.stepwise.domain.MergeFixtures.itemIds;
import static dev.stepwise.domain.MergeFixtures.merge;
import static dev.stepwise.domain.MergeFixtures.rename;
import static dev.stepwise.domain.MergeFixtures.sectionIds;
import static dev.stepwise.domain.MergeFixtures.summary;
import static dev.stepwise.domain.MergeFixtures.v2;
import static dev.stepwise.domain.TestPaths.DEGREE;
import static dev.stepwise.domain.TestPaths.EXPERIENCE;
import static dev.stepwise.domain.TestPaths.LANG;
import static dev.stepwise.domain.TestPaths.SCHEMA;
import static dev.stepwise.domain.TestPaths.SQL_STEP;
import static dev.stepwise.domain.UpstreamChange.Kind.ARCHIVED;
import static dev.stepwise.domain.UpstreamChange.Kind.EDITED;
import static dev.stepwise.domain.UpstreamChange.Kind.REMOVED;
import static dev.stepwise.domain.UpstreamChange.Kind.RENAMED;
import static dev.stepwise.domain.UpstreamChange.Subject.ITEM;
import static dev.stepwise.domain.UpstreamChange.Subject.PATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The three-way merge of a newer bundled path into the learner's copy: one-sided cases, the path's own fields,
 * items removed upstream, the list of changes and the merge's properties. Items' fields and placement are in
 * {@link UpstreamMergeItemsTest}, sections and skills in {@link UpstreamMergeSectionsAndSkillsTest}, random edits in
 * {@link UpstreamMergeRandomTest}.
 */
class UpstreamMergeTest {

    private final LearningPath base = TestPaths.backendPath();

    @Nested
    @DisplayName("without edits on one side")
    class OneSided {

        @Test
        @DisplayName("an unedited copy without progress becomes exactly the newer version")
        void noEditsEqualsTheirs() {
            LearningPath theirs = busyUpstream(base);

            MergeResult result = merge(base, theirs, base);

            assertThat(result.merged()).isEqualTo(theirs);
            assertThat(result.merged().contentVersion()).isEqualTo(2);
        }

        @Test
        @DisplayName("when the newer version changed nothing, the learner's copy stays as it is and nothing is listed")
        void sameVersionKeepsMine() {
            LearningPath mine = rename(PathEdits.moveSection(base, "practice", 0), SQL_STEP, "My SQL");
            mine = SkillEdits.removeSkill(addItem(mine, "steps", 0, "mine", "My own step"), "comms");
            mine = PathEdits.archiveItem(mine, DEGREE, EARLIER);

            MergeResult result = merge(base, base, mine, Set.of(LANG), Set.of("sql"));

            assertThat(result.merged()).isEqualTo(mine);
            assertThat(result.changes()).isEmpty();
        }

        @Test
        @DisplayName("the merged path carries the newer content version")
        void contentVersion() {
            LearningPath mine = rename(base, LANG, "Learn Go");

            assertThat(merge(base, v2(v2(base)), mine).merged().contentVersion()).isEqualTo(3);
        }
    }

    @Nested
    @DisplayName("the path's own fields")
    class PathFields {

        @Test
        @DisplayName("an untouched title takes the newer one and is reported as renamed")
        void renamed() {
            LearningPath theirs = v2(PathEdits.withDetails(base, "Backend Developer", base.tagline(), base.overview()));

            MergeResult result = merge(base, theirs, base);

            assertThat(result.merged().title()).isEqualTo("Backend Developer");
            assertThat(described(result.changes())).containsExactly(change(RENAMED, PATH, base.id(), "Backend Developer",
                    "renamed from “Backend Engineer”"));
        }

        @Test
        @DisplayName("the learner's title is kept against a newer one; their tagline edit and the new overview both stay")
        void perField() {
            LearningPath theirs = v2(PathEdits.withDetails(base, "Backend Developer", base.tagline(), "New overview"));
            LearningPath mine = PathEdits.withDetails(base, "My backend path", "My tagline", base.overview());

            MergeResult result = merge(base, theirs, mine);

            assertThat(result.merged().title()).isEqualTo("My backend path");
            assertThat(result.merged().tagline()).isEqualTo("My tagline");
            assertThat(result.merged().overview()).isEqualTo("New overview");
            assertThat(described(result.changes())).containsExactly(change(EDITED, PATH, base.id(), "My backend path",
                    "changed overview; kept your title “My backend path”"));
        }

        @Test
        @DisplayName("the same change on both sides is no conflict and needs no entry")
        void sameChange() {
            LearningPath theirs = v2(PathEdits.withDetails(base, "Backend Developer", base.tagline(), base.overview()));
            LearningPath mine = PathEdits.withDetails(base, "Backend Developer", base.tagline(), base.overview());

            MergeResult result = merge(base, theirs, mine);

            assertThat(result.merged().title()).isEqualTo("Backend Developer");
            assertThat(result.changes()).isEmpty();
        }

        @Test
        @DisplayName("industries and self-checks, which learners cannot edit, always take the newer version's")
        void industriesAndSelfChecks() {
            LearningPath theirs = new LearningPath(base.id(), 2, base.title(), base.tagline(), base.overview(),
                    List.of("Finance", "Health"), base.skills(), base.sections(),
                    List.of(new SelfCheck("likes-people", "I like explaining things")));

            MergeResult result = merge(base, theirs, base);

            assertThat(result.merged().industries()).containsExactly("Finance", "Health");
            assertThat(result.merged().selfChecks()).isEqualTo(theirs.selfChecks());
            assertThat(described(result.changes())).containsExactly(change(EDITED, PATH, base.id(), base.title(),
                    "changed leading industries, self-checks"));
        }
    }

    @Nested
    @DisplayName("items removed upstream")
    class ItemRemovals {

        @Test
        @DisplayName("an untouched item without progress is removed")
        void removed() {
            MergeResult result = merge(base, v2(PathEdits.removeItem(base, DEGREE)), base);

            assertThat(result.merged().itemIds()).doesNotContain(DEGREE);
            assertThat(described(result.changes())).containsExactly(change(REMOVED, ITEM, DEGREE, "CS degree or equivalent",
                    "removed upstream"));
        }

        @Test
        @DisplayName("an item with progress is archived with its section, restorable with its content")
        void progressArchives() {
            MergeResult result = merge(base, v2(PathEdits.removeItem(base, DEGREE)), base, Set.of(DEGREE), Set.of());

            LearningPath merged = result.merged();
            assertThat(merged.item(DEGREE)).isEmpty();
            assertThat(merged.archived()).containsExactly(
                    new ArchivedItem(base.item(DEGREE).orElseThrow(), "background", NOW));
            assertThat(described(result.changes())).containsExactly(change(ARCHIVED, ITEM, DEGREE, "CS degree or equivalent",
                    "kept: you have progress on it — archived, restore it any time"));
            assertThat(itemIds(PathEdits.restoreItem(merged, DEGREE), "background")).containsExactly(EXPERIENCE, DEGREE);
        }

        @Test
        @DisplayName("an item the learner edited is archived with their edits, even without progress")
        void editsArchive() {
            LearningPath mine = rename(base, DEGREE, "My degree");

            MergeResult result = merge(base, v2(PathEdits.removeItem(base, DEGREE)), mine);

            assertThat(result.merged().archivedItem(DEGREE).orElseThrow().item().title()).isEqualTo("My degree");
            assertThat(described(result.changes())).containsExactly(change(ARCHIVED, ITEM, DEGREE, "My degree",
                    "kept: you changed it — archived, restore it any time"));
        }

        @Test
        @DisplayName("an archived item whose section goes too is re-pointed to the first section")
        void sectionGoesToo() {
            LearningPath theirs = v2(PathEdits.removeSection(base, "background"));

            MergeResult result = merge(base, theirs, base, Set.of(DEGREE), Set.of());

            assertThat(sectionIds(result.merged())).containsExactly("steps", "practice");
            assertThat(result.merged().archived()).extracting(ArchivedItem::id, ArchivedItem::sectionId)
                    .containsExactly(tuple(DEGREE, "steps"));
            assertThat(summary(result)).containsExactly(
                    "REMOVED SECTION background", "ARCHIVED ITEM " + DEGREE, "REMOVED ITEM " + EXPERIENCE);
        }
    }

    @Nested
    @DisplayName("the list of changes")
    class Changes {

        @Test
        @DisplayName("is empty when the newer version equals the base, whatever the learner did")
        void emptyWithoutUpstreamChange() {
            LearningPath mine = PathEdits.moveItem(rename(base, LANG, "Learn Go"), SCHEMA, "steps", 0);
            mine = SkillEdits.updateSkill(PathEdits.removeSection(mine, "background"), "sql", "SQL", "Data", "", Level.AWARE);

            assertThat(merge(base, v2(base), mine, Set.of(DEGREE, SQL_STEP), Set.of("sql")).changes()).isEmpty();
        }

        @Test
        @DisplayName("lists each upstream change once, in path order: path, sections with their items, skills")
        void pathOrder() {
            MergeResult result = merge(base, busyUpstream(base), base, Set.of(DEGREE), Set.of());

            assertThat(summary(result)).containsExactly(
                    "RENAMED PATH backend-engineer",
                    "ADDED ITEM docker-step",
                    "MOVED ITEM " + SCHEMA,
                    "ARCHIVED ITEM " + DEGREE,
                    "RENAMED SECTION practice",
                    "ADDED SECTION projects",
                    "ADDED ITEM portfolio",
                    "RENAMED SKILL sql",
                    "ADDED SKILL docker");
            assertThat(result.changes()).extracting(UpstreamChange::title).containsExactly(
                    "Backend Developer", "Learn Docker", "Design database schemas", "CS degree or equivalent",
                    "Practice", "Projects", "Build a portfolio project", "Databases", "Containers");
        }
    }

    @Nested
    @DisplayName("properties")
    class Properties {

        @Test
        @DisplayName("merging the newer version again into the result changes nothing")
        void idempotent() {
            LearningPath mine = rename(PathEdits.moveItem(base, SCHEMA, "background", 0), SQL_STEP, "My SQL");
            mine = addItem(SkillEdits.updateSkill(mine, "sql", "SQL", Skill.TECHNICAL, "", Level.AWARE), "practice", 0,
                    "mine", "My own item");
            LearningPath theirs = PathEdits.removeSection(rename(busyUpstream(base), SQL_STEP, "Learn SQL"), "background");
            Set<String> progress = Set.of(DEGREE, LANG);

            MergeResult first = merge(base, theirs, mine, progress, Set.of("comms"));
            MergeResult again = merge(theirs, theirs, first.merged(), progress, Set.of("comms"));

            assertThat(first.changes()).isNotEmpty();
            assertThat(again.merged()).isEqualTo(first.merged());
            assertThat(again.changes()).isEmpty();
        }

        @Test
        @DisplayName("the same inputs give the same result")
        void deterministic() {
            LearningPath mine = new RandomEdits(7, "my").apply(base, 8, true);
            LearningPath theirs = v2(new RandomEdits(8, "up").apply(base, 8, false));

            assertThat(merge(base, theirs, mine, Set.of(LANG), Set.of())).isEqualTo(merge(base, theirs, mine, Set.of(LANG), Set.of()));
        }
    }
}
