package dev.stepwise.ui.common;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Window;
import javafx.util.Subscription;

/**
 * Where the line between a page's two parts goes (the checklist's list and detail, the timeline's milestones and
 * burn-up): where the learner left it, kept with the window's size and place, else where the page puts it. Each page
 * is registered as it is built and gets its share once it is on screen at its real size; the shares go back to the
 * preferences as a line settles ({@link #subscribe}) and when the window closes.
 *
 * <p>Earlier is too early: a page built before the window is shown (the page it reopens on) is first laid out wider
 * than the window, and the side that keeps its width as the window changes carried the line to the list's least width.
 *
 * <p>A page that places its line itself (the matrix: where its grid's columns end, or, stacked, at a share the learner
 * may change) registers as an {@link OwnDivider} instead, and is handed the share it gave to remember.
 */
public final class PageDividers {
    /** A page that places its own divider and keeps the share the learner set, to be remembered. */
    public interface OwnDivider {
        /** The share to remember now. */
        double rememberedShare();

        /** The share remembered from last time, given once as the page is built or the preferences are read. */
        void restoreShare(double share);

        /** The split whose line the learner drags, to hear the drag (the share to remember may stay the same). */
        SplitPane split();
    }

    private final Map<String, SplitPane> splits = new LinkedHashMap<>();
    private final Map<String, OwnDivider> own = new LinkedHashMap<>();
    /** The share each page still waits to be given, by page: until then that share is the page's. */
    private final Map<String, Double> pending = new HashMap<>();
    private Map<String, Double> remembered = Map.of();
    private final List<Runnable> moveListeners = new ArrayList<>();

    /** The shares the learner left, by page name; a page registered already gets its remembered share instead. */
    public void restore(Map<String, Double> shares) {
        remembered = Map.copyOf(shares);
        remembered.forEach((page, share) -> {
            if (own.containsKey(page)) {
                own.get(page).restoreShare(share);
            } else if (pending.containsKey(page)) {
                pending.put(page, share);
            } else if (splits.containsKey(page)) {
                splits.get(page).setDividerPositions(share);
            }
        });
    }

    /** A page's split as the page is built, its divider where the page put it (used when none is remembered). */
    public void register(String page, SplitPane split) {
        splits.put(page, split);
        pending.put(page, remembered.getOrDefault(page, split.getDividerPositions()[0]));
        ObservableValue<Boolean> showing = split.sceneProperty().flatMap(Scene::windowProperty)
                .flatMap(Window::showingProperty).orElse(false);
        InvalidationListener check = changed -> {
            if (pending.containsKey(page) && showing.getValue() && split.getWidth() > 0 && split.getHeight() > 0) {
                double share = pending.remove(page);
                // After this pulse's layout, which gives the page the window's size.
                Platform.runLater(() -> split.setDividerPositions(share));
            }
        };
        showing.addListener(check);
        split.widthProperty().addListener(check);
        split.heightProperty().addListener(check);
        check.invalidated(showing);
        hearDrags(split);
    }

    /** A page that places its own divider: it gets its remembered share now, and is asked for it at close. */
    public void register(String page, OwnDivider divider) {
        own.put(page, divider);
        if (remembered.containsKey(page)) {
            divider.restoreShare(remembered.get(page));
        }
        hearDrags(divider.split());
    }

    /**
     * {@code moved} runs at each step of the learner's drag of a page's line; what to remember is {@link #current()},
     * read once the steps settle. The line a page moves itself (its share given, a reflow) is no news: it is what the
     * page would put there again, and writing it would only queue work for the store (three seconds each while another
     * program holds the file).
     */
    public Subscription subscribe(Runnable moved) {
        moveListeners.add(moved);
        return () -> moveListeners.remove(moved);
    }

    /** A line that moves while the mouse button is down on its split is the learner's drag; a page's own moves are not. */
    private void hearDrags(SplitPane split) {
        split.getDividers().get(0).positionProperty().subscribe((before, now) -> {
            if (split.isPressed()) {
                List.copyOf(moveListeners).forEach(Runnable::run);
            }
        });
    }

    /** Each page's divider as it is now, to be remembered; a page not on screen this time keeps the share it had. */
    public Map<String, Double> current() {
        Map<String, Double> shares = new HashMap<>(remembered);
        splits.forEach((page, split) -> {
            if (!pending.containsKey(page)) {
                shares.put(page, split.getDividerPositions()[0]);
            }
        });
        own.forEach((page, divider) -> shares.put(page, divider.rememberedShare()));
        return shares;
    }
}
