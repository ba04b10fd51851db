package dev.stepwise.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/**
 * The calendar's figures a state keeps up to date after each change — every milestone's items done, counted and left,
 * the unfinished items with a date of their own, the skipped items of the plan — equal the figures made from scratch,
 * after any sequence of status changes (of checklist and archived items) and content edits in between. The references
 * are the plain walks the timeline, the due-soon list and the plan line made before the figures were kept; for the
 * due-soon list, the full list sorted as it once was, of which {@link DueSoon} spells out only the first few.
 */
class CalendarTalliesPropertyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    /** One change a learner can make. */
    sealed interface Step permits SetStatus, DropItem, Archive, Redate, Retitle {
    }

    /** Of any item the path holds, in the checklist or archived. */
    record SetStatus(int item, ItemStatus status) implements Step {
    }

    record DropItem(int item) implements Step {
    }

    record Archive(int item) implements Step {
    }

    /** Gives the checklist item a date of its own, days from today, or takes it away ({@code days} of 99). */
    record Redate(int item, int days) implements Step {
    }

    /** Renames the checklist item "Item n": a dated item's place among those of its day moves with its title. */
    record Retitle(int item, int title) implements Step {
    }

    /**
     * The days the due-soon list is asked for: the crowded days (five apart from {@link #TODAY}) fall before, on and
     * after "today", and on and after the last day of "soon" (today + 7).
     */
    private static final List<LocalDate> DAYS_ASKED = List.of(TODAY.minusDays(12), TODAY.minusDays(9), TODAY.minusDays(2),
            TODAY, TODAY.plusDays(5), TODAY.plusDays(9));

    /** @param shown how many entries of the due-soon list are spelt out: the cut often falls inside a crowded day */
    @Property(tries = 300)
    void keptCalendarFiguresEqualFiguresFromScratch(@ForAll("paths") LearningPath path, @ForAll("steps") List<Step> steps,
                                                    @ForAll @IntRange(min = 0, max = 9) int shown) {
        PathState state = PathState.fresh(path);
        assertMatchesScratch(state, shown);
        for (Step step : steps) {
            state = apply(state, step);
            assertMatchesScratch(state, shown);
        }
    }

    private static PathState apply(PathState state, Step step) {
        LearningPath path = state.path();
        List<Item> items = path.items().toList();
        List<String> held = new ArrayList<>(items.stream().map(Item::id).toList());
        path.archived().forEach(entry -> held.add(entry.id()));
        if (step instanceof SetStatus set && !held.isEmpty()) {
            String itemId = held.get(set.item() % held.size());
            return state.with(state.progressOf(itemId).withStatus(set.status(), TODAY));
        }
        if (items.isEmpty()) {
            return state;
        }
        if (step instanceof DropItem drop) {
            return state.withPath(PathEdits.removeItem(path, items.get(drop.item() % items.size()).id()));
        }
        if (step instanceof Archive archive) {
            return state.withPath(PathEdits.archiveItem(path, items.get(archive.item() % items.size()).id(),
                    Instant.parse("2026-01-01T00:00:00Z")));
        }
        if (step instanceof Retitle retitle) {
            return state.withPath(PathEdits.updateItem(path, items.get(retitle.item() % items.size()).id(),
                    item -> item.withTitle("Item " + retitle.title())));
        }
        Redate redate = (Redate) step;
        return state.withPath(PathEdits.updateItem(path, items.get(redate.item() % items.size()).id(),
                item -> item.withTargetDate(redate.days() == 99 ? null : TODAY.plusDays(redate.days()))));
    }

    private static void assertMatchesScratch(PathState state, int shown) {
        assertThat(state.tallies()).isEqualTo(state.recount());
        LocalDate start = TODAY.minusDays(20);
        for (LocalDate today : DAYS_ASKED) {
            assertThat(Timeline.of(state, start, today)).as("timeline on %s", today)
                    .isEqualTo(Timeline.of(state.path(), state::statusOf, start, today));
            List<DueSoon.Entry> scratch = dueSoonFromScratch(state, today);
            assertDueSoon(DueSoon.of(state, today, shown), scratch, shown, today);
            assertDueSoon(DueSoon.of(state, today, Integer.MAX_VALUE), scratch, Integer.MAX_VALUE, today);
        }
        assertThat(PlanPoint.of(state)).as("plan line").isEqualTo(PlanPoint.ofMilestones(state.path().milestones(),
                itemId -> state.statusOf(itemId) != ItemStatus.SKIPPED));
        state.path().items().forEach(item -> assertThat(state.shape().earliestMilestoneHolding(item.id()))
                .as("earliest milestone of %s", item.id())
                .isEqualTo(state.path().milestones().stream().filter(milestone -> milestone.holds(item.id()))
                        .min(Comparator.comparing(Milestone::due))));
    }

    /** The first {@code shown} of the full list, its size, its overdue entries and its first milestone. */
    private static void assertDueSoon(DueSoon kept, List<DueSoon.Entry> scratch, int shown, LocalDate today) {
        assertThat(kept.first()).as("due soon on %s, first %d", today, shown)
                .isEqualTo(scratch.subList(0, Math.min(shown, scratch.size())));
        assertThat(kept.count()).as("due soon on %s: all", today).isEqualTo(scratch.size());
        assertThat(kept.overdue()).as("due soon on %s: overdue", today)
                .isEqualTo((int) scratch.stream().filter(entry -> entry.state() == DueState.OVERDUE).count());
        assertThat(kept.firstMilestone()).as("due soon on %s: first milestone", today)
                .isEqualTo(scratch.stream().filter(DueSoon.Entry::milestone).findFirst());
    }

    /** What is due soon, by a walk of every milestone's items and every dated item. */
    private static List<DueSoon.Entry> dueSoonFromScratch(PathState state, LocalDate today) {
        PathShape shape = state.shape();
        List<DueSoon.Entry> entries = new ArrayList<>();
        for (Milestone milestone : state.path().milestones()) {
            int left = (int) milestone.itemIds().stream().filter(itemId -> shape.item(itemId).isPresent())
                    .filter(itemId -> !Deadlines.finished(state.statusOf(itemId))).count();
            DueState due = Deadlines.state(milestone.due(), left == 0, today);
            if (due.pressing()) {
                entries.add(new DueSoon.Entry(true, milestone.id(), milestone.title(), milestone.due(), due, left));
            }
        }
        shape.deadlines().dated().forEach((itemId, date) -> {
            DueState due = Deadlines.state(date, Deadlines.finished(state.statusOf(itemId)), today);
            if (due.pressing()) {
                shape.item(itemId).filter(item -> date.equals(item.targetDate()))
                        .ifPresent(item -> entries.add(new DueSoon.Entry(false, itemId, item.title(), date, due, 0)));
            }
        });
        entries.sort(Comparator.comparing(DueSoon.Entry::due).thenComparing(entry -> !entry.milestone())
                .thenComparing(DueSoon.Entry::title).thenComparing(DueSoon.Entry::id));
        return entries;
    }

    @Provide
    Arbitrary<LearningPath> paths() {
        return Arbitraries.longs().map(CalendarTalliesPropertyTest::path);
    }

    /**
     * Up to four sections of up to seven items, some with a date of their own, up to three archived items, and up to
     * four milestones on few distinct days (so some share one) holding any of them, now and then one twice. Every
     * other path is crowded: most items dated, on the milestones' days five apart, with titles of three kinds, so many
     * items (and milestones) share the day on which the spelt-out entries are cut and their order turns on title and id.
     */
    private static LearningPath path(long seed) {
        Random random = new Random(seed);
        boolean crowded = random.nextBoolean();
        List<String> ids = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (int s = 0; s < 1 + random.nextInt(4); s++) {
            List<Item> items = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                items.add(item(ids, random, crowded));
            }
            sections.add(new Section("sec" + s, SectionKind.STEPS, "Section " + s, "", items));
        }
        List<ArchivedItem> archived = new ArrayList<>();
        for (int a = random.nextInt(4); a > 0; a--) {
            archived.add(new ArchivedItem(item(ids, random, crowded), "sec0", Instant.parse("2025-12-01T00:00:00Z")));
        }
        List<Milestone> milestones = new ArrayList<>();
        for (int m = 0; m < random.nextInt(5); m++) {
            List<String> held = new ArrayList<>();
            for (int i = ids.isEmpty() ? 0 : random.nextInt(ids.size() + 2); i > 0; i--) {
                held.add(ids.get(random.nextInt(ids.size())));
            }
            List<String> chosen = random.nextInt(4) == 0 ? held : held.stream().distinct().toList();
            milestones.add(new Milestone("m" + m, "Milestone " + m, TODAY.plusDays(5L * (random.nextInt(7) - 3)), chosen));
        }
        return new LearningPath("p", 1, "Path", "", "", List.of(), List.of(), sections, List.of(), archived, milestones);
    }

    private static Item item(List<String> ids, Random random, boolean crowded) {
        String id = "i" + ids.size();
        ids.add(id);
        LocalDate own = crowded ? random.nextInt(4) == 0 ? null : TODAY.plusDays(5L * (random.nextInt(4) - 2))
                : random.nextInt(3) == 0 ? TODAY.plusDays(random.nextInt(31) - 15) : null;
        return new Item(id, "Item " + random.nextInt(3), "", List.of(), List.of(), List.of(), null, own);
    }

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Integer> index = Arbitraries.integers().between(0, 40);
        Arbitrary<Step> step = Arbitraries.frequencyOf(
                Tuple.of(10, Combinators.combine(index, Arbitraries.of(ItemStatus.class)).as(SetStatus::new)),
                Tuple.of(1, index.map(DropItem::new)),
                Tuple.of(1, index.map(Archive::new)),
                Tuple.of(1, Combinators.combine(index, Arbitraries.of(-12, -5, -3, 0, 4, 5, 7, 8, 99)).as(Redate::new)),
                Tuple.of(1, Combinators.combine(index, Arbitraries.integers().between(0, 3)).as(Retitle::new)));
        return step.list().ofMaxSize(30);
    }
}
