import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.Stylesheet;

/**
 * A build step, not part of the app (Maven runs it in {@code process-classes}, pom.xml): writes each JavaFX stylesheet
 * under the folder given as compiled binary CSS beside it ({@code app.css} → {@code app.bss}).
 *
 * <p>Why: JavaFX loads {@code x.bss} in place of a requested {@code x.css} when it finds one, and parsing the window's
 * stylesheets as text, with a parser the JVM has not warmed up, was a large part of the FX thread's work between the
 * window being built and being shown. The theme (AtlantaFX) already ships its own {@code .bss}.
 *
 * <p>The compiled files are made afresh on every build from the {@code .css}, which stay the source. Run from an IDE
 * without Maven, an edited stylesheet is shadowed by the {@code .bss} of the last build until Maven runs again.
 */
public final class CompileStylesheets {
    private CompileStylesheets() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(file -> file.getFileName().toString().endsWith(".css")).sorted().toList();
        }
        for (Path css : sources) {
            String name = css.getFileName().toString();
            Path bss = css.resolveSibling(name.substring(0, name.length() - ".css".length()) + ".bss");
            Stylesheet.convertToBinary(css.toFile(), bss.toFile());
        }
    }
}
