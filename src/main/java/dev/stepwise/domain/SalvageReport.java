package dev.stepwise.domain;

import java.util.List;
import java.util.Map;

/**
 * What salvaging a damaged database copied into the fresh file.
 *
 * @param copied  table → rows copied, tables sorted by name
 * @param skipped table → rows left behind: unreadable, refused by the fresh file's rules, or pointing at a row that
 *                could not be saved
 * @param notes   what else went wrong, in English (a table that could not be read at all, a gap of unreadable rows)
 */
public record SalvageReport(Map<String, Long> copied, Map<String, Long> skipped, List<String> notes) {
    public SalvageReport {
        copied = Map.copyOf(copied);
        skipped = Map.copyOf(skipped);
        notes = List.copyOf(notes);
    }
}
