package dev.stepwise.ui.common;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The right-hand pane of a screen: the selected thing's details in a scroll pane, or a hint when nothing is
 * selected. Subclasses render one detail value; while they do, {@link #isUpdating()} tells their controls' listeners
 * that a change comes from the model, not from the learner.
 */
public abstract class DetailPane<T> extends StackPane {
    /** The style class of the scroll pane holding the details. */
    public static final String SCROLL = "detail-scroll";
    private final ScrollPane scroll = new ScrollPane();
    private final Label empty;
    private boolean updating;
    /** Whose details are shown: another one's start at the top. */
    private Object shownSubject;

    protected DetailPane(String emptyHint) {
        empty = new Label(emptyHint);
        empty.getStyleClass().add(StyleClasses.EMPTY_STATE);
        empty.setWrapText(true);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(SCROLL);
        getChildren().addAll(scroll, empty);
    }

    /** Call once, at the end of the subclass constructor, when its controls exist. */
    protected final void bind(VBox content, ReadOnlyObjectProperty<T> detail) {
        content.getStyleClass().add(StyleClasses.DETAIL_PANE);
        scroll.setContent(content);
        detail.addListener((obs, old, value) -> refresh(value));
        refresh(detail.get());
    }

    protected final void refresh(T detail) {
        scroll.setVisible(detail != null);
        empty.setVisible(detail == null);
        if (detail == null) {
            return;
        }
        updating = true;
        try {
            render(detail);
        } finally {
            updating = false;
        }
        // Another thing selected opens at its title, not scrolled to where the last one's notes were; the same thing
        // changed (a status, a note saved) stays where the learner is.
        Object subject = subject(detail);
        if (!subject.equals(shownSubject)) {
            scroll.setVvalue(scroll.getVmin());
        }
        shownSubject = subject;
    }

    protected abstract void render(T detail);

    /** What the details are of (an item's or a skill's id): the same subject changed keeps the scroll position. */
    protected abstract Object subject(T detail);

    protected final boolean isUpdating() {
        return updating;
    }

    /** A small upper-case heading above a group of the pane. */
    protected static Label heading(String text) {
        Label label = new Label(text.toUpperCase());
        label.getStyleClass().add("detail-heading");
        label.setWrapText(true);
        return label;
    }

    protected static VBox group(String heading, Node body) {
        return new VBox(6, heading(heading), body);
    }

    protected static Label muted(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(StyleClasses.MUTED);
        label.setWrapText(true);
        return label;
    }
}
