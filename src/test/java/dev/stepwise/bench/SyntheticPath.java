package dev.stepwise.bench;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.Level;
import dev.stepwise.domain.Resource;
import dev.stepwise.domain.Section;
import dev.stepwise.domain.SectionKind;
import dev.stepwise.domain.SelfCheck;
import dev.stepwise.domain.Skill;
import dev.stepwise.domain.SubItem;
import dev.stepwise.io.PathFileWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Big paths for the benchmarks, shaped like the bundled one (STYLE.md: "design for a path of 10,000 items"): items
 * spread evenly over the sections, each with 3–5 sub-steps, 1–2 https links and 1–4 linked skills, and titles and
 * details as long as the bundled path's (titles ≈ 45 characters, details ≈ 225). The same seed and sizes always give
 * the same path, so "before" and "after" figures measure the same content.
 */
public final class SyntheticPath {
    /** Every item's text draws from these words; the search benchmark types one of them. */
    static final List<String> WORDS = List.of(
            "build", "deploy", "service", "database", "query", "index", "cache", "queue", "message", "event",
            "pipeline", "container", "cluster", "network", "protocol", "request", "response", "schema", "migration",
            "test", "review", "design", "pattern", "module", "package", "release", "version", "branch", "merge",
            "monitor", "metric", "trace", "log", "alert", "incident", "security", "token", "secret", "permission",
            "audit", "backup", "restore", "replica", "shard", "latency", "throughput", "capacity", "budget", "team",
            "mentor", "document", "explain", "present", "estimate", "plan", "priority", "customer", "feedback",
            "prototype", "refactor", "profile", "optimise", "concurrency", "thread", "lock", "transaction", "consistency",
            "availability", "resilience", "retry", "timeout", "contract", "interface", "library", "framework",
            "compiler", "runtime", "memory", "storage", "stream");
    private static final List<String> CATEGORIES = List.of(Skill.TECHNICAL, Skill.TECHNICAL, Skill.TECHNICAL, Skill.SOFT);
    private static final List<String> SITES = List.of("https://developer.mozilla.org/en-US/docs/", "https://docs.oracle.com/",
            "https://www.sqlite.org/", "https://martinfowler.com/articles/", "https://kubernetes.io/docs/",
            "https://learn.microsoft.com/en-us/");

    private final Random random;

    private SyntheticPath(long seed) {
        this.random = new Random(seed);
    }

    /** A path of {@code items} items in {@code sections} sections linking {@code skills} skills. */
    public static LearningPath generate(long seed, int items, int sections, int skills) {
        if (items < 1 || sections < 1 || skills < 1) {
            throw new IllegalArgumentException("a path needs at least one item, section and skill");
        }
        return new SyntheticPath(seed).path(items, sections, skills);
    }

    /** The id of the n-th item (from 0) of every generated path. */
    public static String itemId(int n) {
        return "item-%06d".formatted(n);
    }

    /** Writes the path as a {@code stepwise-path} file (UTF-8, as the app exports it) and returns the file. */
    public static Path write(LearningPath path, Path file) throws IOException {
        Files.writeString(file, new PathFileWriter().write(path), StandardCharsets.UTF_8);
        return file;
    }

    private LearningPath path(int itemCount, int sectionCount, int skillCount) {
        List<Skill> skills = new ArrayList<>();
        for (int k = 0; k < skillCount; k++) {
            skills.add(new Skill("skill-%04d".formatted(k), capitalised(words(2, 3)), CATEGORIES.get(k % CATEGORIES.size()),
                    sentence(80, 220), Level.of(1 + random.nextInt(4))));
        }
        List<Section> sections = new ArrayList<>();
        int next = 0;
        for (int s = 0; s < sectionCount; s++) {
            int size = itemCount / sectionCount + (s < itemCount % sectionCount ? 1 : 0);
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                items.add(item(next++, skills));
            }
            SectionKind kind = s == sectionCount - 1 && sectionCount > 2 ? SectionKind.PRACTICE
                    : s == sectionCount - 2 && sectionCount > 2 ? SectionKind.BACKGROUND : SectionKind.STEPS;
            sections.add(new Section("section-%03d".formatted(s), kind, capitalised(words(2, 4)), sentence(60, 160), items));
        }
        List<SelfCheck> checks = new ArrayList<>();
        for (int c = 0; c < 5; c++) {
            checks.add(new SelfCheck("check-" + c, capitalised(words(6, 10)) + "."));
        }
        return new LearningPath("synthetic-%d-items".formatted(itemCount), 1, "Synthetic path of %,d items".formatted(itemCount),
                "A generated path for benchmarks", sentence(300, 600), List.of("Software"), skills, sections, checks);
    }

    private Item item(int n, List<Skill> skills) {
        String id = itemId(n);
        List<SubItem> subItems = new ArrayList<>();
        int subCount = 3 + random.nextInt(3);
        for (int s = 1; s <= subCount; s++) {
            subItems.add(new SubItem(id + "-s" + s, capitalised(words(4, 8))));
        }
        List<Resource> resources = new ArrayList<>();
        int resourceCount = 1 + random.nextInt(2);
        for (int r = 0; r < resourceCount; r++) {
            String topic = pick() + "-" + pick();
            resources.add(new Resource(capitalised(words(2, 5)), SITES.get(random.nextInt(SITES.size())) + topic));
        }
        Set<String> linked = new LinkedHashSet<>();
        int linkCount = Math.min(skills.size(), 1 + random.nextInt(4));
        while (linked.size() < linkCount) {
            linked.add(skills.get(random.nextInt(skills.size())).id());
        }
        return new Item(id, capitalised(words(5, 9)), sentence(120, 330), subItems, resources, List.copyOf(linked),
                1 + random.nextInt(80), null);
    }

    /** Between {@code min} and {@code max} characters of words, ending with a full stop. */
    private String sentence(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(capitalised(pick()));
        while (text.length() < length) {
            text.append(random.nextInt(9) == 0 ? ". " + capitalised(pick()) : " " + pick());
        }
        return text.append('.').toString();
    }

    private String words(int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        StringBuilder text = new StringBuilder(pick());
        for (int i = 1; i < count; i++) {
            text.append(' ').append(pick());
        }
        return text.toString();
    }

    private String pick() {
        return WORDS.get(random.nextInt(WORDS.size()));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
