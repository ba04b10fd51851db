package dev.stepwise.ui.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.Item;
import dev.stepwise.domain.SubItem;
import dev.stepwise.ui.checklist.SearchHint.Where;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a search found an item when its title does not show it, and the words shown around the match. */
class SearchHintTest {
    private static final Item ITEM = new Item("deploy", "Deploy a project to the cloud", "Ship it somewhere others can reach it.",
            List.of(new SubItem("docker", "Package your app in a Docker image"), new SubItem("ci", "Run your tests in a CI pipeline")),
            List.of(), List.of(), null, null);

    @Test
    void noQueryOrATitleMatchNeedsNoHint() {
        assertThat(SearchHint.of(ITEM, "", "")).isEmpty();
        assertThat(SearchHint.of(ITEM, "", "   ")).isEmpty();
        assertThat(SearchHint.of(ITEM, "", null)).isEmpty();
        assertThat(SearchHint.of(ITEM, "", "CLOUD")).as("the title shows it, in any case").isEmpty();
        assertThat(SearchHint.of(ITEM, "", "kubernetes")).as("found nowhere").isEmpty();
    }

    @Test
    void theDetailThenEachSubStepThenTheNoteIsLookedAtIgnoringCase() {
        assertThat(SearchHint.of(ITEM, "", " SOMEWHERE ")).contains(new SearchHint(Where.DETAIL, "Ship it somewhere others can reach it."));
        assertThat(SearchHint.of(ITEM, "", "docker")).contains(new SearchHint(Where.SUB_STEP, "Package your app in a Docker image"));
        assertThat(SearchHint.of(ITEM, "", "pipeline")).contains(new SearchHint(Where.SUB_STEP, "Run your tests in a CI pipeline"));
        assertThat(SearchHint.of(ITEM, "Used Fly.io in the end", "fly.io")).contains(new SearchHint(Where.NOTE, "Used Fly.io in the end"));
        assertThat(SearchHint.of(ITEM, "your app ships", "your")).as("the first sub-step before the note")
                .contains(new SearchHint(Where.SUB_STEP, "Package your app in a Docker image"));
    }

    @Test
    void aLongTextIsCutToWholeWordsAroundTheMatchOnOneLine() {
        String note = "First I read the whole chapter on containers twice,\nthen I wrote a Dockerfile for the book-swap app and"
                + " pushed the image to a registry before lunch, which took longer than planned because of the proxy.";

        SearchHint hint = SearchHint.of(ITEM, note, "dockerfile").orElseThrow();

        assertThat(hint.where()).isEqualTo(Where.NOTE);
        assertThat(hint.excerpt()).isEqualTo("…twice, then I wrote a Dockerfile for the book-swap app and pushed the image to a…");
        assertThat(hint.excerpt()).doesNotContain("\n");
    }

    @Test
    void aMatchAtTheStartOrEndIsNotCutThere() {
        assertThat(SearchHint.excerpt("Dockerfile first", 0, 10)).isEqualTo("Dockerfile first");
        String longEnd = "a".repeat(10) + " words and more words before the very last word here";
        int at = longEnd.indexOf("here");
        assertThat(SearchHint.excerpt(longEnd, at, 4)).startsWith("…").endsWith("word here");
    }
}
