package dev.stepwise.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version About shows: the jar manifest's {@code Implementation-Version} when running from the jar, else the
 * pom's version that the build filtered into {@code version.properties} (running from {@code target/classes}), else
 * "development build" (an IDE that copied the resource without filtering it).
 */
public final class AppVersion {
    static final String DEVELOPMENT = "development build";
    private static final String RESOURCE = "/dev/stepwise/cli/version.properties";

    private AppVersion() {
    }

    public static String current() {
        try (InputStream in = AppVersion.class.getResourceAsStream(RESOURCE)) {
            return choose(AppVersion.class.getPackage().getImplementationVersion(), in);
        } catch (IOException e) {
            return DEVELOPMENT;
        }
    }

    /** The first known version of the two; a property still reading {@code ${project.version}} is not known. */
    static String choose(String manifestVersion, InputStream filtered) {
        if (manifestVersion != null && !manifestVersion.isBlank()) {
            return manifestVersion.strip();
        }
        if (filtered == null) {
            return DEVELOPMENT;
        }
        Properties properties = new Properties();
        try {
            properties.load(filtered);
        } catch (IOException e) {
            return DEVELOPMENT;
        }
        String version = properties.getProperty("version", "").strip();
        return version.isEmpty() || version.contains("${") ? DEVELOPMENT : version;
    }
}
