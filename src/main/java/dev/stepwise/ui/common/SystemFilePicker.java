package dev.stepwise.ui.common;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The system's file dialog, opening where the learner last picked a file in this session. */
public final class SystemFilePicker implements FilePicker {
    private Path lastFolder;

    @Override
    public Optional<Path> open(Window owner, String title, Kind kind) {
        return remember(Optional.ofNullable(chooser(title, kind).showOpenDialog(owner)));
    }

    @Override
    public Optional<Path> save(Window owner, String title, String suggestedName, Kind kind) {
        FileChooser chooser = chooser(title, kind);
        chooser.setInitialFileName(suggestedName);
        return remember(Optional.ofNullable(chooser.showSaveDialog(owner)));
    }

    private FileChooser chooser(String title, Kind kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(kind.description(), kind.patterns()),
                new FileChooser.ExtensionFilter(Messages.tr("file.kind.all"), "*.*"));
        Path folder = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    private Optional<Path> remember(Optional<File> picked) {
        picked.map(File::toPath).map(Path::getParent).ifPresent(folder -> lastFolder = folder);
        return picked.map(File::toPath);
    }
}
