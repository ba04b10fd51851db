package dev.stepwise.service;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.io.PathFileException;
import dev.stepwise.io.PathFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** The paths shipped inside the application (from {@code assets/paths}, copied onto the classpath by the build). */
public final class BundledPaths {
    /** Resource names of the bundled path files, in the order they are installed. */
    static final List<String> FILES = List.of("backend-engineer.json");
    static final String FOLDER = "/assets/paths/";

    private BundledPaths() {
    }

    public static List<LearningPath> load() {
        PathFileReader reader = new PathFileReader();
        return FILES.stream().map(file -> read(reader, file)).toList();
    }

    private static LearningPath read(PathFileReader reader, String file) {
        try (InputStream in = BundledPaths.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new PathFileException(file, "", "is missing from the application", null);
            }
            return reader.read(file, in);
        } catch (IOException e) {
            throw new PathFileException(file, "", "cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
