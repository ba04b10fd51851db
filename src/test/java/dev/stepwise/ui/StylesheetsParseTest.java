package dev.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/**
 * Every stylesheet of the window parses without an error. JavaFX only logs a broken rule and drops the rest of the file from there,
 * so a lost brace (it happened in a merge) silently unstyles half the window; this catches it at build time.
 */
class StylesheetsParseTest {
    @Test
    void everyStylesheetParsesCleanly() throws IOException {
        List<Path> sheets;
        // The window's stylesheets; the report's (io/report) is a web page's CSS, which JavaFX's parser does not speak.
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/stepwise/ui"))) {
            sheets = files.filter(file -> file.toString().endsWith(".css")).toList();
        }
        assertThat(sheets).isNotEmpty();
        for (Path sheet : sheets) {
            CssParser.errorsProperty().clear();
            URL url = sheet.toUri().toURL();
            new CssParser().parse(url);
            assertThat(CssParser.errorsProperty()).as(sheet.toString()).isEmpty();
        }
    }
}
