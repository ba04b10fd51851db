package dev.stepwise.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.ProgressFile;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.fixtures.TestClock;
import dev.stepwise.io.ProgressFileReader;
import dev.stepwise.io.ProgressFileWriter;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exporting the progress on an installed path, made through the services on a real database file. */
class ProgressFilesTest {
    private static final String PATH = FixturePath.ID;

    @TempDir
    Path dir;
    private TestClock clock;
    private Stepwise stepwise;

    @BeforeEach
    void open() {
        clock = TestClock.utc("2026-03-30T09:00:00Z");
        stepwise = Stepwise.open(dir.resolve("stepwise.db"), List.of(FixturePath.path()), clock);
    }

    @AfterEach
    void close() {
        stepwise.close();
    }

    /** Progress of every kind: statuses with their dates, a note, ticked sub-steps, ratings with notes, a target, an answer. */
    private void makeProgress() {
        ProgressService progress = stepwise.progress();
        progress.setStatus(PATH, FixturePath.LEARN_LANGUAGE, ItemStatus.LEARNING);
        progress.setSubItemDone(PATH, FixturePath.LEARN_LANGUAGE, FixturePath.LEARN_GIT, true);
        progress.setSubItemDone(PATH, FixturePath.LEARN_LANGUAGE, FixturePath.CHOOSE_LANGUAGE, true);
        progress.rate(PATH, FixturePath.LANGUAGE.id(), Level.AWARE, "Read the tour.");
        progress.setStatus(PATH, FixturePath.BUILD_API, ItemStatus.LEARNING);
        progress.setStatus(PATH, FixturePath.BUILD_API, ItemStatus.SKIPPED);
        clock.advance(Duration.ofDays(2).plusHours(8).plusMinutes(45).plusSeconds(30).plusNanos(123_456_000));
        progress.saveNote(PATH, FixturePath.LEARN_LANGUAGE, "Chose Kotlin.");
        progress.setStatus(PATH, FixturePath.LEARN_LANGUAGE, ItemStatus.DONE);
        progress.rate(PATH, FixturePath.LANGUAGE.id(), Level.INDEPENDENT, "Shipped a CLI.");
        progress.setStatus(PATH, FixturePath.LEARN_SQL, ItemStatus.LEARNING);
        progress.setTarget(PATH, FixturePath.DATABASES.id(), Level.TEACHES);
        progress.answerSelfCheck(PATH, "likes-bug-hunts", SelfCheckAnswer.NOT_SURE);
        clock.advance(Duration.ofHours(2));
    }

    @Test
    void exportsEveryKindOfProgress() {
        makeProgress();
        assertThat(stepwise.progressFiles().export(PATH)).isEqualTo("""
                {
                  "format" : "stepwise-progress",
                  "formatVersion" : 2,
                  "pathId" : "fixture-path",
                  "exportedAt" : "2026-04-01T19:45:30.123456000Z",
                  "items" : [
                    {
                      "itemId" : "build-api",
                      "status" : "skipped",
                      "startedOn" : "2026-03-30"
                    },
                    {
                      "itemId" : "learn-language",
                      "status" : "done",
                      "note" : "Chose Kotlin.",
                      "startedOn" : "2026-03-30",
                      "doneOn" : "2026-04-01",
                      "doneSubItems" : [
                        "choose-language",
                        "learn-git"
                      ]
                    },
                    {
                      "itemId" : "learn-sql",
                      "status" : "learning",
                      "startedOn" : "2026-04-01"
                    }
                  ],
                  "skills" : [
                    {
                      "skillId" : "databases",
                      "ownTarget" : 4,
                      "ratings" : [ ]
                    },
                    {
                      "skillId" : "language",
                      "ratings" : [
                        {
                          "level" : 1,
                          "ratedAt" : "2026-03-30T09:00:00.000000000Z",
                          "note" : "Read the tour."
                        },
                        {
                          "level" : 3,
                          "ratedAt" : "2026-04-01T17:45:30.123456000Z",
                          "note" : "Shipped a CLI."
                        }
                      ]
                    }
                  ],
                  "selfCheckAnswers" : [
                    {
                      "selfCheckId" : "likes-bug-hunts",
                      "answer" : "not-sure"
                    }
                  ],
                  "studyTime" : [ ],
                  "reviews" : [ ]
                }
                """);
    }

    @Test
    void theExportReadsBackToTheStoredProgressAndWritesTheSameBytes() {
        makeProgress();
        String exported = stepwise.progressFiles().export(PATH);
        ProgressFile read = new ProgressFileReader().read("export.json",
                new ByteArrayInputStream(exported.getBytes(StandardCharsets.UTF_8)));
        PathState stored = stepwise.progress().load(PATH);
        assertThat(read.pathId()).isEqualTo(PATH);
        assertThat(read.exportedAt()).isEqualTo(clock.instant());
        assertThat(read.items()).isEqualTo(stored.items());
        assertThat(read.skills()).isEqualTo(stored.skills());
        assertThat(read.selfCheckAnswers()).isEqualTo(stored.selfCheckAnswers());
        assertThat(new ProgressFileWriter(clock).write(read).getBytes(StandardCharsets.UTF_8))
                .isEqualTo(exported.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesAPathThatIsNotInstalled() {
        assertThatThrownBy(() -> stepwise.progressFiles().export("no-such-path"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("No path with id \"no-such-path\" is installed")
                .isInstanceOfSatisfying(InvalidEditException.class, refused -> assertThat(refused.explanation()
                        .in(ResourceBundle.getBundle(Phrase.BUNDLE, Locale.GERMAN), Locale.GERMAN))
                        .isEqualTo("Es ist kein Pfad mit der ID „no-such-path“ installiert."));
    }
}
