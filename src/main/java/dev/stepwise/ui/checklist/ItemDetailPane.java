package dev.stepwise.ui.checklist;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.SubItem;
import dev.stepwise.ui.common.DetailPane;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.PillRow;
import dev.stepwise.ui.common.StatusIcons;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Visibility;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The selected item: status buttons, dates, description, skills, sub-steps, resources and the note. The note
 * field is one long-lived node, so saving (which refreshes everything else) never moves the caret or focus.
 */
final class ItemDetailPane extends DetailPane<ItemDetail> {

    private final ChecklistViewModel viewModel;
    private final Consumer<String> openLink;
    private final Label sectionLabel = new Label();
    private final Label title = new Label();
    private final Map<ItemStatus, ToggleButton> statusButtons = new EnumMap<>(ItemStatus.class);
    private final Label dates = new Label();
    private final Label description = new Label();
    private final FlowPane skills = new FlowPane(6, 6);
    private final VBox subItems = new VBox(6);
    private final VBox resources = new VBox(2);
    private final TextArea note = new TextArea();
    private final Label noteStatus = new Label();
    private final Map<String, CheckBox> subItemBoxes = new HashMap<>();
    private final HBox archivedBanner = new HBox(10);
    private final HBox doneOffer = new HBox(10);
    private final Button editButton = new Button(Messages.tr("checklist.detail.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
    private String renderedItemId;
    /** The sub-steps the boxes were made for. */
    private List<SubItem> renderedSubItems = List.of();

    /** {@code backToList} gives the list the keyboard again (Escape in the note), on the row it has selected. */
    ItemDetailPane(ChecklistViewModel viewModel, StudyTimeViewModel studyTime, Consumer<String> openLink, Runnable editItem,
                   Runnable backToList) {
        super(Messages.tr("checklist.detail.empty"));
        this.viewModel = viewModel;
        this.openLink = openLink;
        sectionLabel.setId("detail-section");
        sectionLabel.getStyleClass().add(StyleClasses.MUTED);
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.setWrapText(true);
        description.setWrapText(true);
        description.setId("detail-description");
        skills.setId("detail-skills");
        dates.setId("detail-dates");
        dates.getStyleClass().add(StyleClasses.MUTED);
        dates.setWrapText(true);

        // Joined while they fit on one line; in a narrow pane they wrap rather than push the pane's content past its
        // right edge (four buttons need about 400 px, the pane has 360 at 1024 px).
        ToggleGroup statusGroup = new ToggleGroup();
        Tooltip keys = new Tooltip(Messages.tr("checklist.detail.keys"));
        for (ItemStatus value : ItemStatus.values()) {
            ToggleButton button = new ToggleButton(Messages.current().status(value), StatusIcons.iconFor(value));
            button.setToggleGroup(statusGroup);
            button.setTooltip(keys);
            button.setId("detail-status-" + value.name().toLowerCase());
            button.setOnAction(event -> {
                if (!isUpdating()) {
                    viewModel.setSelectedStatus(value);
                }
                // The toggle reflects the saved status, not the click: it follows once the change is committed.
                refresh(viewModel.detailProperty().get());
            });
            statusButtons.put(value, button);
        }
        FlowPane status = PillRow.of("status-choice", List.copyOf(statusButtons.values()));

        note.setId("note");
        note.setAccessibleText(Messages.tr("checklist.detail.note.name"));
        note.setAccessibleHelp(Messages.tr("checklist.detail.note.help"));
        note.setWrapText(true);
        note.setPromptText(Messages.tr("checklist.detail.note.prompt"));
        note.getStyleClass().add("note-area");
        note.textProperty().bindBidirectional(viewModel.noteProperty());
        // Escape is done with the note: saved at once (not after the typing pause), and the list, on the same row, has
        // the keys again. A filter, so the text area's own handling never sees it.
        note.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                viewModel.flushNote();
                backToList.run();
            }
        });
        noteStatus.getStyleClass().add(StyleClasses.MUTED);
        noteStatus.textProperty().bind(viewModel.noteStatusProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox noteHeader = new HBox(heading(Messages.tr("checklist.detail.notes")), spacer, noteStatus);

        editButton.setId("edit-item-button");
        editButton.getStyleClass().add(Styles.SMALL);
        editButton.setTooltip(new Tooltip(Messages.tr("checklist.detail.edit.tooltip")));
        editButton.setOnAction(event -> editItem.run());
        editButton.setMinWidth(Region.USE_PREF_SIZE);
        Region headerGap = new Region();
        HBox.setHgrow(headerGap, Priority.ALWAYS);
        HBox header = new HBox(8, sectionLabel, headerGap, editButton);
        header.setAlignment(Pos.CENTER_LEFT);

        Label archivedText = new Label(Messages.tr("checklist.detail.archived"));
        archivedText.setWrapText(true);
        archivedText.setMinWidth(0);
        HBox.setHgrow(archivedText, Priority.ALWAYS);
        Button restore = new Button(Messages.tr("checklist.detail.restore"), new FontIcon(MaterialDesignA.ARCHIVE_ARROW_UP_OUTLINE));
        restore.setId("restore-item-button");
        restore.setMinWidth(Region.USE_PREF_SIZE);
        restore.setOnAction(event -> {
            String itemId = viewModel.selectedItemIdProperty().get();
            if (itemId != null) {
                viewModel.editor().restoreItem(itemId);
            }
        });
        archivedBanner.getChildren().addAll(archivedText, restore);
        archivedBanner.setAlignment(Pos.CENTER_LEFT);
        archivedBanner.getStyleClass().add("archived-banner");
        archivedBanner.setId("archived-banner");

        Label offerText = new Label(Messages.tr("checklist.detail.allTicked"));
        offerText.setWrapText(true);
        offerText.setMinWidth(0);
        HBox.setHgrow(offerText, Priority.ALWAYS);
        Button markDone = new Button(Messages.tr("checklist.detail.markDone"), StatusIcons.iconFor(ItemStatus.DONE));
        markDone.setId("offer-done-button");
        markDone.setMinWidth(Region.USE_PREF_SIZE);
        markDone.setTooltip(new Tooltip(Messages.tr("checklist.detail.markDone.tooltip")));
        markDone.setOnAction(event -> viewModel.setSelectedStatus(ItemStatus.DONE));
        doneOffer.getChildren().addAll(offerText, markDone);
        doneOffer.setAlignment(Pos.CENTER_LEFT);
        doneOffer.getStyleClass().add("done-offer");
        doneOffer.setId("done-offer");

        bind(new VBox(header, archivedBanner, title, status, dates, description, skills,
                new VBox(6, heading(Messages.tr("checklist.detail.subSteps")), subItems, doneOffer),
                group(Messages.tr("checklist.detail.resources"), resources),
                // Below the note: the note stays where it was, within the first screen of a 1024×600 window.
                new VBox(6, noteHeader, note), new StudyTimeBlock(studyTime)),
                viewModel.detailProperty());
    }

