package dev.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WCAG 2.x AA contrast in both themes, with the colours read from the CSS text (the theme's and ours), not from a
 * screen: 4.5:1 for text, 3:1 for large text and for what identifies a control or its state (the focus ring, a
 * progress bar's fill, status icons, the matrix's current level). Each pair names where its colours are set, so a
 * failure says which rule to fix.
 */
class ThemeContrastTest {
    private static final double TEXT = 4.5;
    private static final double LARGE_TEXT = 3.0;
    private static final double COMPONENT = 3.0;
    private static final String APP = "app.css";
    private static final String CHECKLIST = "checklist.css";
    private static final String MATRIX = "skills-matrix.css";
    private static final String EDITORS = "editors.css";
    private static final String TIMELINE = "timeline.css";

    private ThemeColours colours;
    private final List<String> failures = new ArrayList<>();

    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void everyColourOurStylesheetsSetIsDefinedInTheTheme(String theme) {
        colours = ThemeColours.of(theme);
        List<String> broken = new ArrayList<>();
        for (Map.Entry<String, String> value : colours.ownColourValues().entrySet()) {
            for (String layer : layers(value.getValue())) {
                try {
                    if (layer.contains("gradient(")) {
                        ThemeColours.names(layer).forEach(colours::colour);
                    } else {
                        colours.colour(layer);
                    }
                } catch (AssertionError e) {
                    broken.add(value.getKey() + ": " + e.getMessage());
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void textAndControlsMeetWcagAa(String theme) {
        colours = ThemeColours.of(theme);
        String page = "-color-bg-default";
        String sidebar = ThemeColours.topLayer(colours.rule(APP, ".nav", "-fx-background-color"));
        String selectedRow = "-color-cell-bg-selected-focused";

        // The theme's own text on the backgrounds we use it on.
        text("text", "-color-fg-default", page, sidebar, selectedRow);
        large("page title", "-color-fg-default", page);
        text("link", "-color-accent-fg", page);
        text("selected toggle (status, filter)", "-color-fg-emphasis", "-color-accent-emphasis");
        text("prompt text in fields", rule(APP, ".text-input", "-fx-prompt-text-fill"), page);
        text("search prompt", rule(APP, ".custom-text-field", "-fx-prompt-text-fill"), page);

        // Shell.
        text("muted text (.muted)", rule(APP, ".muted", "-fx-text-fill"), page, sidebar, selectedRow);
        text("sidebar heading", rule(APP, ".nav .nav-heading", "-fx-text-fill"), sidebar);
        text("sidebar tagline", rule(APP, ".nav .path-tagline", "-fx-text-fill"), sidebar);
        text("page button", rule(APP, ".nav-button", "-fx-text-fill"), sidebar);
        text("selected page button", rule(APP, ".nav-button:selected", "-fx-text-fill"),
                over(background(APP, ".nav-button:selected"), sidebar));
        text("field problem", rule(APP, ".field-problem", "-fx-text-fill"), page);
        text("upgrade banner", "-color-fg-default", background(APP, ".upgrade-banner"));
        String chipOnSelectedRow = background(CHECKLIST, ".checklist-list .list-cell:selected .chip");
        text("chip", rule(APP, ".chip", "-fx-text-fill"), background(APP, ".chip"), chipOnSelectedRow);
        text("soft-skill chip", rule(APP, ".chip.category-soft", "-fx-text-fill"), background(APP, ".chip.category-soft"),
                chipOnSelectedRow);
        text("empty state", rule(APP, ".empty-state", "-fx-text-fill"), page);
        text("detail heading", rule(APP, ".detail-pane .detail-heading", "-fx-text-fill"), page);

        // Status, as text and as icons, on a row and on a selected row.
        for (String status : List.of("done", "learning", "skipped")) {
            text("status label " + status, rule(APP, ".label.status-" + status, "-fx-text-fill"), page, selectedRow);
        }
        for (String status : List.of("done", "learning", "skipped", "not-started")) {
            component("status icon " + status, rule(APP, ".ikonli-font-icon.status-" + status, "-fx-icon-color"),
                    page, selectedRow);
        }
        component("status icon on the selected status pill",
                rule(CHECKLIST, ".status-choice .toggle-button:selected .ikonli-font-icon", "-fx-icon-color"), "-color-accent-emphasis");

        // What is overdue or due soon: checklist markers, overview, timeline (its selected row too).
        text("overdue", rule(APP, ".label.due-overdue", "-fx-text-fill"), page, selectedRow);
        text("due soon", rule(APP, ".label.due-soon", "-fx-text-fill"), page, selectedRow);
        text("overdue on the selected milestone", rule(TIMELINE, ".timeline-list .list-cell:selected .milestone-date.due-overdue",
                "-fx-text-fill"), selectedRow);
        text("due soon on the selected milestone", rule(TIMELINE, ".timeline-list .list-cell:selected .milestone-date.due-soon",
                "-fx-text-fill"), selectedRow);

        // Checklist.
        text("done item title", rule(CHECKLIST, ".item-row.status-done .item-title", "-fx-text-fill"), page, selectedRow);
        text("skipped item title", rule(CHECKLIST, ".item-row.status-skipped .item-title", "-fx-text-fill"), page, selectedRow);
        text("archived item title", rule(CHECKLIST, ".item-row.archived .item-title", "-fx-text-fill"), page, selectedRow);
        text("item meta (sub-steps, note)", rule(CHECKLIST, ".item-meta", "-fx-text-fill"), page, selectedRow);
        text("archived banner", "-color-fg-default", background(CHECKLIST, ".archived-banner"));

        // Progress bars: the fill against its track and against the page, in the sections and in the sidebar.
        String fill = "-color-progress-bar-fill";
        component("progress fill on its track", fill, "-color-progress-bar-track");
        component("progress fill on the page", fill, page);
        component("sidebar progress fill on its track", fill,
                background(APP, ".nav .nav-progress .progress-bar > .track"));

        // Skills matrix.
        text("matrix column heading", rule(MATRIX, ".matrix-header .label", "-fx-text-fill"), page);
        String emptyCell = background(MATRIX, ".level-cell");
        text("level number", rule(MATRIX, ".level-cell .label", "-fx-text-fill"), emptyCell, over("-sw-reached", emptyCell));
        String currentText = rule(MATRIX, ".level-cell:current .label", "-fx-text-fill");
        for (int level = 0; level <= 4; level++) {
            String current = background(MATRIX, ".level-cell:current.level-" + level);
            text("current level " + level + " number", currentText, current);
            component("current level " + level + " cell against an empty cell", current, emptyCell);
        }
        component("target outline", rule(MATRIX, ".level-cell:target", "-fx-border-color"), page, emptyCell);
        String selectedSkill = over(background(MATRIX, ".matrix-row:selected"), page);
        text("gap to go", rule(MATRIX, ".gap-open", "-fx-text-fill"), page, selectedSkill);
        text("target met", rule(MATRIX, ".gap-met", "-fx-text-fill"), page, selectedSkill);
        text("suggestion", "-color-fg-default", over(background(MATRIX, ".suggestion"), page));

        // Editors.
        text("editor group heading", rule(EDITORS, ".editor-group-heading", "-fx-text-fill"), page);

        // The focus ring, on every background a focusable control sits on.
        String ring = rule(APP, ".button:focused", "-fx-border-color");
        component("focus ring", ring, page, sidebar, over(background(APP, ".nav-button:selected"), sidebar),
                over(background(CHECKLIST, ".archived-banner"), page), over(background(MATRIX, ".suggestion"), page));
        String cellRing = layers(rule(APP, ".list-view:focused > .virtual-flow > .clipped-container > .sheet"
                + " > .list-cell:filled:focused:selected", "-fx-background-color")).get(0);
        component("focus ring of a list row", cellRing, page, selectedRow);
        component("focus ring of a matrix row", rule(MATRIX, ".matrix-row:focused", "-fx-border-color"), selectedSkill);

        component("edge of a field, a combo box or a check box", rule(APP, ".text-input", "-color-border-default"), page,
                sidebar);

        assertThat(failures).as("%s: colour pairs below WCAG AA", theme).isEmpty();
    }

    private void text(String name, String foreground, String... backgrounds) {
        check(name, foreground, TEXT, backgrounds);
    }

    private void large(String name, String foreground, String... backgrounds) {
        check(name, foreground, LARGE_TEXT, backgrounds);
    }

    private void component(String name, String foreground, String... backgrounds) {
        check(name, foreground, COMPONENT, backgrounds);
    }

    /** Backgrounds are "colour" or "top over below" (translucent layers over what they sit on), over the page. */
    private void check(String name, String foreground, double minimum, String... backgrounds) {
        for (String background : backgrounds) {
            Color below = opaque(background);
            Color above = Contrast.over(colours.colour(foreground), below);
            double ratio = Contrast.ratio(above, below);
            if (ratio < minimum) {
                failures.add("%s: %s on %s = %.2f:1 (needs %.1f:1)".formatted(name, foreground, background, ratio, minimum));
            }
        }
    }

    private Color opaque(String background) {
        String[] parts = background.split(" over ");
        Color result = colours.colour("-color-bg-default");
        for (int i = parts.length - 1; i >= 0; i--) {
            result = Contrast.over(colours.colour(parts[i]), result);
        }
        return result;
    }

    private static String over(String top, String below) {
        return top + " over " + below;
    }

    private String rule(String sheet, String selector, String property) {
        return colours.rule(sheet, selector, property);
    }

    private String background(String sheet, String selector) {
        return ThemeColours.topLayer(colours.rule(sheet, selector, "-fx-background-color"));
    }

    private static List<String> layers(String value) {
        List<String> layers = new ArrayList<>();
        String rest = value;
        while (true) {
            String top = ThemeColours.topLayer(rest);
            layers.add(0, top);
            if (top.length() == rest.strip().length()) {
                return layers;
            }
            rest = rest.substring(0, rest.lastIndexOf(top)).strip();
            rest = rest.substring(0, rest.length() - 1);
        }
    }
}
