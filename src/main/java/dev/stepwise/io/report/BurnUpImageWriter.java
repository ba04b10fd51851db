package dev.stepwise.io.report;

import dev.stepwise.domain.DoneOverTime;
import dev.stepwise.domain.PlanPoint;
import dev.stepwise.domain.report.Report;
import dev.stepwise.domain.report.ReportBurnUp;
import dev.stepwise.domain.report.ReportWords;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Items done over time as a PNG, drawn from the report's data with Java2D like the matrix picture (same colours, light
 * background, twice its layout size): the done line climbing towards the items that count (dashed), and the plan the
 * milestones make (dotted), dates along the bottom.
 */
final class BurnUpImageWriter {
    private static final int WIDTH = 960;
    private static final int HEIGHT = 480;
    private static final int LEFT = 64;
    private static final int RIGHT = 32;
    private static final int TOP = 96;
    private static final int BOTTOM = 56;
    private static final Color INK = new Color(0x1f2328);
    private static final Color MUTED = new Color(0x59636e);
    private static final Color LINE = new Color(0xd1d9e0);
    static final Color DONE = new Color(0x1d5aa8);
    static final Color TOTAL = new Color(0xbc4c00);
    static final Color PLAN = new Color(0x59636e);
    private static final String FONT = Font.SANS_SERIF;

    private BurnUpImageWriter() {
    }

    static byte[] write(Report report, ReportProgress progress) {
        ReportBurnUp burnUp = report.burnUp();
        BufferedImage image = new BufferedImage(WIDTH * 2, HEIGHT * 2, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(2, 2);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(INK);
            g.setFont(new Font(FONT, Font.BOLD, 22));
            g.drawString(MatrixImageWriter.fitted(g, report.title() + " · " + report.word(ReportWords.Word.BURN_UP_TITLE),
                    WIDTH - LEFT - RIGHT), LEFT, 40);
            g.setColor(MUTED);
            g.setFont(new Font(FONT, Font.PLAIN, 14));
            g.drawString(MatrixImageWriter.fitted(g, report.overallSummary() + " · " + report.generated(), WIDTH - LEFT - RIGHT),
                    LEFT, 66);
            chart(g, burnUp, report.generatedOn());
            legend(g, report, !burnUp.plan().isEmpty());
            progress.row();
        } finally {
            g.dispose();
        }
        return MatrixImageWriter.png(image);
    }

    private static void chart(Graphics2D g, ReportBurnUp burnUp, LocalDate today) {
        List<DoneOverTime.Point> done = burnUp.done();
        LocalDate first = done.isEmpty() ? today.minusDays(30) : done.get(0).day();
        LocalDate last = today;
        for (PlanPoint point : burnUp.plan()) {
            first = point.day().isBefore(first) ? point.day() : first;
            last = point.day().isAfter(last) ? point.day() : last;
        }
        long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
        int top = Math.max(1, Math.max(burnUp.total(), burnUp.plan().stream().mapToInt(PlanPoint::plannedDone).max().orElse(0)));
        Axes axes = new Axes(first, days, top);
        g.setFont(new Font(FONT, Font.PLAIN, 12));
        for (int i = 0; i <= 4; i++) {
            int value = Math.round(top * i / 4f);
            int y = axes.y(value);
            g.setColor(LINE);
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(MUTED);
            g.drawString(String.valueOf(value), LEFT - 8 - g.getFontMetrics().stringWidth(String.valueOf(value)), y + 4);
        }
        g.drawString(first.toString(), LEFT, HEIGHT - BOTTOM + 22);
        String end = last.toString();
        g.drawString(end, WIDTH - RIGHT - g.getFontMetrics().stringWidth(end), HEIGHT - BOTTOM + 22);
        g.setColor(TOTAL);
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
        g.drawLine(LEFT, axes.y(burnUp.total()), WIDTH - RIGHT, axes.y(burnUp.total()));
        if (!burnUp.plan().isEmpty()) {
            Path2D plan = new Path2D.Double();
            plan.moveTo(axes.x(first), axes.y(0));
            burnUp.plan().forEach(point -> plan.lineTo(axes.x(point.day()), axes.y(point.plannedDone())));
            g.setColor(PLAN);
            g.setStroke(new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {2, 5}, 0));
            g.draw(plan);
        }
        if (!done.isEmpty()) {
            Path2D line = new Path2D.Double();
            line.moveTo(axes.x(done.get(0).day()), axes.y(done.get(0).done()));
            int previous = done.get(0).done();
            for (DoneOverTime.Point point : done) {
                line.lineTo(axes.x(point.day()), axes.y(previous));
                line.lineTo(axes.x(point.day()), axes.y(point.done()));
                previous = point.done();
            }
            line.lineTo(axes.x(today), axes.y(previous));
            g.setColor(DONE);
            g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(line);
        }
    }

    /** What each line is, top right above the chart: the done line, the items to do, and the plan when there is one. */
    private static void legend(Graphics2D g, Report report, boolean withPlan) {
        g.setFont(new Font(FONT, Font.PLAIN, 13));
        int x = WIDTH - RIGHT;
        String[] names = {report.word(ReportWords.Word.BURN_UP_DONE), report.word(ReportWords.Word.BURN_UP_TOTAL),
            report.word(ReportWords.Word.BURN_UP_PLAN)};
        Color[] colours = {DONE, TOTAL, PLAN};
        for (int i = withPlan ? 2 : 1; i >= 0; i--) {
            x -= g.getFontMetrics().stringWidth(names[i]);
            g.setColor(INK);
            g.drawString(names[i], x, TOP - 16);
            x -= 30;
            g.setColor(colours[i]);
            g.setStroke(new BasicStroke(3));
            g.drawLine(x, TOP - 20, x + 22, TOP - 20);
            x -= 18;
        }
    }

    /** Days and counts to pixels. */
    private record Axes(LocalDate first, long days, int top) {
        double x(LocalDate day) {
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(first, day) / days;
        }

        int y(int value) {
            return (int) Math.round(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (double) value / top);
        }
    }
}
