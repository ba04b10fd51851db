package dev.stepwise;

import java.util.Locale;
import java.util.Map;

/**
 * Whether the window can open at all. On Linux (and other Unixes) without X11 or Wayland, JavaFX fails deep inside
 * its toolkit with a long stack trace ({@code mvn javafx:run} over SSH, in a container); one line saying what is
 * needed is kinder. Monocle, the headless platform the tests use, needs no display. The decision takes the
 * environment as arguments so it is tested without starting a process.
 */
final class DisplayCheck {
    static final String MESSAGE = "Stepwise needs a display to open its window, and none was found (DISPLAY and "
            + "WAYLAND_DISPLAY are not set); the tests run headless with: mvn verify";
    static final int EXIT_CODE = 3;

    private DisplayCheck() {
    }

    /**
     * @param glassPlatform the {@code glass.platform} system property ("Monocle" when headless), or {@code null}
     */
    static boolean displayMissing(Map<String, String> environment, String osName, String glassPlatform) {
        String os = osName == null ? "" : osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac")) {
            return false;
        }
        if ("monocle".equalsIgnoreCase(glassPlatform)) {
            return false;
        }
        return isBlank(environment.get("DISPLAY")) && isBlank(environment.get("WAYLAND_DISPLAY"));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
