package dev.stepwise.domain;

import dev.stepwise.domain.ProgressChange.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The study-time and review part of {@link ProgressMerge}. Sessions are history, like ratings: one the store lacks
 * (by item and start instant) is added, none is removed or changed, so importing the same file twice counts its
 * minutes once. A review the file carries replaces the stored one, if the item is done once the import is applied;
 * otherwise it is skipped, as is study time on an item the path does not have (archived items keep theirs).
 */
final class StudyMerge {
    record Result(List<StudyEntry> newEntries, Map<String, Review> reviews) {
    }

    private StudyMerge() {
    }

    /** {@code items}: the item progress the import writes, by id; {@code changes} and {@code skipped} are added to. */
    static Result merge(PathState current, StudyLog log, ProgressFile file, Map<String, ItemProgress> items,
                        List<ProgressChange> changes, List<Phrase> skipped) {
        Set<String> known = log.entries().stream().map(StudyEntry::key).collect(Collectors.toSet());
        Map<String, List<StudyEntry>> added = new TreeMap<>();
        for (StudyEntry entry : file.studyTime()) {
            if (titleOf(current, entry.itemId()).isEmpty()) {
                skipped.add(Phrase.of("progress.skipped.studyTime", entry.itemId()));
            } else if (known.add(entry.key())) {
                added.computeIfAbsent(entry.itemId(), id -> new ArrayList<>()).add(entry);
            }
        }
        List<StudyEntry> newEntries = new ArrayList<>();
        added.forEach((itemId, entries) -> {
            newEntries.addAll(entries);
            int minutes = entries.stream().mapToInt(StudyEntry::minutes).sum();
            changes.add(new ProgressChange(Subject.ITEM, itemId, titleOf(current, itemId).orElseThrow(),
                    Phrase.of("progress.detail.studyTime", minutes)));
        });
        Map<String, Review> reviews = new LinkedHashMap<>();
        new TreeMap<>(file.reviews()).forEach((itemId, review) -> {
            ItemStatus status = items.containsKey(itemId) ? items.get(itemId).status() : current.statusOf(itemId);
            Optional<String> title = titleOf(current, itemId);
            if (title.isEmpty()) {
                skipped.add(Phrase.of("progress.skipped.reviewOfMissing", itemId));
            } else if (status != ItemStatus.DONE) {
                skipped.add(Phrase.of("progress.skipped.review", itemId));
            } else if (!log.reviewOf(itemId).equals(Optional.of(review))) {
                reviews.put(itemId, review);
                changes.add(new ProgressChange(Subject.ITEM, itemId, title.get(), Phrase.of("progress.detail.review",
                        review.dueOn().toString())));
            }
        });
        return new Result(newEntries, reviews);
    }

    private static Optional<String> titleOf(PathState current, String itemId) {
        return current.path().item(itemId).or(() -> current.path().archivedItem(itemId).map(ArchivedItem::item))
                .map(Item::title);
    }
}
