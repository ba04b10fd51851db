package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Skill;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/** A skill as a small chip: its name, soft skills in a colour of their own, its category and description on hover. */
final class SkillChip {
    private static final String SOFT = "category-soft";

    private SkillChip() {
    }

    /** A chip made for {@code skill}, with a tooltip of its own that {@link #show} fills. */
    static Label of(Skill skill) {
        Label chip = blank();
        show(chip, skill);
        return chip;
    }

    /** A chip showing no skill yet, for a cell that fills it again for each row it is given. */
    static Label blank() {
        Label chip = new Label();
        chip.getStyleClass().add(StyleClasses.CHIP);
        chip.setTooltip(new Tooltip());
        chip.setMinWidth(Region.USE_PREF_SIZE);
        return chip;
    }

    /** Makes a chip from {@link #blank} or {@link #of} show {@code skill}. */
    static void show(Label chip, Skill skill) {
        chip.setText(skill.name());
        StyleClasses.toggle(chip.getStyleClass(), SOFT, Skill.SOFT.equals(skill.category()));
        chip.getTooltip().setText(Messages.tr("checklist.skillChip", skill.category(), skill.description()));
    }
}
