package dev.stepwise.domain;

import java.util.List;
import java.util.Map;

/**
 * What a look at a closed database file (a backup, or the data file before it is opened) found.
 *
 * @param problems    what {@code PRAGMA integrity_check} reported, empty when it said "ok"
 * @param brokenLinks rows pointing at rows that are gone, as "table → parent"; empty also when the links could not be
 *                    checked
 * @param linksChecked whether the links could be checked at all: a damaged file can refuse even that
 * @param rowCounts   table → number of rows, tables sorted by name; {@value #UNREADABLE} for a table that could not be
 *                    counted
 * @param stepwise    whether the file carries Stepwise's mark in its header
 * @param paths       how many paths it holds
 * @param itemsDone   how many items are marked done in it
 */
public record FileCheck(List<String> problems, List<String> brokenLinks, boolean linksChecked, Map<String, Long> rowCounts,
                        boolean stepwise, int schemaVersion, long paths, long itemsDone) {
    /** The row count of a table that could not be read. */
    public static final long UNREADABLE = -1;

    public FileCheck {
        problems = List.copyOf(problems);
        brokenLinks = List.copyOf(brokenLinks);
        rowCounts = Map.copyOf(rowCounts);
    }

    /** Undamaged, no broken links and Stepwise's: safe to restore from. */
    public boolean ok() {
        return problems.isEmpty() && brokenLinks.isEmpty() && stepwise;
    }
}
