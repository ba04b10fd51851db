package dev.stepwise.bench;

import dev.stepwise.domain.ItemStatus;
import dev.stepwise.service.Stepwise;
import dev.stepwise.store.WalIndex;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Why a durable tick costs what it does next to its floor: how many pages its commit writes to the log, by table and
 * index, and what a raw transaction costs that writes that many pages and does nothing else. A commit's cost grows with
 * the pages it writes (each is a frame appended to the log before the one sync); the floor writes one. The raw curve
 * is the part of {@code tick.ratio.floor} that no code around the statements can remove, only writing less data.
 */
final class TickPages {
    private static final int COUNTED_TICKS = 100;
    private static final int MAX_PAGES = 8;
    /** The log file's header, before its first frame (https://www.sqlite.org/walformat.html). */
    private static final int LOG_HEADER_BYTES = 32;

    private TickPages() {
    }

    /** Runs on the floor's file once its own measurement is done: the status changes here reuse its item. */
    static void run(Stepwise stepwise, RawConnection raw, Path databaseFile, String pathId, String itemId, int items)
            throws SQLException, IOException {
        double pages = pagesPerTick(stepwise, raw, databaseFile, pathId, itemId);
        rawCurve(raw, databaseFile, pathId, items, (int) Math.max(1, Math.min(MAX_PAGES, Math.round(pages))));
    }

    private static double pagesPerTick(Stepwise stepwise, RawConnection raw, Path databaseFile, String pathId, String itemId)
            throws SQLException, IOException {
        raw.emptyLog();
        for (int i = 0; i < COUNTED_TICKS; i++) {
            stepwise.progress().setStatus(pathId, itemId, i % 2 == 0 ? ItemStatus.DONE : ItemStatus.NOT_STARTED);
        }
        List<Integer> written = loggedPages(databaseFile, raw.pageSize());
        // Read after the ticks: a page they allocated has its owner only now.
        Map<Integer, String> owners = raw.pageOwners();
        Map<String, Integer> byOwner = new TreeMap<>();
        written.forEach(page -> byOwner.merge(owners.getOrDefault(page, "(freed since)"), 1, Integer::sum));
        StringBuilder split = new StringBuilder();
        byOwner.forEach((owner, count) -> split.append(split.isEmpty() ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.2f", owner, count / (double) COUNTED_TICKS)));
        double perTick = written.size() / (double) COUNTED_TICKS;
        Samples.say("pages a durable tick writes to the log, over %d ticks: %.2f per tick (%s); the floor writes 1", COUNTED_TICKS,
                perTick, split);
        Samples.bench("tick.pages", perTick);
        return perTick;
    }

    /**
     * Raw transactions updating 1 to {@code most} progress rows far apart (one page each), in turns of {@value Floor#BLOCK}
     * as the floor's are, so that the disk's moods fall on every size alike.
     */
    private static void rawCurve(RawConnection raw, Path databaseFile, String pathId, int items, int most)
            throws SQLException, IOException {
        // Rows of items a spacing apart, each in the middle of its stretch: the rows the ticks made before (items in
        // the middle of the path) are at the start of the table, next to none of these.
        raw.ensureProgressRows(pathId);
        int spacing = items / MAX_PAGES;
        List<List<String>> rows = IntStream.rangeClosed(1, most).mapToObj(k -> IntStream.range(0, k)
                .mapToObj(i -> SyntheticPath.itemId(i * spacing + spacing / 2)).toList()).toList();
        List<Samples> samples = new ArrayList<>();
        List<Double> pagesWritten = new ArrayList<>();
        for (List<String> ids : rows) {
            samples.add(new Samples());
            raw.emptyLog();
            raw.update(pathId, ids, "LEARNING");
            pagesWritten.add((double) loggedPages(databaseFile, raw.pageSize()).size());
        }
        for (int block = 0; block < Floor.WARMUPS + Floor.RUNS; block += Floor.BLOCK) {
            for (int k = 0; k < most; k++) {
                for (int i = block; i < block + Floor.BLOCK; i++) {
                    long start = System.nanoTime();
                    raw.update(pathId, rows.get(k), i % 2 == 0 ? "DONE" : "NOT_STARTED");
                    if (block >= Floor.WARMUPS) {
                        samples.get(k).add(System.nanoTime() - start);
                    }
                }
            }
        }
        double one = samples.get(0).medianMillis();
        for (int k = 0; k < most; k++) {
            Samples.say("  raw transaction updating %d row(s) far apart (%.0f page(s) logged): %s, %.2f× one page", k + 1,
                    pagesWritten.get(k), samples.get(k).describe(), samples.get(k).medianMillis() / one);
        }
        Samples.say("a raw transaction writing as many pages as a durable tick (%d) costs %.2f× the floor", most,
                samples.get(most - 1).medianMillis() / one);
        Samples.bench("floor.samepages.ratio", samples.get(most - 1).medianMillis() / one);
    }

    /** The page numbers of the frames in the log, in order (one per page per commit; the log was emptied before). */
    private static List<Integer> loggedPages(Path databaseFile, int pageSize) throws IOException {
        Path log = databaseFile.resolveSibling(databaseFile.getFileName() + "-wal");
        List<Integer> pages = new ArrayList<>();
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.READ)) {
            ByteBuffer header = ByteBuffer.allocate(WalIndex.FRAME_HEADER_BYTES);
            long frameBytes = WalIndex.FRAME_HEADER_BYTES + pageSize;
            for (long at = LOG_HEADER_BYTES; at + frameBytes <= channel.size(); at += frameBytes) {
                header.clear();
                while (header.hasRemaining() && channel.read(header, at + header.position()) > 0) {
                    // reads the frame header whole
                }
                pages.add(header.getInt(0));
            }
        }
        return pages;
    }
}
