package dev.stepwise.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new item's sub-steps, resources and skill links are written several rows per statement; counts on both sides of
 * the statement size (none, one, a full statement, a full one and a remainder) must read back in order.
 */
class NewItemPartsTest {
    private static final Instant NOW = Instant.parse("2026-01-10T09:00:00.000000000Z");

    @TempDir
    Path dir;

    @Test
    void partsOfEveryCountReadBackInTheirOrder() {
        List<Skill> skills = IntStream.range(0, 17)
                .mapToObj(i -> new Skill("skill-" + (char) ('q' - i), "Skill " + i, Skill.TECHNICAL, "", Level.GUIDED))
                .toList();
        List<Item> items = List.of(item("none", 0, 0, 0), item("one", 1, 1, 1), item("full", 8, 8, 8),
                item("many", 19, 9, 17));
        LearningPath path = new LearningPath("p", 1, "Parts", "", "", List.of(), skills,
                List.of(new Section("s", SectionKind.STEPS, "Steps", "", items)), List.of());

        try (Database database = Database.open(dir.resolve("stepwise.db"))) {
            PathRepository paths = new PathRepository(database);
            database.inTransaction(() -> paths.insert(path, PathOrigin.OWN, NOW));

            assertThat(database.inTransaction(() -> paths.load("p")).orElseThrow().sections().get(0).items())
                    .containsExactlyElementsOf(items);
        }
        assertThat(Probe.rows(dir.resolve("stepwise.db"), "SELECT count(*) FROM sub_item")).containsExactly(List.of("28"));
        assertThat(Probe.rows(dir.resolve("stepwise.db"),
                "SELECT position, id FROM sub_item WHERE item_id = 'many' AND position IN (7, 8, 18) ORDER BY position"))
                .containsExactly(List.of("7", "sub-l"), List.of("8", "sub-k"), List.of("18", "sub-a"));
    }

    /** Ids run backwards so that reading in id order and reading in position order differ. */
    private static Item item(String id, int subItems, int resources, int skills) {
        return new Item(id, "Item " + id, "",
                IntStream.range(0, subItems).mapToObj(i -> new SubItem("sub-" + (char) ('s' - i), "Step " + i)).toList(),
                IntStream.range(0, resources).mapToObj(i -> new Resource("Site " + i, "https://example.com/" + (9 - i))).toList(),
                IntStream.range(0, skills).mapToObj(i -> "skill-" + (char) ('q' - (skills - 1 - i))).toList(), null, null);
    }
}
