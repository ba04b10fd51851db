package dev.stepwise.ui.common;

import java.util.function.Predicate;

/**
 * The selection a search or filter hid, given back when the rows show it again. A page's keys act on its selected
 * row, so a row the search hides is no longer selected; but a learner who clears a search that found nothing expects
 * the row they were on, not nothing. Every searchable page keeps its selection through one of these, so they all
 * behave alike. It holds ids only: no toolkit needed, one per view model, FX thread only.
 */
public final class HiddenSelection {
    private String hidden;

    /**
     * What is to be selected now that the rows shown changed. A selection the rows still show stays; one they hide is
     * set aside, and nothing is selected; one set aside comes back once the rows show it again, unless the learner
     * chose another row meanwhile.
     *
     * @param selected what is selected now, or {@code null}
     * @param shown whether the rows now shown hold the id's row
     */
    public String afterRowsChanged(String selected, Predicate<String> shown) {
        if (selected != null) {
            if (shown.test(selected)) {
                hidden = null;
                return selected;
            }
            hidden = selected;
            return null;
        }
        if (hidden != null && shown.test(hidden)) {
            String back = hidden;
            hidden = null;
            return back;
        }
        return null;
    }

    /** Nothing set aside any more: another path is shown, or the selection went on to another row for its own reason. */
    public void forget() {
        hidden = null;
    }
}
