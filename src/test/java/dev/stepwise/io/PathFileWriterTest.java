package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathEdits;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.store.SamplePaths;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Writing a path as a {@code stepwise-path} document: what is written reads back equal ({@link PathFileReader}),
 * the learner's archive stays out of it, and absent values are left out rather than written as {@code null}. The
 * round trip of the bundled file itself is in {@code BundledBackendEngineerPathTest}.
 */
class PathFileWriterTest {
    private final PathFileWriter writer = new PathFileWriter();

    private static LearningPath read(String json) {
        return new PathFileReader().read("written.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode tree(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    private static JsonNode item(JsonNode document, String itemId) {
        return StreamSupport.stream(document.get("sections").spliterator(), false)
                .flatMap(section -> StreamSupport.stream(section.get("items").spliterator(), false))
                .filter(item -> item.get("id").asText().equals(itemId))
                .findFirst().orElseThrow();
    }

    @Test
    void theSamplePathReadsBackEqualWithEveryListInItsOrder() {
        // Every list of the sample is out of alphabetical order, and it has an estimate of 0 and items without one.
        LearningPath sample = SamplePaths.sample();

        assertThat(read(writer.write(sample))).isEqualTo(sample);
    }

    @Test
    void theCompactFormReadsBackEqualAndIsOneLineAndShorter() {
        LearningPath sample = SamplePaths.sample();

        String compact = writer.writeCompact(sample);

        assertThat(read(compact)).isEqualTo(sample);
        assertThat(compact).doesNotContain("\n").hasSizeLessThan(writer.write(sample).length() * 3 / 4);
    }

    @Test
    void theFixturePathReadsBackEqual() {
        assertThat(read(writer.write(FixturePath.path()))).isEqualTo(FixturePath.path());
    }

    @Test
    void aPathOfTheLearnersOwnWithTextTheyTypedReadsBackEqual() {
        Item item = new Item("quotes", "\"Quoted\" & <angled> — ünïcödé", "Line one\nline two\ttabbed \\ backslash",
                List.of(new SubItem("s", "Sub-step with emoji 🚀")),
                List.of(new Resource("Query string", "https://example.com/search?q=a+b&lang=en#top")),
                List.of("own"), 10_000, LocalDate.of(2027, 2, 28));
        LearningPath own = new LearningPath("my-path", 3, "Mein Weg", "", "", List.of(),
                List.of(new Skill("own", "Own skill", "Cloud", "", Level.NOT_YET)),
                List.of(new Section("steps", SectionKind.STEPS, "Steps", "", List.of(item)),
                        new Section("empty", SectionKind.BACKGROUND, "Nothing yet", "", List.of())),
                List.of());

        assertThat(read(writer.write(own))).isEqualTo(own);
    }

    @Test
    void archivedItemsAreNotWritten() {
        LearningPath archived = PathEdits.archiveItem(SamplePaths.sample(), SamplePaths.SECOND,
                Instant.parse("2026-02-01T12:00:00Z"));

        String json = writer.write(archived);

        assertThat(archived.archived()).hasSize(1);
        assertThat(json).doesNotContain(SamplePaths.SECOND).doesNotContain("Talk about it");
        LearningPath read = read(json);
        assertThat(read.archived()).isEmpty();
        assertThat(read).isEqualTo(new LearningPath(archived.id(), archived.contentVersion(), archived.title(),
                archived.tagline(), archived.overview(), archived.industries(), archived.skills(), archived.sections(),
                archived.selfChecks()));
    }

    @Test
    void absentValuesAreLeftOutNotWrittenAsNullButZeroIsWritten() throws Exception {
        JsonNode document = tree(writer.write(SamplePaths.sample()));

        JsonNode withoutEstimate = item(document, SamplePaths.SECOND);
        assertThat(withoutEstimate.has("estimateHours")).isFalse();
        assertThat(withoutEstimate.has("targetDate")).isFalse();
        assertThat(item(document, SamplePaths.THIRD).get("estimateHours").asInt(-1)).as("an estimate of 0").isZero();
        assertThat(item(document, SamplePaths.FIRST).get("targetDate").asText()).isEqualTo("2026-03-31");
        List<String> nulls = new ArrayList<>();
        collectNulls(document, "", nulls);
        assertThat(nulls).as("fields written as null").isEmpty();
    }

    private static void collectNulls(JsonNode node, String where, List<String> nulls) {
        if (node.isNull()) {
            nulls.add(where);
        }
        node.properties().forEach(field -> collectNulls(field.getValue(), where + "." + field.getKey(), nulls));
        for (int i = 0; node.isArray() && i < node.size(); i++) {
            collectNulls(node.get(i), where + "[" + i + "]", nulls);
        }
    }

    @Test
    void theHeaderComesFirstSoStartUpCanReadItWithoutTheRest() throws Exception {
        String json = writer.write(FixturePath.path());

        assertThat(new PathFileReader().readHeader("written.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(new PathFileHeader(FixturePath.ID, 1));
        List<String> fields = new ArrayList<>();
        tree(json).fieldNames().forEachRemaining(fields::add);
        assertThat(fields).startsWith("format", "formatVersion", "id", "contentVersion");
        assertThat(tree(json).get("format").asText()).isEqualTo(PathFileDto.FORMAT);
    }

    @Test
    void writingTheSamePathTwiceGivesTheSameText() {
        // The upstream base is stored as this text; equal paths must not look like a change.
        assertThat(writer.write(FixturePath.path())).isEqualTo(new PathFileWriter().write(FixturePath.path()));
    }
}
