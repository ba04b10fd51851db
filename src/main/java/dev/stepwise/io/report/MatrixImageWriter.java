package dev.stepwise.io.report;

import dev.stepwise.domain.InvalidEditException;
import dev.stepwise.domain.Phrase;
import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportSkill;
import dev.stepwise.domain.report.ReportWords.Word;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The skills matrix as a PNG, drawn from the report's data with Java2D (not a screenshot of the window): rows are
 * skills grouped by category, columns the levels 0–4; cells up to the current level are filled in a heat scale, the
 * target cell is outlined, target, gap and the evidence count stand beside. Java2D draws into memory on any thread,
 * with or without a display, so the window writes it off the FX thread and tests decode it without a toolkit. Drawn at
 * twice the size it is laid out at, so it stays sharp in a portfolio or on a slide; light background, so it prints.
 */
final class MatrixImageWriter {
    private static final int MARGIN = 24;
    private static final int NAME_WIDTH = 240;
    private static final int CELL = 74;
    private static final int TARGET_WIDTH = 150;
    /** Room for the longest word the gap column has ("erreicht", bold). */
    private static final int GAP_WIDTH = 72;
    /** Room for the evidence column's heading ("Nachweise", bold), set off from the gap's "erreicht". */
    private static final int EVIDENCE_WIDTH = 96;
    private static final int EVIDENCE_INSET = 8;
    private static final int WIDTH = MARGIN * 2 + NAME_WIDTH + CELL * 5 + TARGET_WIDTH + GAP_WIDTH + EVIDENCE_WIDTH;
    private static final int TITLE_HEIGHT = 84;
    private static final int HEAD_HEIGHT = 44;
    private static final int CATEGORY_HEIGHT = 30;
    private static final int ROW_HEIGHT = 32;
    /** Beyond this many pixels high the image is drawn at its layout size rather than twice it. */
    private static final int DOUBLE_UP_TO = 16_000;
    private static final int MAX_HEIGHT = 32_000;

