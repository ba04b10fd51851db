package dev.stepwise.ui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import javafx.css.Stylesheet;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's stylesheets are loaded compiled ({@code .bss}, made by the build's {@code CompileStylesheets}): each is
 * there beside its source and says the same, and JavaFX takes it in place of the {@code .css} the code asks for, the
 * behaviour the build step relies on.
 */
class CompiledStylesheetsTest extends StyledNodeTestBase {
    private static final Path SOURCES = Path.of("src/main/resources/dev/stepwise/ui");

    @Test
    void everyStylesheetOfTheWindowIsShippedCompiledFromItsSource(@TempDir Path folder) throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            sources = files.filter(file -> file.toString().endsWith(".css")).toList();
        }
        assertThat(sources).as("the window's stylesheets").hasSizeGreaterThanOrEqualTo(6);

        for (Path source : sources) {
            String resource = "/" + Path.of("src/main/resources").relativize(source).toString().replace('\\', '/');
            URL shipped = getClass().getResource(resource.replaceAll("\\.css$", ".bss"));
            assertThat(shipped).as("compiled %s on the classpath", resource).isNotNull();
            Path compiledNow = folder.resolve("now.bss");
            Stylesheet.convertToBinary(source.toFile(), compiledNow.toFile());
            try (InputStream in = shipped.openStream()) {
                assertThat(in.readAllBytes()).as("%s compiled from the source as it is now", resource)
                        .isEqualTo(Files.readAllBytes(compiledNow));
            }
            assertThat(Stylesheet.loadBinary(shipped).getRules()).as(resource)
                    .hasSameSizeAs(new CssParser().parse(source.toUri().toURL()).getRules());
        }
    }

    @Test
    void javaFxLoadsTheCompiledSheetInPlaceOfTheOneAskedFor(@TempDir Path folder) throws Exception {
        Path css = folder.resolve("probe.css");
        Files.writeString(css, ".probe { -fx-opacity: 1.0; }");
        Stylesheet.convertToBinary(writeSource(folder, ".probe { -fx-opacity: 0.25; }").toFile(),
                folder.resolve("probe.bss").toFile());
        Pane probe = new Pane();
        probe.getStyleClass().add("probe");
        StackPane root = new StackPane(probe);
        root.getStylesheets().add(css.toUri().toString());

        show(root, 200, 100);

        assertThat(probe.getOpacity()).as("styled by probe.bss, asked for as probe.css").isEqualTo(0.25);
    }

    private static Path writeSource(Path folder, String text) throws IOException {
        return Files.writeString(folder.resolve("other.css"), text);
    }
}
