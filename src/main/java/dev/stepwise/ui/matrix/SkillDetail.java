package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SkillStanding;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the matrix's detail pane shows: the standing, the rating history (newest first) and the linked items. */
public record SkillDetail(SkillStanding standing, List<Rating> historyNewestFirst, List<LinkedItem> linkedItems) {

    /** The history the way time runs, for the chart of the level over time. */
    public List<Rating> historyOldestFirst() {
        List<Rating> history = new ArrayList<>(historyNewestFirst);
        Collections.reverse(history);
        return history;
    }

    public record LinkedItem(Item item, ItemStatus status) {
    }
}