    private static final Color INK = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x59636e);
    private static final Color LINE = new Color(0xd1d9e0);
    private static final Color SOFT = new Color(0xf6f8fa);
    private static final Color NOT_YET = new Color(0xe4e8ec);
    private static final Color[] HEAT = {NOT_YET, new Color(0xd3e5fa), new Color(0x9cc3f0), new Color(0x4f8fdb),
        new Color(0x1d5aa8)};
    private static final Color TARGET = new Color(0xbc4c00);
    private static final Color MET = new Color(0x1a7f37);
    private static final String FONT = Font.SANS_SERIF;

    static {
        // The picture needs no display. Drawing headless keeps AWT from starting a native toolkit of its own beside
        // JavaFX's (on macOS both would want the AppKit thread); Stepwise uses AWT for nothing else. A value given on
        // the command line wins.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private MatrixImageWriter() {
    }

    static byte[] write(Report report, ReportProgress progress) {
        Map<String, List<ReportSkill>> categories = new LinkedHashMap<>();
        report.skills().forEach(skill -> categories.computeIfAbsent(skill.category(), key -> new ArrayList<>())
                .add(skill));
        int height = MARGIN * 2 + TITLE_HEIGHT + HEAD_HEIGHT + categories.size() * CATEGORY_HEIGHT
                + report.skills().size() * ROW_HEIGHT;
        if (height > MAX_HEIGHT) {
            // Said in the learner's language, with what to do instead: the other formats have no such limit.
            throw new InvalidEditException(Phrase.of("report.tooManySkillsForPicture", report.skills().size()));
        }
        int scale = height * 2 <= DOUBLE_UP_TO ? 2 : 1;
        BufferedImage image = new BufferedImage(WIDTH * scale, height * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            int y = title(g, report, MARGIN);
            y = head(g, report, y);
            for (Map.Entry<String, List<ReportSkill>> category : categories.entrySet()) {
                g.setColor(SOFT);
                g.fillRect(MARGIN, y, WIDTH - 2 * MARGIN, CATEGORY_HEIGHT);
                g.setColor(INK);
                g.setFont(new Font(FONT, Font.BOLD, 14));
                text(g, category.getKey(), MARGIN + 8, y + 20, WIDTH - 2 * MARGIN - 16);
                y += CATEGORY_HEIGHT;
                for (ReportSkill skill : category.getValue()) {
                    row(g, skill, y);
                    y += ROW_HEIGHT;
                    progress.row();
                }
            }
        } finally {
            g.dispose();
        }
        return png(image);
    }

    private static int title(Graphics2D g, Report report, int y) {
        g.setColor(INK);
        g.setFont(new Font(FONT, Font.BOLD, 22));
        text(g, report.title(), MARGIN, y + 24, WIDTH - 2 * MARGIN);
        g.setColor(MUTED);
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        text(g, report.word(Word.MATRIX_TITLE) + " · " + report.word(Word.GENERATED) + " " + report.generated(),
                MARGIN, y + 48, WIDTH - 2 * MARGIN);
        text(g, report.word(Word.MATRIX_LEGEND), MARGIN, y + 68, WIDTH - 2 * MARGIN);
        return y + TITLE_HEIGHT;
    }

    private static int head(Graphics2D g, Report report, int y) {
        g.setColor(MUTED);
        g.setFont(new Font(FONT, Font.BOLD, 13));
        text(g, report.word(Word.SKILL), MARGIN + 8, y + 28, NAME_WIDTH - 16);
        for (int level = 0; level < 5; level++) {
            int x = MARGIN + NAME_WIDTH + level * CELL;
            g.setFont(new Font(FONT, Font.BOLD, 15));
            centred(g, Integer.toString(level), x, y + 18);
            g.setFont(new Font(FONT, Font.PLAIN, 11));
            String name = level < report.levelNames().size() ? report.levelNames().get(level) : "";
            centred(g, fit(g, name, CELL - 4), x, y + 34);
        }
        g.setFont(new Font(FONT, Font.BOLD, 13));
        int right = MARGIN + NAME_WIDTH + 5 * CELL;
        text(g, report.word(Word.TARGET), right + 12, y + 28, TARGET_WIDTH - 16);
        text(g, report.word(Word.GAP), right + TARGET_WIDTH, y + 28, GAP_WIDTH);
        text(g, report.word(Word.EVIDENCE), right + TARGET_WIDTH + GAP_WIDTH + EVIDENCE_INSET, y + 28,
                EVIDENCE_WIDTH - EVIDENCE_INSET);
        g.setColor(LINE);
        g.fillRect(MARGIN, y + HEAD_HEIGHT - 1, WIDTH - 2 * MARGIN, 1);
        return y + HEAD_HEIGHT;
    }

    private static void row(Graphics2D g, ReportSkill skill, int y) {
        g.setColor(INK);
        g.setFont(new Font(FONT, Font.PLAIN, 14));
        text(g, skill.name(), MARGIN + 16, y + 21, NAME_WIDTH - 24);
        int current = skill.current().value();
        for (int level = 0; level < 5; level++) {
            int x = MARGIN + NAME_WIDTH + level * CELL + 4;
            boolean filled = level <= current && (level > 0 || current == 0);
            g.setColor(filled ? HEAT[level] : Color.WHITE);
            g.fillRoundRect(x, y + 4, CELL - 8, ROW_HEIGHT - 8, 6, 6);
            g.setColor(LINE);
            g.setStroke(new BasicStroke(1f));
            g.drawRoundRect(x, y + 4, CELL - 8, ROW_HEIGHT - 8, 6, 6);
            if (level == skill.target().value()) {
                g.setColor(TARGET);
                g.setStroke(new BasicStroke(2.5f));
                g.drawRoundRect(x - 1, y + 3, CELL - 6, ROW_HEIGHT - 6, 8, 8);
            }
        }
        g.setStroke(new BasicStroke(1f));
        int right = MARGIN + NAME_WIDTH + 5 * CELL;
        g.setColor(INK);
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        text(g, skill.targetText(), right + 12, y + 21, TARGET_WIDTH - 16);
        g.setColor(skill.gap() > 0 ? TARGET : MET);
        g.setFont(new Font(FONT, Font.BOLD, 13));
        text(g, skill.gapText(), right + TARGET_WIDTH, y + 21, GAP_WIDTH);
        // As the report's tables count it; a skill with none is muted, so the ones with evidence stand out.
        g.setColor(skill.evidenceCount() > 0 ? INK : MUTED);
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        text(g, Integer.toString(skill.evidenceCount()), right + TARGET_WIDTH + GAP_WIDTH + EVIDENCE_INSET, y + 21,
                EVIDENCE_WIDTH - EVIDENCE_INSET);
        g.setColor(LINE);
        g.fillRect(MARGIN, y + ROW_HEIGHT - 1, WIDTH - 2 * MARGIN, 1);
    }

    /** Draws the text, shortened with an ellipsis to fit the width: a long skill name must not run into the grid. */
    private static void text(Graphics2D g, String text, int x, int baseline, int width) {
        g.drawString(fit(g, text.replaceAll("\\s+", " "), width), x, baseline);
    }

    private static void centred(Graphics2D g, String text, int cellX, int baseline) {
        FontMetrics metrics = g.getFontMetrics();
        g.drawString(text, cellX + (CELL - metrics.stringWidth(text)) / 2, baseline);
    }

    /** Text cut with an ellipsis to fit a width, in the font set on {@code g}; for the burn-up picture too. */
    static String fitted(Graphics2D g, String text, int width) {
        return fit(g, text, width);
    }

    private static String fit(Graphics2D g, String text, int width) {
        FontMetrics metrics = g.getFontMetrics();
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        int end = text.length();
        while (end > 0 && metrics.stringWidth(text.substring(0, end) + "…") > width) {
            end = Character.isLowSurrogate(text.charAt(end - 1)) && end > 1 ? end - 2 : end - 1;
        }
        return text.substring(0, end) + "…";
    }

    static byte[] png(BufferedImage image) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
