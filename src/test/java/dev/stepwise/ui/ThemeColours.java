package dev.stepwise.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Stylesheet;
import javafx.scene.paint.Color;

/**
 * The colours of one AtlantaFX theme with our stylesheets on top, read as data from the CSS text: the theme's looked-up
 * colours (-color-*), ours (-sw-*), and the values our rules set. Expressions ({@code derive(…)}, {@code ladder(…)},
 * {@code rgba(…)}, names) are evaluated by JavaFX's own CSS parser, so a colour is what the app really paints.
 */
public final class ThemeColours {
    /** Our stylesheets, in the order the app loads them (app.css on the scene, the others on their views). */
    public static final List<String> SHEETS = List.of("app.css", "checklist.css", "skills-matrix.css", "editors.css", "timeline.css",
            "charts.css");

    private static final Pattern BLOCK = Pattern.compile("([^{}]+)\\{([^{}]*)}");
    private static final Pattern NAME = Pattern.compile("-(?:color|sw)-[a-z0-9-]+");
    /** Rules whose looked-up colours apply to what we check: the root, list cells, progress bars, links. */
    private static final List<String> DEFINING = List.of(".root", ".list-view", ".progress-bar", ".hyperlink");

    private final String theme;
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Map<String, String>> rules = new LinkedHashMap<>();

    private ThemeColours(String theme) {
        this.theme = theme;
    }

    /** "primer-light" or "primer-dark". */
    public static ThemeColours of(String theme) {
        ThemeColours colours = new ThemeColours(theme);
        colours.read("atlantafx:" + theme, read("/atlantafx/base/theme/" + theme + ".css"));
        for (String sheet : SHEETS) {
            colours.read(sheet, read("/dev/stepwise/ui/" + sheet));
        }
        return colours;
    }

    public String theme() {
        return theme;
    }

    /** The value a rule of one of our sheets sets, e.g. {@code rule("app.css", ".muted", "-fx-text-fill")}. */
    public String rule(String sheet, String selector, String property) {
        Map<String, String> declarations = rules.get(sheet + " " + normalise(selector));
        if (declarations == null || !declarations.containsKey(property)) {
            throw new AssertionError(sheet + " sets no " + property + " for " + selector);
        }
        return declarations.get(property);
    }

    /** Every colour value our own sheets set, by "sheet selector { property }". */
    public Map<String, String> ownColourValues() {
        Map<String, String> values = new LinkedHashMap<>();
        rules.forEach((rule, declarations) -> {
            if (rule.startsWith("atlantafx:")) {
                return;
            }
            declarations.forEach((property, value) -> {
                if (property.matches("-fx-(text-fill|background-color|border-color|icon-color|fill|prompt-text-fill"
                        + "|highlight-fill|highlight-text-fill)") || property.startsWith("-sw-") || property.startsWith("-color-")) {
                    values.put(rule + " { " + property + " }", value);
                }
            });
        });
        return values;
    }

    /** An expression's colour: looked-up names replaced until only literals and functions remain, then evaluated. */
    public Color colour(String expression) {
        String resolved = expression.strip();
        for (int depth = 0; NAME.matcher(resolved).find(); depth++) {
            if (depth > 20) {
                throw new AssertionError("looked-up colours refer to each other in a circle: " + expression);
            }
            Matcher matcher = NAME.matcher(resolved);
            StringBuilder next = new StringBuilder();
            while (matcher.find()) {
                String value = names.get(matcher.group());
                if (value == null) {
                    throw new AssertionError(theme + " defines no " + matcher.group() + " (in " + expression + ")");
                }
                matcher.appendReplacement(next, Matcher.quoteReplacement(value));
            }
            matcher.appendTail(next);
            resolved = next.toString();
        }
        Stylesheet sheet = new CssParser().parse("* { -fx-text-fill: " + resolved + "; }");
        List<Declaration> declarations = sheet.getRules().isEmpty() ? List.of() : sheet.getRules().get(0).getDeclarations();
        Object value = declarations.isEmpty() ? null : declarations.get(0).getParsedValue().convert(null);
        if (!(value instanceof Color color)) {
            throw new AssertionError("not a colour: " + expression + " = " + resolved);
        }
        return color;
    }

    /** The looked-up colour names an expression uses (in a gradient, say). */
    public static List<String> names(String expression) {
        List<String> found = new ArrayList<>();
        Matcher matcher = NAME.matcher(expression);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** The visible fill of a background: its last layer ({@code "-color-border-default, -color-bg-default"}). */
    public static String topLayer(String backgroundColor) {
        List<String> layers = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < backgroundColor.length(); i++) {
            char c = backgroundColor.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == ',' && depth == 0) {
                layers.add(backgroundColor.substring(start, i));
                start = i + 1;
            }
        }
        layers.add(backgroundColor.substring(start));
        return layers.get(layers.size() - 1).strip();
    }

    private void read(String sheet, String css) {
        String text = css.replaceAll("(?s)/\\*.*?\\*/", "");
        Matcher block = BLOCK.matcher(text);
        while (block.find()) {
            Map<String, String> declarations = new LinkedHashMap<>();
            for (String declaration : block.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    declarations.put(declaration.substring(0, colon).strip(), declaration.substring(colon + 1).strip());
                }
            }
            for (String selector : block.group(1).split(",")) {
                String normalised = normalise(selector);
                rules.computeIfAbsent(sheet + " " + normalised, key -> new LinkedHashMap<>()).putAll(declarations);
                if (DEFINING.contains(normalised)) {
                    declarations.forEach((property, value) -> {
                        if (NAME.matcher(property).matches()) {
                            names.put(property, value);
                        }
                    });
                }
            }
        }
    }

    private static String normalise(String selector) {
        return selector.strip().replaceAll("\\s+", " ");
    }

    private static String read(String resource) {
        try (InputStream in = Objects.requireNonNull(ThemeColours.class.getResourceAsStream(resource), resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
