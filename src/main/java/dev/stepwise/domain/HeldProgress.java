package dev.stepwise.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * What the learner has put into a path: what deleting it would lose, named before they confirm. Everything the checklist
 * and the matrix count as progress counts here too (a skipped item, a ticked sub-step, a target of their own).
 */
public record HeldProgress(int started, int done, int notes, int ratings, int answers, int skipped, int subSteps,
                           int targets) {
    public boolean isEmpty() {
        return started == 0 && done == 0 && notes == 0 && ratings == 0 && answers == 0 && skipped == 0 && subSteps == 0
                && targets == 0;
    }

    /** "3 items done, 2 in progress, 4 notes and 7 skill ratings", or "no progress yet". */
    public String describe() {
        List<String> parts = new ArrayList<>();
        add(parts, done, "item done", "items done");
        add(parts, started, "item in progress", "items in progress");
        add(parts, skipped, "item skipped", "items skipped");
        add(parts, subSteps, "ticked sub-step", "ticked sub-steps");
        add(parts, notes, "note", "notes");
        add(parts, ratings, "skill rating", "skill ratings");
        add(parts, targets, "skill target of your own", "skill targets of your own");
        add(parts, answers, "self-check answer", "self-check answers");
        if (parts.isEmpty()) {
            return "no progress yet";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    private static void add(List<String> parts, int count, String one, String many) {
        if (count > 0) {
            parts.add(count + " " + (count == 1 ? one : many));
        }
    }
}
