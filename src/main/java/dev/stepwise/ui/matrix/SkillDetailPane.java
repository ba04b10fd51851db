package dev.stepwise.ui.matrix;

import atlantafx.base.theme.Styles;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SkillStanding;
import dev.stepwise.ui.charts.SkillHistoryChart;
import dev.stepwise.ui.common.DetailPane;
import dev.stepwise.ui.common.LinkedText;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/** The selected skill: what it is, its level and target, the checklist's suggestion, how to rate, and the history. */
final class SkillDetailPane extends DetailPane<SkillDetail> {

    /** The rate button of the level the skill is at now. */
    private static final PseudoClass CURRENT = PseudoClass.getPseudoClass("current");

    private final SkillsMatrixViewModel viewModel;
    private final Label category = new Label();
    private final Label name = new Label();
    private final Label description = new Label();
    private final Label current = new Label();
    private final Label anchor = new Label();
    private final ComboBox<Level> target = new ComboBox<>();
    private final VBox suggestion = new VBox();
    private final TextField ratingNote = new TextField();
    private final FlowPane rateButtons = new FlowPane(4, 4);
    private final VBox history = new VBox(6);
    private final SkillHistoryChart levelChart = new SkillHistoryChart();
    private final LinkedItemLines linked;
    /** Opens a web link in the learner's evidence (the app's one link opener: http(s) only). */
    private final Consumer<String> openLink;
    private final Map<Level, Button> rateButtonsByLevel = new EnumMap<>(Level.class);
    /** Gives the keys back to the grid after a command here, so ↑/↓ move between skills again. */
    private final Runnable backToGrid;

