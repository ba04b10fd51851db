package dev.stepwise.ui.common;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.TextField;

/**
 * What is typed to narrow a long list — the checklist's search, the editors' filters over items and skills — read one
 * way everywhere: stripped, in lower case, and found anywhere in a text whatever its case.
 */
public final class TextFilter {
    private TextFilter() {
    }

    /** The query a typed text stands for; empty when nothing (or only spaces) was typed. */
    public static String query(String typed) {
        return typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the text holds the query (a {@link #query}); every text holds the empty one. */
    public static boolean matches(String text, String query) {
        return query.isEmpty() || text.toLowerCase(Locale.ROOT).contains(query);
    }

    /** A filter field over a list: its prompt names it for a screen reader too; each change hands on the query. */
    public static TextField field(String id, String prompt, Consumer<String> onQuery) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setAccessibleText(prompt);
        field.textProperty().subscribe(text -> onQuery.accept(query(text)));
        return field;
    }
}
