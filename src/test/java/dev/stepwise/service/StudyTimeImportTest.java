package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.ProgressMerge;
import dev.stepwise.domain.Review;
import dev.stepwise.domain.ReviewPlan;
import dev.stepwise.domain.StudyLog;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.store.Probe;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study time and reviews travel in progress files: exported, imported elsewhere, and never counted twice. */
class StudyTimeImportTest {
    private static final String PATH = FixturePath.ID;

    @TempDir
    Path dir;
    private TestClock clock;
    private Stepwise first;
    private Stepwise second;

    @BeforeEach
    void open() {
        clock = TestClock.utc("2026-03-30T09:00:00Z");
        first = Stepwise.open(dir.resolve("first.db"), List.of(FixturePath.path()), clock);
        second = Stepwise.open(dir.resolve("second.db"), List.of(FixturePath.path()), clock);
    }

    @AfterEach
    void close() {
        first.close();
        second.close();
    }

    private static ProgressFile read(String json) {
        return new ProgressFileReader().read("progress.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private String exportedWithStudy() {
        first.progress().setStatus(PATH, FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        first.studyTime().logTime(PATH, FixturePath.LEARN_LANGUAGE, 45);
        first.studyTime().startTimer(PATH, FixturePath.LEARN_SQL);
        clock.advance(Duration.ofMinutes(30));
        first.studyTime().stopTimer(PATH);
        first.reviews().schedule(PATH, FixturePath.LEARN_LANGUAGE, ReviewPlan.SPACED);
        return first.progressFiles().export(PATH);
    }

    @Test
    void exportedStudyTimeAndReviewsArriveWhole() {
        String exported = exportedWithStudy();
        ProgressMerge.Result result = second.progressFiles().importProgress("progress.json", read(exported));

        assertThat(result.newStudyTime()).hasSize(2);
        assertThat(result.changes()).extracting(change -> change.detail().english())
                .contains("+45 min of study time", "+30 min of study time", "review on 2026-03-31");
        StudyLog there = second.studyTime().load(PATH);
        StudyLog here = first.studyTime().load(PATH);
        assertThat(there.entries()).containsExactlyInAnyOrderElementsOf(here.entries());
        assertThat(there.reviews()).isEqualTo(here.reviews());
        assertThat(second.progressFiles().export(PATH)).as("exported again, the same file").isEqualTo(exported);
    }

    @Test
    void importingTheSameFileTwiceCountsItsMinutesOnce() {
        ProgressFile file = read(exportedWithStudy());
        second.progressFiles().importProgress("progress.json", file);
        ProgressMerge.Result again = second.progressFiles().importProgress("progress.json", file);

        assertThat(again.changesNothing()).isTrue();
        assertThat(second.studyTime().load(PATH).minutesOf(FixturePath.LEARN_LANGUAGE)).isEqualTo(45);
        assertThat(Probe.count(dir.resolve("second.db"), "study_time")).isEqualTo(2);
        assertThat(first.progressFiles().preview("progress.json", file).changesNothing()).as("into the path it came from").isTrue();
    }

    @Test
    void studyTimeOnAnItemThePathLacksAndAReviewOfAnItemNotDoneHereAreSkipped() {
        String exported = exportedWithStudy().replace("\"learn-sql\"", "\"gone-item\"");
        ProgressFile file = read(exported);
        // Here the done item is only learning, and the file does not say otherwise once its item entry is removed.
        Map<String, Review> reviews = new HashMap<>(file.reviews());
        reviews.put("gone-item", file.reviews().values().iterator().next());
        ProgressFile withoutItems = new ProgressFile(file.pathId(), file.exportedAt(), Map.of(), file.skills(),
                file.selfCheckAnswers(), file.studyTime(), reviews);
        second.progress().setStatus(PATH, FixturePath.LEARN_LANGUAGE, ItemStatus.LEARNING);

        ProgressMerge.Result result = second.progressFiles().importProgress("progress.json", withoutItems);

        assertThat(result.skipped()).extracting(phrase -> phrase.english()).containsExactlyInAnyOrder(
                "study time on item \"gone-item\": not in this path", "review of item \"learn-language\": not done in this path",
                "review of item \"gone-item\": not in this path");
        assertThat(second.studyTime().load(PATH).entries()).hasSize(1);
        assertThat(second.studyTime().load(PATH).reviews()).isEmpty();
    }
}
