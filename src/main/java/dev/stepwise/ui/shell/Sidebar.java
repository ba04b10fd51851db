package dev.stepwise.ui.shell;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.stepwise.domain.PathOrigin;
import dev.stepwise.domain.PathSummary;
import dev.stepwise.ui.common.Messages;
import dev.stepwise.ui.common.StyleClasses;
import dev.stepwise.ui.common.Toggles;
import dev.stepwise.ui.transfer.TransferActions;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;

/** The left column: the path switcher with its actions, the pages, and the current path's overall progress. */
final class Sidebar extends VBox {
    private final MainViewModel viewModel;
    private final ComboBox<PathSummary> switcher = new ComboBox<>();
    private boolean following;

    Sidebar(MainViewModel viewModel, PathActions actions, TransferActions transfers) {
        this.viewModel = viewModel;
        getStyleClass().add(StyleClasses.NAV);
        Label heading = new Label(Messages.tr("sidebar.heading"));
        heading.getStyleClass().add("nav-heading");

        switcher.setId("path-switcher");
        switcher.setItems(viewModel.workspace().paths());
        switcher.setCellFactory(list -> new PathCell(true));
        switcher.setButtonCell(new PathCell(false));
        switcher.setMaxWidth(Double.MAX_VALUE);
        // A long title is cut in the narrow column: the pointer shows it whole.
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(() -> Messages.tr("sidebar.switcher.tooltip",
                viewModel.pathTitleProperty().get()), viewModel.pathTitleProperty()));
        switcher.setTooltip(whole);
        followCurrentPath();
        switcher.valueProperty().addListener((obs, old, chosen) -> {
            if (!following && chosen != null && !chosen.id().equals(viewModel.workspace().currentPathId())) {
                viewModel.workspace().switchTo(chosen.id());
            }
        });

        MenuButton more = new MenuButton(null, new FontIcon(MaterialDesignD.DOTS_HORIZONTAL));
        more.setId("path-actions");
        more.setAccessibleText(Messages.tr("sidebar.actions.name"));
        more.setAccessibleHelp(Messages.tr("sidebar.actions.help"));
        more.getStyleClass().addAll("path-actions", Styles.BUTTON_ICON, Styles.FLAT, Tweaks.NO_ARROW);
        more.setTooltip(new Tooltip(Messages.tr("sidebar.actions.tooltip")));
        more.getItems().addAll(actions.menuItems());
        more.getItems().add(new SeparatorMenuItem());
        more.getItems().addAll(transfers.exportItems());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox headingRow = new HBox(heading, gap, more);
        headingRow.getStyleClass().add("nav-heading-row");

        RunningTimerIndicator timer = new RunningTimerIndicator(viewModel.workspace().study(), viewModel.workspace().session(),
                viewModel::openItem);
        getChildren().addAll(headingRow, switcher, pages(), spacer(), timer, progress());
    }

    /** The switcher shows the current path, and follows when it changes or is renamed, without switching again. */
    private void followCurrentPath() {
        Runnable sync = () -> {
            following = true;
            try {
                String current = viewModel.workspace().currentPathId();
                viewModel.workspace().paths().stream().filter(summary -> summary.id().equals(current)).findFirst()
                        .ifPresent(switcher::setValue);
            } finally {
                following = false;
            }
        };
        viewModel.session().stateProperty().subscribe(state -> sync.run());
        viewModel.workspace().paths().addListener((ListChangeListener<PathSummary>) change -> sync.run());
    }

    private VBox pages() {
        ToggleGroup group = new ToggleGroup();
        Map<Page, ToggleButton> buttons = new EnumMap<>(Page.class);
        VBox box = new VBox(4);
        box.getStyleClass().add("nav-pages");
        for (Page page : Page.values()) {
            ToggleButton button = new ToggleButton(page.title(), new FontIcon(page.icon()));
            button.setId("nav-" + page.name().toLowerCase());
            button.getStyleClass().add(StyleClasses.NAV_BUTTON);
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            buttons.put(page, button);
            box.getChildren().add(button);
        }
        Toggles.follow(viewModel.pageProperty(), buttons, group);
        return box;
    }

    private static Region spacer() {
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        return spacer;
    }

    private VBox progress() {
        ProgressBar bar = new ProgressBar();
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(Bindings.createDoubleBinding(viewModel::overallFraction, viewModel.progressTextProperty()));
        Label counts = new Label();
        counts.setId("nav-progress");
        counts.getStyleClass().add(StyleClasses.MUTED);
        counts.textProperty().bind(viewModel.progressTextProperty());
        VBox progress = new VBox(new Label(Messages.tr("sidebar.overall")), bar, counts);
        progress.getStyleClass().add("nav-progress");
        return progress;
    }

    /** A path in the switcher: its title, and in the open list also where it came from and how far along it is. */
    private static final class PathCell extends ListCell<PathSummary> {
        private final boolean detailed;

        PathCell(boolean detailed) {
            this.detailed = detailed;
        }

        @Override
        protected void updateItem(PathSummary summary, boolean empty) {
            super.updateItem(summary, empty);
            setText(null);
            if (empty || summary == null) {
                setGraphic(null);
                return;
            }
            Label title = new Label(summary.title());
            title.getStyleClass().add("path-option-title");
            if (!detailed) {
                setGraphic(title);
                return;
            }
            String origin = Messages.tr(summary.origin() == PathOrigin.BUNDLED ? "sidebar.origin.bundled" : "sidebar.origin.own");
            Label detail = new Label(Messages.tr("sidebar.pathDetail", origin, Messages.current().summary(summary.progress())));
            detail.getStyleClass().add(StyleClasses.MUTED);
            setGraphic(new VBox(1, title, detail));
        }
    }
}
