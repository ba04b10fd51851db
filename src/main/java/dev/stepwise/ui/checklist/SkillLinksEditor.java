package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Skill;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Which of the path's skills an item builds: one check box per skill ({@code skill-link-<skill id>}), grouped under
 * its category, categories and skills in path order, as the matrix shows them.
 */
final class SkillLinksEditor extends VBox {
    private final List<String> linkedBefore;
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();

    SkillLinksEditor(List<Skill> pathSkills, List<String> linked) {
        this.linkedBefore = List.copyOf(linked);
        getStyleClass().add("skill-links");
        Map<String, FlowPane> groups = new LinkedHashMap<>();
        for (Skill skill : pathSkills) {
            FlowPane group = groups.computeIfAbsent(skill.category(), category -> {
                Label heading = new Label(category);
                heading.getStyleClass().add(EditorForms.GROUP_HEADING);
                heading.setId("skill-group-" + groups.size());
                FlowPane boxesOfCategory = new FlowPane();
                boxesOfCategory.getStyleClass().add("skill-link-group");
                getChildren().addAll(heading, boxesOfCategory);
                return boxesOfCategory;
            });
            CheckBox box = new CheckBox(skill.name());
            box.setId("skill-link-" + skill.id());
            box.setSelected(linked.contains(skill.id()));
            if (!skill.description().isBlank()) {
                box.setTooltip(new Tooltip(skill.description()));
            }
            boxes.put(skill.id(), box);
            group.getChildren().add(box);
        }
        if (pathSkills.isEmpty()) {
            getChildren().add(EditorForms.hint(Messages.tr("checklist.skills.none")));
        }
    }

    /**
     * The linked skill ids: those linked before and still ticked keep their order, newly ticked ones follow in path
     * order. A link to a skill this editor does not show is kept rather than dropped without the learner seeing it.
     */
    List<String> linked() {
        List<String> ids = new ArrayList<>();
        for (String id : linkedBefore) {
            CheckBox box = boxes.get(id);
            if (box == null || box.isSelected()) {
                ids.add(id);
            }
        }
        boxes.forEach((id, box) -> {
            if (box.isSelected() && !ids.contains(id)) {
                ids.add(id);
            }
        });
        return ids;
    }
}