    SkillDetailPane(SkillsMatrixViewModel viewModel, Consumer<String> openItem, Consumer<String> openLink, Runnable editSkill,
                    Runnable deleteSkill, Runnable backToGrid) {
        super(Messages.tr("matrix.detail.empty"));
        this.viewModel = viewModel;
        this.openLink = openLink;
        this.backToGrid = backToGrid;
        this.linked = new LinkedItemLines(openItem);
        category.setId("detail-skill-category");
        history.setId("rating-history");
        category.getStyleClass().add(StyleClasses.MUTED);
        name.setId("detail-skill-name");
        name.getStyleClass().add("detail-title");
        name.setWrapText(true);
        description.setWrapText(true);
        current.getStyleClass().add("card-title");
        current.setId("skill-current");
        current.setWrapText(true);
        anchor.setWrapText(true);
        anchor.getStyleClass().add(StyleClasses.MUTED);

        target.setId("skill-target");
        target.getItems().setAll(Level.values());
        target.setCellFactory(list -> levelCell());
        target.setButtonCell(levelCell());
        target.valueProperty().addListener((obs, old, level) -> {
            String skillId = viewModel.selectedSkillIdProperty().get();
            if (!isUpdating() && level != null && skillId != null) {
                viewModel.setTarget(skillId, level);
            }
        });
        // A closed box never changes on ↑/↓ (the grid's keys): they open it, and choosing hands the keys back.
        target.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            boolean vertical = event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN;
            if (vertical && !target.isShowing() && !event.isShortcutDown()) {
                target.show();
                event.consume();
            }
        });
        target.setOnHidden(event -> backToGrid.run());
        Label targetLabel = new Label(Messages.tr("matrix.detail.target"));
        HBox targetRow = new HBox(10, targetLabel, target);
        targetRow.setAlignment(Pos.CENTER_LEFT);

        for (Level level : Level.values()) {
            // A mark on every button, filled on the current level: the cue that is not colour alone, and of one width,
            // so the buttons do not reflow as the learner rates (bold text on the current one did).
            Button button = new Button(Messages.current().level(level), new FontIcon(MaterialDesignC.CIRCLE_OUTLINE));
            button.setId("rate-" + level.value());
            button.getStyleClass().add("rate-button");
            button.setTooltip(new Tooltip(Messages.current().anchor(level)));
            button.setOnAction(event -> {
                viewModel.rateSelected(level);
                backToGrid.run();
            });
            rateButtonsByLevel.put(level, button);
            rateButtons.getChildren().add(button);
        }
        ratingNote.setId("rating-evidence");
        ratingNote.setAccessibleText(Messages.tr("matrix.detail.evidence.name"));
        ratingNote.setAccessibleHelp(Messages.tr("matrix.detail.evidence.help"));
        ratingNote.setPromptText(Messages.tr("matrix.detail.evidence.prompt"));
        ratingNote.textProperty().bindBidirectional(viewModel.ratingNoteProperty());
        ratingNote.setOnAction(event -> {
            SkillDetail detail = viewModel.detailProperty().get();
            if (detail != null) {
                viewModel.rate(detail.standing().skill().id(), detail.standing().current());
                backToGrid.run();
            }
        });
        // Escape leaves the field for the grid, on the same skill, as in the checklist's note; what was typed stays
        // for the next rating (Enter saves it with the current level).
        ratingNote.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE) {
                event.consume();
                backToGrid.run();
            }
        });

        suggestion.getStyleClass().add(StyleClasses.SUGGESTION);
        suggestion.setId("suggestion");
        Button edit = new Button(Messages.tr("matrix.detail.edit"), new FontIcon(MaterialDesignP.PENCIL_OUTLINE));
        edit.setId("edit-skill");
        // What the button says when a narrow pane shows its icon alone (DetailHeader).
        edit.setTooltip(new Tooltip(Messages.tr("matrix.detail.edit.tooltip")));
        edit.setOnAction(event -> editSkill.run());
        Button delete = new Button(null, new FontIcon(MaterialDesignD.DELETE_OUTLINE));
        delete.setId("delete-skill");
        delete.setAccessibleText(Messages.tr("matrix.detail.delete.name"));
        delete.setTooltip(new Tooltip(Messages.tr("matrix.detail.delete.tooltip")));
        delete.setOnAction(event -> deleteSkill.run());
        for (Button button : List.of(edit, delete)) {
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        bind(new VBox(
                new VBox(4, new DetailHeader(category, edit, delete), name), description,
                new VBox(4, current, anchor), targetRow, suggestion,
                group(Messages.tr("matrix.detail.rate"), new VBox(8, rateButtons, ratingNote)),
                group(Messages.tr("chart.skill.title"), levelChart),
                group(Messages.tr("matrix.detail.history"), history),
                group(Messages.tr("matrix.detail.linked"), linked)), viewModel.detailProperty());
    }

    @Override
    protected Object subject(SkillDetail detail) {
        return detail.standing().skill().id();
    }

    @Override
    protected void render(SkillDetail detail) {
        SkillStanding standing = detail.standing();
        // The category alone, as the checklist's detail names the item's section: "Technical skill" took two lines
        // beside Edit… and Delete in the detail's usual width.
        category.setText(standing.skill().category());
        name.setText(standing.skill().name());
        description.setText(standing.skill().description());
        String currentLevel = Messages.current().level(standing.current());
        current.setText(standing.targetMet() ? Messages.tr("matrix.detail.now.met", currentLevel)
                : Messages.tr("matrix.detail.now.gap", currentLevel, standing.gap()));
        anchor.setText(Messages.current().anchor(standing.current()));
        target.setValue(standing.target());
        rateButtonsByLevel.forEach((level, button) -> {
            boolean now = level == standing.current();
            button.pseudoClassStateChanged(CURRENT, now);
            ((FontIcon) button.getGraphic()).setIconCode(now ? MaterialDesignC.CHECK_CIRCLE : MaterialDesignC.CIRCLE_OUTLINE);
            button.setAccessibleText(now ? Messages.tr("matrix.detail.rate.current", Messages.current().level(level))
                    : Messages.current().level(level));
        });
        refreshSuggestion(standing);
        levelChart.show(detail.historyOldestFirst(), standing.target(), Instant.now(), ZoneId.systemDefault());
        history.getChildren().setAll(detail.historyNewestFirst().isEmpty()
                ? List.of(muted(Messages.tr("matrix.detail.notRated")))
                : detail.historyNewestFirst().stream().map(this::historyLine).toList());
        linked.show(standing.skill().id(), detail.linkedItems());
    }

    private void refreshSuggestion(SkillStanding standing) {
        boolean show = standing.suggestedRaise().isPresent();
        suggestion.setVisible(show);
        suggestion.setManaged(show);
        if (!show) {
            return;
        }
        Level level = standing.suggestedRaise().orElseThrow();
        Label text = new Label(Messages.tr("matrix.suggestion", Messages.current().level(level), standing.linkedItems().done(),
                standing.linkedItems().counted()));
        text.setWrapText(true);
        Button accept = new Button(Messages.tr("matrix.suggestion.rate", Messages.current().level(level)));
        accept.setId("accept-suggestion");
        accept.getStyleClass().add(atlantafx.base.theme.Styles.ACCENT);
        accept.setOnAction(event -> {
            viewModel.acceptSuggestion(standing.skill().id());
            backToGrid.run();
        });
        suggestion.getChildren().setAll(text, accept);
    }

    private Node historyLine(Rating rating) {
        Label level = new Label(Messages.current().level(rating.level()));
        level.getStyleClass().add("skill-name");
        level.setMinWidth(Region.USE_PREF_SIZE);
        Label when = muted(Messages.current().dateTime(rating.ratedAt(), ZoneId.systemDefault()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(8, level, spacer, when);
        if (rating.note().isBlank()) {
            return top;
        }
        return new VBox(2, top, LinkedText.of(rating.note(), openLink));
    }

    private static ListCell<Level> levelCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Level level, boolean empty) {
                super.updateItem(level, empty);
                setText(empty || level == null ? null : Messages.current().level(level));
            }
        };
    }
}
