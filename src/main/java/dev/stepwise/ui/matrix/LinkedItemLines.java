package dev.stepwise.ui.matrix;

import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StatusIcons;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.matrix.SkillDetail.LinkedItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

/**
 * The selected skill's linked items, each a link to it in the checklist: the first {@link #SHOWN} until the learner
 * asks for all of them. A skill of a large path is built by hundreds of items (about 125 each with 10,000 items and
 * 200 skills), and a line each — a link with its icon and tooltip, styled and laid out — made every selection of a
 * skill, every ↑ or ↓ in the matrix, take a tenth of a second on the FX thread.
 */
final class LinkedItemLines extends VBox {
    static final int SHOWN = 12;

    private final Consumer<String> openItem;
    private final Hyperlink fold = new Hyperlink();
    private List<LinkedItem> items = List.of();
    private String skillId;
    private boolean all;

    LinkedItemLines(Consumer<String> openItem) {
        super(2);
        this.openItem = openItem;
        setId("linked-items");
        fold.setId("linked-items-fold");
        fold.setOnAction(event -> {
            all = !all;
            lay();
        });
    }

    /** Shows the skill's linked items; another skill's start folded again. */
    void show(String shownSkillId, List<LinkedItem> linked) {
        if (!shownSkillId.equals(skillId)) {
            skillId = shownSkillId;
            all = false;
        }
        items = linked;
        lay();
    }

    private void lay() {
        List<Node> lines = new ArrayList<>();
        if (items.isEmpty()) {
            Label none = new Label(Messages.tr("matrix.detail.noLinks"));
            none.getStyleClass().add(StyleClasses.MUTED);
            none.setWrapText(true);
            lines.add(none);
        }
        items.stream().limit(all ? items.size() : SHOWN).forEach(item -> lines.add(line(item)));
        if (items.size() > SHOWN) {
            fold.setText(all ? Messages.tr("matrix.detail.linkedFewer", SHOWN) : Messages.tr("matrix.detail.linkedAll", items.size()));
            lines.add(fold);
        }
        getChildren().setAll(lines);
    }

    private Node line(LinkedItem item) {
        Hyperlink link = new Hyperlink(item.item().title(), StatusIcons.iconFor(item.status()));
        link.setTooltip(new Tooltip(Messages.tr("matrix.detail.openItem", Messages.current().status(item.status()))));
        link.setWrapText(true);
        link.setOnAction(event -> openItem.accept(item.item().id()));
        return link;
    }
}
