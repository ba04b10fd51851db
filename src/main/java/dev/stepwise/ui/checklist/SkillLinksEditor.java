package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Skill;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.TextFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Which of the path's skills an item builds: one check box per skill ({@code skill-link-<skill id>}), grouped under
 * its category, categories and skills in path order, as the matrix shows them. A path of more skills than the bundled
 * one's dozen (instructors' paths have hundreds) gets a filter by name above them; a tick it hides is kept.
 */
final class SkillLinksEditor extends VBox {
    /** The bundled path's twelve skills fit without a filter; more take scrolling to find one. */
    static final int SHOWN_WITHOUT_FILTER = 12;

    private final List<String> linkedBefore;
    private final Map<String, CheckBox> boxes = new LinkedHashMap<>();
    /** Each category's heading and its boxes, to hide a category the filter leaves empty. */
    private final Map<Label, FlowPane> groupsByHeading = new LinkedHashMap<>();

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
                groupsByHeading.put(heading, boxesOfCategory);
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
        if (pathSkills.size() > SHOWN_WITHOUT_FILTER) {
            getChildren().add(0, TextFilter.field("skill-links-filter", Messages.tr("checklist.skills.filter"), this::showMatching));
        }
    }

    /** Shows the skills whose name holds the query (all when it is empty) and the categories that still have one. */
    private void showMatching(String query) {
        boxes.values().forEach(box -> {
            boolean shown = TextFilter.matches(box.getText(), query);
            box.setVisible(shown);
            box.setManaged(shown);
        });
        groupsByHeading.forEach((heading, group) -> {
            boolean any = group.getChildren().stream().anyMatch(Node::isVisible);
            heading.setVisible(any);
            heading.setManaged(any);
            group.setVisible(any);
            group.setManaged(any);
        });
        if (!query.isEmpty() && getScene() != null) {
            // The skills sit at the foot of the editor's column: bring the filter and its matches into view.
            EditorForms.showFromTop(this);
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
