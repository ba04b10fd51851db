package dev.stepwise.ui.checklist;

import dev.stepwise.domain.Skill;
import dev.stepwise.ui.common.EditorForms;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.TickList;
import dev.stepwise.ui.common.UiScale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * Which of the path's skills an item builds. A path of a dozen skills or fewer (the bundled one) shows one check box
 * per skill ({@code skill-link-<skill id>}), grouped under its category, categories and skills in path order, as the
 * matrix shows them. A larger one (instructors' paths have hundreds) gets a {@link TickList}: a filter by name above
 * a list that makes rows only for what is on screen, so the editor opens as fast on a thousand skills as on twelve.
 */
final class SkillLinksEditor extends VBox {
    /** The bundled path's twelve skills fit without a filter; more take scrolling to find one. */
    static final int SHOWN_WITHOUT_FILTER = 12;
    /** Tall enough for ten skills or so under the filter, in em so the zoom follows. */
    private static final double LIST_HEIGHT_EM = 16;
    /** Linked skills named under the list; more are counted. */
    private static final int NAMED_LINKS = 6;
    private static final TickList.Kind<Skill> SKILLS = new TickList.Kind<>("skill-links", "skill-link-", Skill::id,
            Skill::name, SkillLinksEditor::tip);

    private final List<String> linkedBefore;
    /** The name of each skill offered, by id, in path order. */
    private final Map<String, String> namesById = new LinkedHashMap<>();
    /** The ids ticked now, in path order. */
    private final Supplier<Set<String>> ticked;

    SkillLinksEditor(List<Skill> pathSkills, List<String> linked) {
        this.linkedBefore = List.copyOf(linked);
        getStyleClass().add("skill-links");
        pathSkills.forEach(skill -> namesById.put(skill.id(), skill.name()));
        if (pathSkills.isEmpty()) {
            getChildren().add(EditorForms.hint(Messages.tr("checklist.skills.none")));
            ticked = Set::of;
        } else if (pathSkills.size() > SHOWN_WITHOUT_FILTER) {
            ticked = listed(pathSkills, linked);
        } else {
            ticked = grouped(pathSkills, linked);
        }
    }

    /** One box per skill under its category's heading; {@code skill-group-<n>} is the n-th category's heading. */
    private Supplier<Set<String>> grouped(List<Skill> pathSkills, List<String> linked) {
        Map<String, FlowPane> groups = new LinkedHashMap<>();
        Map<String, CheckBox> boxes = new LinkedHashMap<>();
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
        return () -> {
            Set<String> ids = new LinkedHashSet<>();
            boxes.forEach((id, box) -> {
                if (box.isSelected()) {
                    ids.add(id);
                }
            });
            return ids;
        };
    }

    /** The filter and the list, and how many are linked: a tick the filter hides is not out of mind. */
    private Supplier<Set<String>> listed(List<Skill> pathSkills, List<String> linked) {
        TickList<Skill> list = new TickList<>(SKILLS, pathSkills, linked, Messages.tr("checklist.skills.filter"),
                Messages.tr("checklist.skills.noMatch"));
        list.list().setPrefHeight(UiScale.em(LIST_HEIGHT_EM));
        list.list().setAccessibleText(Messages.tr("checklist.editor.skills"));
        Label count = EditorForms.hint("");
        count.setId("skill-links-count");
        list.tickedCountProperty().subscribe(linkedNow -> count.setText(linkedLine(list.ticked(), namesById)));
        getChildren().addAll(list, count);
        // The skills sit at the foot of the editor's column: using the filter brings it and the list under it into
        // view, after the focus has scrolled only as far as the filter itself.
        list.filter().focusedProperty().subscribe(focused -> {
            if (focused) {
                Platform.runLater(() -> EditorForms.showFromTop(this));
            }
        });
        list.filter().textProperty().subscribe(text -> EditorForms.showFromTop(this));
        return list::ticked;
    }

    /**
     * "3 skills linked: A, B, C": which ones, since on a long list they are far apart; the first
     * {@value #NAMED_LINKS} by name, then how many more.
     */
    private static String linkedLine(Set<String> ticked, Map<String, String> names) {
        String count = Messages.tr("checklist.skills.linked", ticked.size());
        if (ticked.isEmpty()) {
            return count;
        }
        List<String> named = ticked.stream().limit(NAMED_LINKS).map(names::get).toList();
        String which = String.join(", ", named);
        if (ticked.size() > NAMED_LINKS) {
            which = Messages.tr("checklist.skills.linkedMore", which, ticked.size() - NAMED_LINKS);
        }
        return Messages.tr("checklist.skills.linkedWhich", count, which);
    }

    /** A row's tooltip: the skill's category, and its description when it has one. */
    private static String tip(Skill skill) {
        return skill.description().isBlank() ? skill.category() : skill.category() + " — " + skill.description();
    }

    /**
     * The linked skill ids: those linked before and still ticked keep their order, newly ticked ones follow in path
     * order. A link to a skill this editor does not offer is kept rather than dropped without the learner seeing it.
     */
    List<String> linked() {
        Set<String> tickedNow = ticked.get();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : linkedBefore) {
            if (!namesById.containsKey(id) || tickedNow.contains(id)) {
                ids.add(id);
            }
        }
        ids.addAll(tickedNow);
        return new ArrayList<>(ids);
    }
}
