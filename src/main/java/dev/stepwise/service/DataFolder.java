package dev.stepwise.service;

import dev.dirs.BaseDirectories;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where the learner's database lives. In order: {@code --data-dir DIR} on the command line, the environment
 * variable {@code STEPWISE_DATA_DIR}, then the per-OS user data folder (Linux {@code $XDG_DATA_HOME/stepwise},
 * macOS {@code ~/Library/Application Support/Stepwise}, Windows {@code %APPDATA%\Stepwise}).
 */
public record DataFolder(Path directory, String origin) {
    public static final String OPTION = "--data-dir";
    public static final String ENVIRONMENT_VARIABLE = "STEPWISE_DATA_DIR";
    public static final String DATABASE_FILE = "stepwise.db";

    public Path databaseFile() {
        return directory.resolve(DATABASE_FILE);
    }

    /**
     * @throws IllegalArgumentException when {@code --data-dir} is given without a folder
     */
    public static DataFolder resolve(List<String> args, Map<String, String> environment) {
        Optional<String> fromArgs = option(args);
        if (fromArgs.isPresent()) {
            return new DataFolder(Path.of(fromArgs.get()).toAbsolutePath(), OPTION);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataFolder(Path.of(fromEnvironment.strip()).toAbsolutePath(), ENVIRONMENT_VARIABLE);
        }
        return new DataFolder(Path.of(SystemFolders.BASE.dataDir, appFolderName()), "user data folder");
    }

    /** The user's cache folder for Stepwise: things it can make again (never the learner's data). */
    public static Path cacheFolder() {
        return Path.of(SystemFolders.BASE.cacheDir, appFolderName());
    }

    private static Optional<String> option(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith(OPTION + "=")) {
                return Optional.of(nonBlank(arg.substring(OPTION.length() + 1)));
            }
            if (arg.equals(OPTION)) {
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(OPTION + " needs a folder, e.g. " + OPTION + " ~/stepwise-data");
                }
                return Optional.of(nonBlank(args.get(i + 1)));
            }
        }
        return Optional.empty();
    }

    private static String nonBlank(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException(OPTION + " needs a folder, e.g. " + OPTION + " ~/stepwise-data");
        }
        return value;
    }

    /** Linux convention is lower-case folder names; macOS and Windows show the product name. */
    private static String appFolderName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("mac") || os.contains("win") ? "Stepwise" : "stepwise";
    }

    /** The system's folders, asked for once: on some systems asking costs a call into the OS shell. */
    private static final class SystemFolders {
        static final BaseDirectories BASE = BaseDirectories.get();
    }
}
