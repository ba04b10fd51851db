package dev.stepwise.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stepwise.bench.SyntheticPath;
import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.PathState;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportSkill;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.ReportBuilder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The skills matrix as a PNG, decoded again: a real picture of the data, drawn without a display. */
class MatrixReportImageTest {
    private static final int WHITE = 0xffffff;
    /** The heat colour of level 2 and the target outline, as {@link MatrixImageWriter} draws them. */
    private static final int GUIDED = 0x9cc3f0;
    private static final int TARGET = 0xbc4c00;
    /** The text colours: a count of evidence in ink, a count of none muted. */
    private static final int INK = 0x1f2328;
    private static final int MUTED = 0x59636e;
    /** Where the evidence column starts and the rows (below title and legend) start, at layout size. */
    private static final int EVIDENCE_X = 24 + 240 + 5 * 74 + 150 + 72;
    private static final int BELOW_TITLE = 24 + 84;

    private final Report report = ReportFixture.report(Locale.ENGLISH);

    @Test
    void thePictureDecodesAtTwiceItsLayoutSizeWithTheMatrixColoursInIt() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(ReportFormat.MATRIX_PNG.render(report, ReportProgress.NONE)));

        assertThat(image).isNotNull();
        // 976 wide at layout size; title, head, two categories and seven skills high.
        assertThat(image.getWidth()).isEqualTo(2 * 976);
        assertThat(image.getHeight()).isEqualTo(2 * (24 * 2 + 84 + 44 + 2 * 30 + 7 * 32));
        Set<Integer> colours = new HashSet<>();
        int nonWhite = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != WHITE) {
                    nonWhite++;
                }
            }
        }
        assertThat(colours).as("heat cells, target outlines, text").contains(GUIDED, TARGET).hasSizeGreaterThan(8);
        assertThat(nonWhite).as("drawn pixels").isGreaterThan(image.getWidth() * image.getHeight() / 4 / 20);
    }

    @Test
    void theEvidenceColumnCountsInInkOnlyForSkillsWithEvidence() throws IOException {
        Report noNotes = new ReportBuilder(ReportFixture.CLOCK, Locale.ENGLISH)
                .build(new PathState(FixturePath.path(), Map.of(), Map.of(), Map.of()));
        assertThat(report.skills()).extracting(ReportSkill::evidenceCount).contains(1).containsOnly(0, 1);
        assertThat(noNotes.skills()).extracting(ReportSkill::evidenceCount).containsOnly(0);

        BufferedImage withEvidence = decode(report);
        BufferedImage without = decode(noNotes);

        assertThat(evidenceColumnPixels(withEvidence, INK)).as("the counts of evidence").isGreaterThan(20);
        assertThat(evidenceColumnPixels(without, INK)).as("ink where no skill has evidence").isZero();
        assertThat(evidenceColumnPixels(without, MUTED)).as("heading and the muted zeros").isGreaterThan(20);
    }

    private static BufferedImage decode(Report report) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(ReportFormat.MATRIX_PNG.render(report, ReportProgress.NONE)));
    }

    /** Pixels of exactly this colour in the evidence column, from its heading down, at the picture's double size. */
    private static int evidenceColumnPixels(BufferedImage image, int rgb) {
        int count = 0;
        for (int y = 2 * BELOW_TITLE; y < image.getHeight(); y++) {
            for (int x = 2 * EVIDENCE_X; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == rgb) {
                    count++;
                }
            }
        }
        return count;
    }

    @Test
    void itCountsOneRowPerSkillAndStopsWhenCancelled() {
        AtomicInteger rows = new AtomicInteger();
        ReportFormat.MATRIX_PNG.render(report, rows::incrementAndGet);
        assertThat(rows).hasValue(report.skills().size());

        AtomicInteger before = new AtomicInteger();
        assertThatThrownBy(() -> ReportFormat.MATRIX_PNG.render(report, () -> {
            if (before.incrementAndGet() == 3) {
                throw new CancellationException("cancelled");
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(before).hasValue(3);
    }

    @Test
    void aMatrixTooTallForOnePictureIsRefusedSayingWhatToExportInstead() {
        LearningPath huge = SyntheticPath.generate(3L, 10, 2, 1_200);
        Report tooTall = new ReportBuilder(ReportFixture.CLOCK, Locale.ENGLISH)
                .build(new PathState(huge, Map.of(), Map.of(), Map.of()));

        assertThatThrownBy(() -> ReportFormat.MATRIX_PNG.render(tooTall, ReportProgress.NONE))
                .isInstanceOfSatisfying(InvalidEditException.class, refused -> assertThat(refused.explanation())
                        .isEqualTo(Phrase.of("report.tooManySkillsForPicture", 1_200)))
                .hasMessageStartingWith("1,200 skills are too many for one picture").hasMessageContaining("HTML");
    }
}
