package dev.stepwise.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Section;
import dev.stepwise.io.PathFileReader;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmarks' path generator (not the benchmarks: those print figures and are never run as tests). */
class SyntheticPathTest {

    @Test
    void theSameSeedGivesTheSamePathAndAnotherSeedAnotherOne() {
        assertThat(SyntheticPath.generate(7, 120, 5, 20)).isEqualTo(SyntheticPath.generate(7, 120, 5, 20));
        assertThat(SyntheticPath.generate(8, 120, 5, 20)).isNotEqualTo(SyntheticPath.generate(7, 120, 5, 20));
    }

    @Test
    void hasTheRequestedCountsAndTheItemShape() {
        LearningPath path = SyntheticPath.generate(1, 103, 5, 20);

        assertThat(path.sections()).hasSize(5);
        assertThat(path.sections()).extracting(section -> section.items().size()).containsExactly(21, 21, 21, 20, 20);
        assertThat(path.items().count()).isEqualTo(103);
        assertThat(path.itemIds()).hasSize(103);
        assertThat(path.skills()).hasSize(20);
        List<Item> items = path.sections().stream().map(Section::items).flatMap(List::stream).toList();
        assertThat(items).allSatisfy(item -> {
            assertThat(item.subItems()).hasSizeBetween(3, 5);
            assertThat(item.resources()).hasSizeBetween(1, 2).allSatisfy(resource -> assertThat(resource.url()).startsWith("https://"));
            assertThat(item.skillIds()).hasSizeBetween(1, 4).doesNotHaveDuplicates();
            assertThat(item.title().length()).isBetween(15, 120);
            assertThat(item.detail().length()).isBetween(120, 360);
        });
    }

    @Test
    void theWrittenFileReadsBackEqualThroughTheStrictReader(@TempDir Path folder) throws Exception {
        LearningPath path = SyntheticPath.generate(3, 60, 4, 12);

        Path file = SyntheticPath.write(path, folder.resolve("synthetic.json"));

        try (InputStream in = Files.newInputStream(file)) {
            assertThat(new PathFileReader().read(file.getFileName().toString(), in)).isEqualTo(path);
        }
    }
}
