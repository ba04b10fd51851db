package dev.stepwise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No text the learner reads is written in the Java code of the UI or App: it comes from messages.properties, so
 * every language gets it. Two checks: a literal handed straight to a control's text (the setters and constructors
 * below), and any literal that reads like a sentence or a label (a capital letter, then a small one), which catches the
 * texts passed through helpers ({@code item("Quit", …)}, {@code heading("Skills")}).
 *
 * <p>The scan covers every file of the UI and App: a new file is checked from its first line, with no list to forget.
 */
class NoStringsLeftInCodeTest {
    private static final Path UI = Path.of("src/main/java/dev/stepwise/ui");
    private static final List<Path> SCANNED = List.of(UI, Path.of("src/main/java/dev/stepwise/App.java"));

    private static final Pattern SHOWN_LITERAL = Pattern.compile("(?:\\.(?:setText|setPromptText|setTitle|setHeaderText"
            + "|setContentText|setAccessibleText|setAccessibleHelp)|\\bnew (?:Label|Button|MenuItem|Menu|Tooltip|CheckMenuItem"
            + "|RadioMenuItem|ToggleButton|Hyperlink|CheckBox|ButtonType))\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    /** Reads like words for people: "Quit", "Import path", "“…” cannot be imported". */
    private static final Pattern PROSE = Pattern.compile("^(?:[A-Z][a-z’]|“).*");

    /**
     * Literals that read like prose but are not shown as they are, each with its reason. Every entry is a decision,
     * not a way out: a new text for people belongs in messages.properties.
     */
    private static final Set<String> NOT_SHOWN = Set.of(
            // The first path of an empty workspace is the learner's content once created, like any path title.
            "My path");

    @Test
    void noControlIsGivenALiteralText() throws IOException {
        assertThat(findings(SHOWN_LITERAL)).as("literal texts given to controls (file:line)").isEmpty();
    }

    @Test
    void noTextForPeopleIsWrittenInCode() throws IOException {
        assertThat(findings(LITERAL)).as("texts for people written in code (file:line)").isEmpty();
    }

    @Test
    void theScanSeesEveryScreen() throws IOException {
        assertThat(sources()).extracting(path -> path.getFileName().toString())
                .contains("TransferActions.java", "RoleImportDialog.java", "Dialogs.java", "TextPrompts.java", "MainMenus.java",
                        "HelpDialogs.java", "PathActions.java", "UpgradeDialog.java", "App.java", "ChecklistView.java",
                        "ChecklistCell.java", "ItemDetailPane.java", "SkillsMatrixView.java", "MatrixGrid.java", "SkillDetailPane.java",
                        "OverviewView.java", "ProgressCard.java", "MainWindow.java", "WindowPlacement.java", "Sidebar.java");
    }

    private static List<String> findings(Pattern pattern) throws IOException {
        List<String> found = new ArrayList<>();
        for (Path source : sources()) {
            List<String> lines = Files.readAllLines(source);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (isCommentOrLog(line)) {
                    continue;
                }
                Matcher matcher = pattern.matcher(line);
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    boolean shown = pattern == SHOWN_LITERAL ? !literal.isBlank() : isProse(literal);
                    if (shown && !NOT_SHOWN.contains(literal)) {
                        found.add(source + ":" + (i + 1) + " \"" + literal + "\"");
                    }
                }
            }
        }
        return found;
    }

    private static boolean isProse(String literal) {
        // A key combination ("Shortcut+Shift+I") is not prose; the system's names for keys are not ours to translate.
        return PROSE.matcher(literal).matches() && !literal.matches("[A-Za-z]+(\\+[A-Za-z0-9]+)+");
    }

    /** Comments, and texts for the log or an exception's message (read by developers, in English). */
    private static boolean isCommentOrLog(String line) {
        String code = line.strip();
        return code.startsWith("*") || code.startsWith("//") || code.startsWith("/*") || code.contains("LOG.")
                || code.contains("Exception(");
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path scanned : SCANNED) {
            try (Stream<Path> files = Files.walk(scanned)) {
                files.filter(path -> path.toString().endsWith(".java"))
                        .sorted()
                        .forEach(sources::add);
            }
        }
        return sources;
    }
}
