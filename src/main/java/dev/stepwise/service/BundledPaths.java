package dev.stepwise.service;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Phrase;
import dev.stepwise.io.PathFileException;
import dev.stepwise.io.PathFileHeader;
import dev.stepwise.io.PathFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/** The paths shipped inside the application (from {@code assets/paths}, copied onto the classpath by the build). */
public final class BundledPaths {
    /** Resource names of the bundled path files, in the order they are installed. */
    static final List<String> FILES = List.of("backend-engineer.json");
    static final String FOLDER = "/assets/paths/";

    private BundledPaths() {
    }

    /** Every bundled path, read and validated in full. */
    public static List<LearningPath> load() {
        PathFileReader reader = new PathFileReader();
        return FILES.stream().map(file -> read(file, in -> reader.read(file, in))).toList();
    }

    /** Every bundled path by identity; the full content is read only if {@link BundledPath#content()} is asked. */
    public static List<BundledPath> available() {
        PathFileReader reader = new PathFileReader();
        return FILES.stream().map(file -> {
            PathFileHeader header = read(file, in -> reader.readHeader(file, in));
            return new BundledPath(header.id(), header.contentVersion(), () -> read(file, in -> reader.read(file, in)));
        }).toList();
    }

    private static <T> T read(String file, Function<InputStream, T> reading) {
        try (InputStream in = BundledPaths.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new PathFileException(file, "", Phrase.of("file.notShipped"), null);
            }
            return reading.apply(in);
        } catch (IOException e) {
            throw new PathFileException(file, "", Phrase.of("file.unreadable", String.valueOf(e.getMessage())), e);
        }
    }
}
