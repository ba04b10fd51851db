package dev.stepwise.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.BackupReason;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.SelfCheckAnswer;
import dev.stepwise.domain.Texts;
import dev.stepwise.domain.UpstreamChange;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every language ships every text: the same keys as the base bundle, nothing empty, the same {@code {0}}, {@code {1}}
 * placeholders, patterns that {@link MessageFormat} reads, and every key the code asks for present. A language added by
 * copying messages.properties to messages_xx.properties is checked without touching this test.
 */
class BundleCompletenessTest {
    private static final Path FOLDER = Path.of("src/main/resources/dev/stepwise");
    private static final Path BASE = FOLDER.resolve("messages.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");
    /** A literal in UI code shaped like a key ({@code "menu.file"}, {@code "dialog.pathImport.updateHeader"}). */
    /** Dotted literals in UI code that are system properties or package names, not keys. */
    private static final Set<String> NOT_KEYS = Set.of("dev.stepwise", "user.home", "os.name");
    private static final Pattern PHRASE_IN_CODE = Pattern.compile("Phrase\\.of\\(\\s*\"([^\"]+)\"");
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z][a-zA-Z0-9]*)+)\"");

    @Test
    void everyTranslationHasEveryKeyOfTheBaseBundle() throws IOException {
        Set<String> base = load(BASE).keySet();
        for (Path translation : translations()) {
            assertThat(load(translation).keySet()).as("keys of %s", translation.getFileName()).containsAll(base);
        }
    }

    @Test
    void noTranslationHasKeysTheBaseBundleLacks() throws IOException {
        Set<String> base = load(BASE).keySet();
        for (Path translation : translations()) {
            assertThat(base).as("keys of %s missing from messages.properties", translation.getFileName())
                    .containsAll(load(translation).keySet());
        }
    }

    @Test
    void germanShips() throws IOException {
        assertThat(translations()).extracting(path -> path.getFileName().toString()).contains("messages_de.properties");
        for (var locale : Messages.SHIPPED.subList(1, Messages.SHIPPED.size())) {
            assertThat(FOLDER.resolve("messages_" + locale.getLanguage() + ".properties")).exists();
        }
    }

    /** Properties keep the last of two equal keys without a word: the first text would silently never be shown. */
    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (Path bundle : allBundles()) {
            Set<String> seen = new TreeSet<>();
            List<String> twice = new ArrayList<>();
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                // A line that starts with a space continues the value above it (long texts are wrapped).
                boolean keyLine = !line.isBlank() && !line.startsWith("#") && !Character.isWhitespace(line.charAt(0));
                if (keyLine && equals > 0 && !seen.add(line.substring(0, equals).strip())) {
                    twice.add(line.substring(0, equals).strip());
                }
            }
            assertThat(twice).as("keys defined twice in %s", bundle.getFileName()).isEmpty();
        }
    }

    @Test
    void noValueIsEmpty() throws IOException {
        for (Path bundle : allBundles()) {
            load(bundle).forEach((key, value) -> assertThat(value).as("%s in %s", key, bundle.getFileName()).isNotBlank());
        }
    }

    @Test
    void everyTranslationHasTheSamePlaceholders() throws IOException {
        Map<String, String> base = load(BASE);
        for (Path translation : translations()) {
            Map<String, String> translated = load(translation);
            base.forEach((key, value) -> {
                if (translated.containsKey(key)) {
                    assertThat(placeholders(translated.get(key))).as("placeholders of %s in %s", key, translation.getFileName())
                            .isEqualTo(placeholders(value));
                }
            });
        }
    }

    /** MessageFormat swallows a plain apostrophe and everything up to the next one: the texts use ’ instead. */
    @Test
    void everyValueIsAPatternWithoutPlainApostrophes() throws IOException {
        for (Path bundle : allBundles()) {
            load(bundle).forEach((key, value) -> {
                assertThat(value).as("%s in %s (write ’, not ')", key, bundle.getFileName()).doesNotContain("'");
                assertThat(new MessageFormat(value).toPattern()).as("%s in %s", key, bundle.getFileName()).isNotEmpty();
            });
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> base = load(BASE).keySet();
        List<String> missing = new ArrayList<>();
        List<Path> code = new ArrayList<>(List.of(Path.of("src/main/java/dev/stepwise/App.java")));
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/stepwise/ui"))) {
            // Messages names the bundle and the override property, which look like keys but are not.
            code.addAll(sources.filter(path -> path.toString().endsWith(".java") && !path.endsWith("Messages.java")).toList());
        }
        for (Path source : code) {
            Matcher keys = KEY_IN_CODE.matcher(Files.readString(source));
            while (keys.find()) {
                if (!base.contains(keys.group(1)) && !NOT_KEYS.contains(keys.group(1)) && !isListEditorStem(keys.group(1), base)) {
                    missing.add(source.getFileName() + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).as("keys named in code but missing from messages.properties").isEmpty();
    }

    /**
     * A list editor's kind ({@link OrderedListEditor.Kind}) and a search field ({@link SearchField}) name the stem of
     * their keys: each needs every one of its own.
     */
    private static boolean isListEditorStem(String stem, Set<String> keys) {
        return Stream.of(OrderedListEditor.KEYS, SearchField.KEYS)
                .anyMatch(needed -> needed.stream().allMatch(key -> keys.contains(stem + "." + key)));
    }

    /** Every layer names its sentences as phrases ({@code Phrase.of("file.problem.missing", …)}); each key must exist. */
    @Test
    void everyPhraseKeyInTheCodeExists() throws IOException {
        Set<String> base = load(BASE).keySet();
        List<String> missing = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher keys = PHRASE_IN_CODE.matcher(Files.readString(source));
                while (keys.find()) {
                    if (!base.contains(keys.group(1))) {
                        missing.add(source.getFileName() + ": " + keys.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("phrase keys named in code but missing from messages.properties").isEmpty();
    }

    /** The keys the code builds from a prefix and a name. */
    @Test
    void everyKeyTheCodeBuildsExists() throws IOException {
        Set<String> base = load(BASE).keySet();
        List<String> built = new ArrayList<>();
        Stream.of(ItemStatus.values()).forEach(status -> built.addAll(List.of("status." + status.name(),
                "status.marked." + status.name(), "undo.status." + status.name())));
        Stream.of(Level.values()).forEach(level -> built.addAll(List.of("level." + level.name(),
                "level." + level.name() + ".anchor")));
        Stream.of(SelfCheckAnswer.values()).forEach(answer -> built.add("selfCheck." + answer.name()));
        Stream.of(UpstreamChange.Kind.values()).forEach(kind -> built.add("change." + kind.name()));
        Stream.of(UpstreamChange.Subject.values()).forEach(subject -> built.add("change.subject." + subject.name()));
        // Lists in an update's change detail are joined pair by pair (FieldMerge.joined).
        built.addAll(List.of("change.detail.list", "change.detail.parts"));
        Stream.of(Texts.Field.values()).forEach(field -> built.add(field.phrase().key()));
        Stream.of(BackupReason.values()).forEach(reason -> built.add(reason.phrase().key()));
        Stream.of(FilePicker.Kind.values()).forEach(kind -> built.add("file.kind." + kind.name()));
        Stream.of("OVERVIEW", "CHECKLIST", "SKILLS").forEach(page -> built.add("page." + page));
        Stream.of("pages", "find", "quit").forEach(row -> built.addAll(List.of("help.key." + row, "help.do." + row)));
        Stream.of("system", "en", "de").forEach(language -> built.add("menu.view.language." + language));
        assertThat(base).containsAll(built);
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<Path> translations() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(path -> path.getFileName().toString().matches("messages_[a-z]{2,3}(_[A-Z]{2})?\\.properties"))
                    .sorted().toList();
        }
    }

    private static List<Path> allBundles() throws IOException {
        List<Path> all = new ArrayList<>(List.of(BASE));
        all.addAll(translations());
        return all;
    }

    private static Map<String, String> load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Map<String, String> values = new TreeMap<>();
        properties.forEach((key, value) -> values.put((String) key, (String) value));
        return values;
    }
}
