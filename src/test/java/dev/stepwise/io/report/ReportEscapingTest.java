package dev.stepwise.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.report.Report;
import dev.stepwise.fixtures.FixturePath;
import dev.stepwise.service.ReportBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * Titles, names and notes are someone else's text (a shared path file, the learner's typing): in a report they stay
 * text, whatever they contain — tags, Markdown marks, a spreadsheet formula, line breaks, non-ASCII.
 */
class ReportEscapingTest {
    private static final String TAG_TITLE = "<script>alert('x')</script> & <b>co</b>";
    private static final String MARKS_TITLE = "# Learn *C* | _Rust_ `now` [link](http://x)";
    private static final String FORMULA_TITLE = "=HYPERLINK(\"http://evil.example\",\"click\")";
    private static final String LIST_TITLE = "- not a list";
    private static final String NON_ASCII = "Überblick, ça va? 日本語 ✓";
    private static final String SKILL_NAME = "@SUM(A1:A9), \"quoted\"";

    private final Report report = new ReportBuilder(ReportFixture.CLOCK, Locale.ENGLISH).build(ReportFixture.state(hostile()));

    @Test
    void htmlShowsTagsAsTextAndRunsNothing() {
        String html = text(ReportFormat.HTML);
        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;co&lt;/b&gt;",
                        "Joins are fine.<br>Indexes next.", NON_ASCII)
                .doesNotContain("<script", "<b>co")
                // Exactly one style sheet, ours, and nothing loaded from anywhere.
                .doesNotContain("<link", "src=", "href=", "url(");
        assertThat(html.split("<style>", -1)).hasSize(2);
    }

    @Test
    void markdownEscapesEveryMarkSoTablesKeepTheirColumns() {
        String markdown = text(ReportFormat.MARKDOWN);
        assertThat(markdown).contains("\\# Learn \\*C\\* \\| \\_Rust\\_ \\`now\\` \\[link\\](http://x)",
                "\\- not a list", "\\<script\\>", NON_ASCII);
        for (String line : markdown.split("\n")) {
            if (line.startsWith("| ") && line.contains("Learn") && line.contains("Rust")) {
                // Six columns: seven cell borders that are not escaped.
                assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).isEqualTo(7);
            }
        }
    }

    @Test
    void csvQuotesWhatMustBeQuotedAndNeutralisesFormulas() throws IOException {
        String csv = text(ReportFormat.CSV);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv.substring(1))).getRecords();
        List<String> titles = new ArrayList<>();
        records.forEach(record -> titles.add(record.get("title")));
        assertThat(titles).contains("'" + FORMULA_TITLE, "'" + LIST_TITLE, MARKS_TITLE, TAG_TITLE, NON_ASCII,
                "'" + SKILL_NAME);
        assertThat(titles).noneMatch(title -> !title.isEmpty() && "=+-@".indexOf(title.charAt(0)) >= 0);
        CSVRecord learning = records.stream().filter(record -> record.get("id").equals(FixturePath.LEARN_SQL))
                .findFirst().orElseThrow();
        assertThat(learning.get("note")).isEqualTo("Joins are fine.\nIndexes next.");
        // Numbers we write ourselves stay numbers: a skill above its target has a negative gap, not a neutralised one.
        assertThat(records.stream().filter(record -> record.get("table").equals("skill")).map(record -> record.get("gap")))
                .allMatch(gap -> gap.matches("-?\\d"));
    }

    private String text(ReportFormat format) {
        return new String(format.render(report, ReportProgress.NONE), StandardCharsets.UTF_8);
    }

    /** The fixture path with its first items and a skill renamed to hostile text. */
    private static LearningPath hostile() {
        LearningPath path = FixturePath.path();
        Section steps = path.sections().get(0);
        List<Item> items = new ArrayList<>(steps.items());
        items.set(0, items.get(0).withTitle(MARKS_TITLE));
        items.set(1, items.get(1).withTitle(TAG_TITLE));
        items.set(2, items.get(2).withTitle(FORMULA_TITLE));
        items.set(3, items.get(3).withTitle(LIST_TITLE));
        List<Section> sections = new ArrayList<>(path.sections());
        sections.set(0, steps.withItems(items));
        Section background = sections.get(1);
        List<Item> backgroundItems = new ArrayList<>(background.items());
        backgroundItems.set(0, backgroundItems.get(0).withTitle(NON_ASCII));
        sections.set(1, background.withItems(backgroundItems));
        List<Skill> skills = new ArrayList<>(path.skills());
        Skill first = skills.get(0);
        skills.set(0, first.with(SKILL_NAME, first.category(), first.description(), first.targetLevel()));
        return new LearningPath(path.id(), path.contentVersion(), path.title(), path.tagline(), path.overview(),
                path.industries(), skills, sections, path.selfChecks());
    }
}
