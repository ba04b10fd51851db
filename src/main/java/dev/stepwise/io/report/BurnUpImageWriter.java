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
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Items done over time as a PNG, drawn from the report's data with Java2D like the matrix picture (same colours, light
 * background, twice its layout size): the done line climbing towards the items that count (dashed), and the plan the
 * milestones make (dotted), labelled as the window's chart is ({@link BurnUpAxes}).
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
    /** The room one day label takes with the gap to the next, as the window's chart allows (7.5 em at 12 px). */
    private static final int LABEL_ROOM = 90;
    /** The mark on each of the plan's points, across. */
    private static final int PLAN_DOT = 6;
    /** Each line's stroke, in the plot and in the legend alike: done solid, the items to do dashed, the plan dotted. */
    private static final BasicStroke DONE_STROKE = new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke TOTAL_STROKE = new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
            new float[] {8, 6}, 0);
    private static final BasicStroke PLAN_STROKE = new BasicStroke(2, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10,
            new float[] {2, 5}, 0);

    private BurnUpImageWriter() {
    }

    static byte[] write(Report report, ReportProgress progress) {
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
            chart(g, report);
            legend(g, report, !report.burnUp().plan().isEmpty());
            progress.row();
        } finally {
            g.dispose();
        }
        return MatrixImageWriter.png(image);
    }

    private static void chart(Graphics2D g, Report report) {
        ReportBurnUp burnUp = report.burnUp();
        BurnUpAxes axes = BurnUpAxes.of(burnUp, report.generatedOn(), report.words().dayTicks(report.locale()),
                (WIDTH - LEFT - RIGHT) / LABEL_ROOM);
        Scale scale = new Scale(axes);
        g.setFont(new Font(FONT, Font.PLAIN, 12));
        for (int count : axes.counts()) {
            int y = scale.y(count);
            g.setColor(LINE);
            g.drawLine(LEFT, y, WIDTH - RIGHT, y);
            g.setColor(MUTED);
            String label = String.format(report.locale(), "%,d", count);
            g.drawString(label, LEFT - 8 - g.getFontMetrics().stringWidth(label), y + 4);
        }
        for (BurnUpAxes.DayLabel label : axes.labels()) {
            int x = (int) Math.round(scale.x(label.day()));
            g.setColor(LINE);
            g.drawLine(x, TOP, x, HEIGHT - BOTTOM);
            g.setColor(MUTED);
            int width = g.getFontMetrics().stringWidth(label.text());
            // Centred under its day, but never past the picture's edge (the last day's label, right at the plot's end).
            g.drawString(label.text(), Math.min(x - width / 2, WIDTH - 4 - width), HEIGHT - BOTTOM + 22);
        }
        g.setColor(TOTAL);
        g.setStroke(TOTAL_STROKE);
        g.drawLine(LEFT, scale.y(burnUp.total()), WIDTH - RIGHT, scale.y(burnUp.total()));
        if (!burnUp.plan().isEmpty()) {
            Path2D plan = new Path2D.Double();
            // From the first milestone's point on, as the window draws it: no ramp from 0 that no milestone asked for.
            PlanPoint start = burnUp.plan().get(0);
            plan.moveTo(scale.x(start.day()), scale.y(start.plannedDone()));
            burnUp.plan().forEach(point -> plan.lineTo(scale.x(point.day()), scale.y(point.plannedDone())));
            g.setColor(PLAN);
            g.setStroke(PLAN_STROKE);
            g.draw(plan);
            // Each milestone's point marked, as in the window: a plan of one milestone is one point, no line.
            burnUp.plan().forEach(point -> g.fill(new Ellipse2D.Double(scale.x(point.day()) - PLAN_DOT / 2.0,
                    scale.y(point.plannedDone()) - PLAN_DOT / 2.0, PLAN_DOT, PLAN_DOT)));
        }
        List<DoneOverTime.Point> done = burnUp.done();
        if (!done.isEmpty()) {
            Path2D line = new Path2D.Double();
            line.moveTo(scale.x(done.get(0).day()), scale.y(done.get(0).done()));
            int previous = done.get(0).done();
            for (DoneOverTime.Point point : done) {
                line.lineTo(scale.x(point.day()), scale.y(previous));
                line.lineTo(scale.x(point.day()), scale.y(point.done()));
                previous = point.done();
            }
            // On to the report's day: nothing more was done until then (unless the last done day is later still).
            LocalDate lastDone = done.get(done.size() - 1).day();
            line.lineTo(scale.x(lastDone.isAfter(report.generatedOn()) ? lastDone : report.generatedOn()), scale.y(previous));
            g.setColor(DONE);
            g.setStroke(DONE_STROKE);
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
        BasicStroke[] strokes = {DONE_STROKE, TOTAL_STROKE, PLAN_STROKE};
        for (int i = withPlan ? 2 : 1; i >= 0; i--) {
            x -= g.getFontMetrics().stringWidth(names[i]);
            g.setColor(INK);
            g.drawString(names[i], x, TOP - 16);
            x -= 30;
            g.setColor(colours[i]);
            g.setStroke(strokes[i]);
            g.drawLine(x, TOP - 20, x + 22, TOP - 20);
            x -= 18;
        }
    }

    /** Days and counts to pixels. */
    private record Scale(BurnUpAxes axes) {
        double x(LocalDate day) {
            return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(axes.first(), day) / axes.days();
        }

        int y(int value) {
            return (int) Math.round(HEIGHT - BOTTOM - (HEIGHT - TOP - BOTTOM) * (double) value / axes.top());
        }
    }
}
