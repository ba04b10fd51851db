package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Level;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.common.Messages;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One skill in the current-against-target chart: its name, a bar to its current level on a 0–4 track with the
 * target as a marker across it, and the gap. One per list cell, updated as the cell is reused.
 */
final class GlanceBar extends HBox {
    private final Label name = new Label();
    private final Track track = new Track();
    private final Label gap = new Label();
    private String skillId;

    GlanceBar() {
        getStyleClass().add("glance-row");
        name.getStyleClass().add("glance-name");
        // A long name wraps onto more lines (the row grows), as in the grid: every word of it stays readable.
        name.setWrapText(true);
        gap.getStyleClass().add("glance-gap");
        HBox.setHgrow(track, Priority.ALWAYS);
        getChildren().addAll(name, track, gap);
    }

    void update(SkillStanding standing) {
        skillId = standing.skill().id();
        setId("glance-" + skillId);
        name.setText(standing.skill().name());
        track.show(standing.current(), standing.target());
        gap.setText(standing.targetMet() ? Messages.tr("matrix.gap.met") : Messages.tr("matrix.gap.open", standing.gap()));
        gap.getStyleClass().setAll("label", "glance-gap", standing.targetMet() ? "gap-met" : "gap-open");
        setAccessibleText(SkillSpokenName.of(standing));
    }

    /**
     * Tall enough for the name wrapped in its column: a list cell asks for a height without a width, and an HBox
     * would then measure the name on one line and cut it.
     */
    @Override
    protected double computePrefHeight(double width) {
        double nameHeight = name.prefHeight(name.prefWidth(-1));
        return snappedTopInset() + Math.max(nameHeight, Math.max(track.prefHeight(-1), gap.prefHeight(-1))) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    String skillId() {
        return skillId;
    }

    /** The level the bar reaches, for tests: 0–4. */
    int barLevel() {
        return track.current;
    }

    /** The level the marker stands at, for tests: 0–4. */
    int markerLevel() {
        return track.target;
    }

    /** The bar and the marker on a track with a faint line at each level: positions are levels ÷ 4 of its width. */
    static final class Track extends Region {
        private static final int STEPS = Level.MAX.value();

        private final Region bar = new Region();
        private final Region marker = new Region();
        private final Region[] ticks = new Region[STEPS - 1];
        private int current;
        private int target;

        Track() {
            getStyleClass().add("glance-track");
            for (int i = 0; i < ticks.length; i++) {
                ticks[i] = new Region();
                ticks[i].getStyleClass().add("glance-tick");
                getChildren().add(ticks[i]);
            }
            bar.getStyleClass().add("glance-bar");
            marker.getStyleClass().add("glance-target");
            getChildren().addAll(bar, marker);
            setMinWidth(0);
        }

        void show(Level now, Level goal) {
            bar.getStyleClass().setAll("glance-bar", "level-" + now.value());
            current = now.value();
            target = goal.value();
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double width = getWidth() - left - snappedRightInset();
            double height = getHeight() - top - snappedBottomInset();
            for (int i = 0; i < ticks.length; i++) {
                double x = left + width * (i + 1) / STEPS;
                ticks[i].resizeRelocate(snapPositionX(x), top, 1, height);
            }
            double barHeight = Math.round(height * 0.6);
            bar.resizeRelocate(left, snapPositionY(top + (height - barHeight) / 2), snapSizeX(width * current / STEPS), barHeight);
            double markerWidth = snapSizeX(Math.max(3, marker.prefWidth(-1)));
            double x = left + width * target / STEPS - markerWidth / 2;
            marker.resizeRelocate(snapPositionX(Math.max(left, Math.min(left + width - markerWidth, x))), top, markerWidth, height);
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + snappedRightInset() + 120;
        }
    }
}
