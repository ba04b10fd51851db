package dev.stepwise.domain;

import dev.stepwise.domain.UpstreamChange.Kind;
import dev.stepwise.domain.UpstreamChange.Subject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The changes of one merge, collected in any order and handed out in path order: the path itself, then each section
 * followed by its items, then the archive, then the skills, then the milestones. What the merge took away is listed
 * where the learner last saw it, right after what came before it in their copy.
 */
final class ChangeLog {
    static final String PATH = "p";

    private record Entry(String key, UpstreamChange change) {
    }

    private final List<Entry> entries = new ArrayList<>();

    static String section(String id) {
        return "s:" + id;
    }

    static String item(String id) {
        return "i:" + id;
    }

    static String skill(String id) {
        return "k:" + id;
    }

    static String milestone(String id) {
        return "m:" + id;
    }

    void add(String key, UpstreamChange change) {
        if (change != null) {
            entries.add(new Entry(key, change));
        }
    }

    void add(String key, Kind kind, Subject subject, String id, String title, Phrase detail) {
        add(key, new UpstreamChange(kind, subject, id, title, detail));
    }

    /**
     * The changes in path order: by where their entity is in {@code merged}'s checklist or skills, else where it was
     * in {@code mine} (so an item archived by the merge is listed where the learner last saw it).
     */
    List<UpstreamChange> ordered(LearningPath merged, LearningPath mine) {
        Chain order = new Chain(keys(merged, false));
        String last = null;
        for (String key : keys(mine, true)) {
            if (!order.contains(key)) {
                order.insertAfter(last, key);
            }
            last = key;
        }
        Map<String, Integer> rank = new HashMap<>();
        List<String> keys = order.ids();
        for (int i = 0; i < keys.size(); i++) {
            rank.put(keys.get(i), i);
        }
        return entries.stream()
                .sorted(Comparator.comparingInt(entry -> rank.getOrDefault(entry.key(), Integer.MAX_VALUE)))
                .map(Entry::change)
                .toList();
    }

    private static List<String> keys(LearningPath path, boolean withArchive) {
        List<String> keys = new ArrayList<>();
        keys.add(PATH);
        for (Section section : path.sections()) {
            keys.add(section(section.id()));
            section.items().forEach(item -> keys.add(item(item.id())));
        }
        if (withArchive) {
            path.archived().forEach(entry -> keys.add(item(entry.id())));
        }
        path.skills().forEach(skill -> keys.add(skill(skill.id())));
        path.milestones().forEach(milestone -> keys.add(milestone(milestone.id())));
        return keys;
    }
}
