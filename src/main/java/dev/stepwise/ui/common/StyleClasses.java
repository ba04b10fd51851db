package dev.stepwise.ui.common;

import dev.stepwise.domain.ItemStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Our own CSS style-class names (see app.css), so a typo is a compile error rather than an unstyled node. */
public final class StyleClasses {
    public static final String PAGE = "page";
    public static final String PAGE_TITLE = "page-title";
    public static final String CARD = "card";
    public static final String CARD_TITLE = "card-title";
    public static final String MUTED = "muted";
    public static final String CHIP = "chip";
    public static final String SECTION_HEADER = "section-header";
    public static final String ITEM_ROW = "item-row";
    public static final String ITEM_TITLE = "item-title";
    public static final String STATUS_BUTTON = "status-button";
    public static final String DETAIL_PANE = "detail-pane";
    public static final String NAV = "nav";
    public static final String NAV_BUTTON = "nav-button";
    public static final String MATRIX = "matrix";
    public static final String MATRIX_ROW = "matrix-row";
    public static final String MATRIX_HEADER = "matrix-header";
    public static final String CATEGORY_ROW = "category-row";
    public static final String LEVEL_CELL = "level-cell";
    public static final String SUGGESTION = "suggestion";
    public static final String EMPTY_STATE = "empty-state";

    private static final String[] STATUS_CLASSES = Arrays.stream(ItemStatus.values()).map(StyleClasses::forStatus)
            .toArray(String[]::new);

    private StyleClasses() {
    }

    /** "status-done", "status-learning"…: one class per status so colours live in CSS. */
    public static String forStatus(ItemStatus status) {
        return "status-" + status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Gives a reused node the class of {@code status} in place of any other status's ({@link #choose}). */
    public static void showStatus(List<String> classes, ItemStatus status) {
        choose(classes, forStatus(status), STATUS_CLASSES);
    }

    /**
     * Gives a node that is filled again and again (a list cell's) {@code chosen} of the classes {@code among}, or none
     * of them when {@code chosen} is null. A class it already has is left alone: every change to a node's classes
     * makes JavaFX style it again, so removing and adding back the same class cost a restyle at every update.
     */
    public static void choose(List<String> classes, String chosen, String... among) {
        for (String other : among) {
            if (!other.equals(chosen)) {
                classes.remove(other);
            }
        }
        if (chosen != null) {
            toggle(classes, chosen, true);
        }
    }

    /** Adds or removes {@code styleClass}, touching the list only when that changes it (see {@link #choose}). */
    public static void toggle(List<String> classes, String styleClass, boolean on) {
        if (!on) {
            classes.remove(styleClass);
        } else if (!classes.contains(styleClass)) {
            classes.add(styleClass);
        }
    }
}