    @Override
    protected Object subject(ItemDetail detail) {
        return detail.item().id();
    }

    @Override
    protected void render(ItemDetail detail) {
        Item item = detail.item();
        sectionLabel.setText(detail.archived() ? Messages.tr("checklist.detail.archivedFrom", detail.section().title())
                : detail.section().title());
        archivedBanner.setVisible(detail.archived());
        archivedBanner.setManaged(detail.archived());
        editButton.setDisable(detail.archived());
        title.setText(item.title());
        statusButtons.forEach((status, button) -> button.setSelected(status == detail.progress().status()));
        dates.setText(dateLine(detail));
        Visibility.show(!dates.getText().isEmpty(), dates);
        description.setText(item.detail());
        skills.getChildren().setAll(detail.skills().stream().map(SkillChip::of).toList());
        // An item without a description or skills (a new one, an imported role's) shows no blank band for them.
        Visibility.show(!item.detail().isBlank(), description);
        Visibility.show(!detail.skills().isEmpty(), skills);
        if (item.id().equals(renderedItemId) && item.subItems().equals(renderedSubItems)) {
            // Same item, same sub-steps: update the ticks in place so keyboard focus stays on the box just ticked.
            ((Label) subItems.getChildren().get(0)).setText(Messages.current().summary(detail.subItems()));
            subItemBoxes.forEach((id, box) -> box.setSelected(detail.progress().isSubItemDone(id)));
        } else {
            // Another item, or this one's sub-steps edited (or an edit undone): the boxes are made for them anew.
            subItems.getChildren().setAll(subItemBoxes(detail));
            renderedItemId = item.id();
            renderedSubItems = item.subItems();
        }
        Visibility.show(detail.offersDone(), doneOffer);
        Visibility.show(!item.subItems().isEmpty(), subItems.getParent());
        resources.getChildren().setAll(item.resources().stream().map(this::link).toList());
        Visibility.show(!item.resources().isEmpty(), resources.getParent());
    }

    private static String dateLine(ItemDetail detail) {
        List<String> parts = new ArrayList<>();
        Messages messages = Messages.current();
        detail.progress().started().ifPresent(date -> parts.add(messages.text("checklist.detail.started", messages.date(date))));
        detail.progress().done().ifPresent(date -> parts.add(messages.text("checklist.detail.done", messages.date(date))));
        detail.item().estimate().ifPresent(hours -> parts.add(messages.text("checklist.detail.estimate", hours)));
        detail.item().target().ifPresentOrElse(date -> parts.add(messages.text("checklist.detail.target", messages.date(date))),
                () -> detail.dueWith().ifPresent(milestone -> parts.add(messages.text("checklist.detail.dueWith",
                        messages.date(milestone.due()), milestone.title()))));
        if (detail.progress().started().isEmpty() && detail.progress().status() == ItemStatus.NOT_STARTED) {
            parts.add(0, messages.text("checklist.detail.notStarted"));
        }
        return String.join("  ·  ", parts);
    }

    private List<Node> subItemBoxes(ItemDetail detail) {
        List<Node> boxes = new ArrayList<>();
        subItemBoxes.clear();
        Label counts = new Label(Messages.current().summary(detail.subItems()));
        counts.getStyleClass().add(StyleClasses.MUTED);
        boxes.add(counts);
        for (SubItem sub : detail.item().subItems()) {
            CheckBox box = new CheckBox(sub.title());
            box.setId("sub-item-" + sub.id());
            box.setWrapText(true);
            box.setSelected(detail.progress().isSubItemDone(sub.id()));
            box.setOnAction(event -> {
                boolean wanted = box.isSelected();
                // Shown ticked only once saved: put it back until the committed state arrives.
                box.setSelected(!wanted);
                viewModel.setSubItemDone(sub.id(), wanted);
            });
            subItemBoxes.put(sub.id(), box);
            boxes.add(box);
        }
        return boxes;
    }

    private Hyperlink link(Resource resource) {
        Hyperlink link = new Hyperlink(resource.title(), new FontIcon(MaterialDesignO.OPEN_IN_NEW));
        link.setContentDisplay(ContentDisplay.RIGHT);
        link.setTooltip(new Tooltip(resource.url()));
        link.setPadding(new Insets(2, 0, 2, 0));
        link.setWrapText(true);
        if (resource.isWebLink()) {
            link.setOnAction(event -> openLink.accept(resource.url()));
        } else {
            // Only http(s) is ever opened, so a path file can never launch a program or a local file.
            link.setDisable(true);
        }
        return link;
    }
}
