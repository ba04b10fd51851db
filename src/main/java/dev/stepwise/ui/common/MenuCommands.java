package dev.stepwise.ui.common;

import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A command as a menu entry: its text, its icon (a command shows the same glyph in every menu that offers it), its key
 * and what it does. The menu bar, the path menu, the file commands and the checklist's context menus all make their
 * entries here.
 */
public final class MenuCommands {
    private MenuCommands() {
    }

    /** @param id the entry's id for tests and styling, or null; @param accelerator its key, or null */
    public static MenuItem item(String text, String id, KeyCombination accelerator, Ikon icon, Runnable action) {
        MenuItem item = new MenuItem(text, new FontIcon(icon));
        item.setId(id);
        item.setAccelerator(accelerator);
        item.setOnAction(event -> action.run());
        return item;
    }
}
