package dev.stepwise.ui.matrix;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.ItemStatus;
import dev.stepwise.domain.Rating;
import dev.stepwise.domain.SkillStanding;
import java.util.List;

/** What the matrix's detail pane shows: the standing, the rating history (newest first) and the linked items. */
public record SkillDetail(SkillStanding standing, List<Rating> historyNewestFirst, List<LinkedItem> linkedItems) {

    public record LinkedItem(Item item, ItemStatus status) {
    }
}
