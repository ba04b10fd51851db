package dev.stepwise.service;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The learner's window, theme and zoom settings. Window bounds are optional: on first start the window picks its own
 * size and place. The zoom is a percentage of the normal text size (100). Dividers are where the learner left the line
 * between a page's two parts, as a share of the page (by page name, {@link #DIVIDED_PAGES}); a page without one uses
 * its own default.
 */
public record Preferences(boolean darkTheme, Optional<WindowBounds> window, int zoomPercent, Map<String, Double> dividers) {
    public static final int NORMAL_ZOOM = 100;
    /**
     * The pages whose divider is remembered (before {@link #DEFAULTS}: the constructor reads it); the matrix's is its
     * grid's share of the height when the detail is under it (side by side, its line follows the columns).
     */
    public static final List<String> DIVIDED_PAGES = List.of("checklist", "timeline", "matrix");
    public static final Preferences DEFAULTS = new Preferences(false, Optional.empty());
    /** A divider nearer an edge than this would leave one side too small to find again; such a value is not kept. */
    private static final double DIVIDER_MARGIN = 0.05;

    public Preferences {
        Map<String, Double> kept = new HashMap<>();
        dividers.forEach((page, share) -> {
            if (DIVIDED_PAGES.contains(page) && usableDivider(share)) {
                kept.put(page, share);
            }
        });
        dividers = Map.copyOf(kept);
    }

    /** Theme and window at the normal zoom. */
    public Preferences(boolean darkTheme, Optional<WindowBounds> window) {
        this(darkTheme, window, NORMAL_ZOOM);
    }

    /** Theme, window and zoom, every page's divider where the page puts it. */
    public Preferences(boolean darkTheme, Optional<WindowBounds> window, int zoomPercent) {
        this(darkTheme, window, zoomPercent, Map.of());
    }

    private static boolean usableDivider(Double share) {
        return share != null && Double.isFinite(share) && share >= DIVIDER_MARGIN && share <= 1 - DIVIDER_MARGIN;
    }

    /** Where the main window was, and whether it was maximised. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
        public WindowBounds {
            if (!(Double.isFinite(x) && Double.isFinite(y) && Double.isFinite(width) && Double.isFinite(height))) {
                throw new IllegalArgumentException("window bounds must be finite numbers");
            }
            if (!(width > 0 && height > 0)) {
                throw new IllegalArgumentException("window size must be positive, was " + width + "×" + height);
            }
        }
    }

    public Preferences withDarkTheme(boolean dark) {
        return new Preferences(dark, window, zoomPercent, dividers);
    }

    public Preferences withWindow(WindowBounds bounds) {
        return new Preferences(darkTheme, Optional.of(bounds), zoomPercent, dividers);
    }

    public Preferences withZoom(int percent) {
        return new Preferences(darkTheme, window, percent, dividers);
    }

    /** With these dividers instead (pages not named, and values too near an edge, are dropped). */
    public Preferences withDividers(Map<String, Double> shares) {
        return new Preferences(darkTheme, window, zoomPercent, shares);
    }

    /** The keys of the theme and the zoom, which are saved the moment the learner changes them. */
    static final List<String> LOOK_KEYS = List.of("theme", "zoom");

    /** The keys of the window's place, saved once a move or a resize has settled. */
    static final List<String> WINDOW_KEYS = List.of("window.x", "window.y", "window.width", "window.height", "window.maximized");

    /** The keys of the pages' dividers, saved once a drag has settled. */
    static final List<String> DIVIDER_KEYS = DIVIDED_PAGES.stream().map(page -> "divider." + page).toList();

    /** Every key these preferences may store; a save replaces all of them, so a dropped value is forgotten. */
    static final List<String> KEYS = Stream.of(LOOK_KEYS, WINDOW_KEYS, DIVIDER_KEYS).flatMap(List::stream).toList();

    Map<String, String> toMap() {
        Map<String, String> values = new HashMap<>();
        values.put("theme", darkTheme ? "dark" : "light");
        if (zoomPercent != NORMAL_ZOOM) {
            values.put("zoom", String.valueOf(zoomPercent));
        }
        window.ifPresent(bounds -> {
            values.put("window.x", String.valueOf(bounds.x()));
            values.put("window.y", String.valueOf(bounds.y()));
            values.put("window.width", String.valueOf(bounds.width()));
            values.put("window.height", String.valueOf(bounds.height()));
            values.put("window.maximized", String.valueOf(bounds.maximized()));
        });
        dividers.forEach((page, share) -> values.put("divider." + page, String.valueOf(share)));
        return values;
    }

    /** Reads stored values; anything missing or unreadable falls back to the default rather than failing start-up. */
    static Preferences fromMap(Map<String, String> values) {
        boolean dark = "dark".equals(values.get("theme"));
        Optional<WindowBounds> bounds;
        try {
            bounds = Optional.of(new WindowBounds(
                    Double.parseDouble(values.get("window.x")),
                    Double.parseDouble(values.get("window.y")),
                    Double.parseDouble(values.get("window.width")),
                    Double.parseDouble(values.get("window.height")),
                    Boolean.parseBoolean(values.get("window.maximized"))));
        } catch (RuntimeException e) {
            bounds = Optional.empty();
        }
        int zoom;
        try {
            zoom = Integer.parseInt(values.get("zoom"));
        } catch (RuntimeException e) {
            zoom = NORMAL_ZOOM;
        }
        Map<String, Double> dividers = new HashMap<>();
        for (String page : DIVIDED_PAGES) {
            try {
                dividers.put(page, Double.parseDouble(values.get("divider." + page)));
            } catch (RuntimeException e) {
                // Missing or unreadable: the page's own default.
            }
        }
        return new Preferences(dark, bounds, zoom, dividers);
    }
}
