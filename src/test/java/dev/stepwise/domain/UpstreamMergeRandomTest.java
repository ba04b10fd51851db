package dev.stepwise.domain;

import static dev.stepwise.domain.MergeFixtures.archivedIds;
import static dev.stepwise.domain.MergeFixtures.merge;
import static dev.stepwise.domain.MergeFixtures.sectionIds;
import static dev.stepwise.domain.MergeFixtures.skillIds;
import static dev.stepwise.domain.MergeFixtures.v2;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link UpstreamMerge} over random edits made with the real edit functions ({@link RandomEdits}): the properties
 * that must hold for every combination, not only for the cases the other merge tests spell out.
 */
class UpstreamMergeRandomTest {

    private final LearningPath base = TestPaths.backendPath();

    static Stream<Integer> seeds() {
        return IntStream.range(0, 60).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("an unedited copy without progress becomes exactly the newer version (random upstream edits)")
    void randomUpstreamEdits(int seed) {
        LearningPath randomBase = new RandomEdits(seed, "b").apply(base, 4, false);
        LearningPath theirs = v2(new RandomEdits(seed + 1000L, "up").apply(randomBase, 1 + seed % 10, false));

        MergeResult result = merge(randomBase, theirs, randomBase);

        assertThat(result.merged()).isEqualTo(theirs);
        assertThat(merge(theirs, theirs, result.merged()).changes()).isEmpty();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("random edits on both sides: nothing of the learner's is lost, ids stay unique, merging is idempotent")
    void randomEditsOnBothSides(int seed) {
        LearningPath randomBase = new RandomEdits(seed, "b").apply(base, 4, false);
        boolean sameIds = seed % 4 == 0;
        LearningPath theirs = v2(new RandomEdits(seed + 1000L, sameIds ? "x" : "up").apply(randomBase, 8, false));
        LearningPath mine = new RandomEdits(seed + 2000L, sameIds ? "x" : "my").apply(randomBase, 8, true);
        Random random = new Random(seed);
        Set<String> progress = new HashSet<>();
        mine.itemIds().stream().filter(id -> random.nextBoolean()).forEach(progress::add);
        Set<String> skillProgress = new HashSet<>();
        mine.skills().stream().filter(skill -> random.nextInt(3) == 0).forEach(skill -> skillProgress.add(skill.id()));

        MergeResult result = merge(randomBase, theirs, mine, progress, skillProgress);
        LearningPath merged = result.merged();

        List<String> allItemIds = Stream.concat(merged.items().map(Item::id), archivedIds(merged).stream()).toList();
        assertThat(allItemIds).doesNotHaveDuplicates();
        assertThat(sectionIds(merged)).doesNotHaveDuplicates();
        assertThat(skillIds(merged)).doesNotHaveDuplicates();
        assertThat(merged.contentVersion()).isEqualTo(theirs.contentVersion());
        assertThat(allItemIds).containsAll(progress);
        assertThat(archivedIds(merged)).containsAll(archivedIds(mine));
        assertThat(skillIds(merged)).containsAll(skillProgress);
        mine.items().filter(item -> !randomBase.itemIds().contains(item.id())).forEach(own ->
                assertThat(merged.sectionOf(own.id()).map(Section::id)).contains(mine.sectionOf(own.id()).orElseThrow().id()));
        randomBase.items().map(Item::id).filter(id -> theirs.item(id).isPresent() && !mine.itemIds().contains(id))
                .forEach(deleted -> assertThat(allItemIds).doesNotContain(deleted));
        assertThat(allItemIds).allMatch(id -> mine.itemIds().contains(id) || theirs.itemIds().contains(id));
        Stream.concat(merged.items(), merged.archived().stream().map(ArchivedItem::item)).forEach(item ->
                assertThat(skillIds(merged)).containsAll(item.skillIds()));

        MergeResult again = merge(theirs, theirs, merged, progress, skillProgress);
        assertThat(again.merged()).isEqualTo(merged);
        assertThat(again.changes()).isEmpty();
        assertThat(merge(randomBase, v2(randomBase), mine).merged()).isEqualTo(v2(mine));
    }
}
