package dev.stepwise.ui.overview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.WeekSummary;
import dev.stepwise.ui.common.Messages;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The week's line on the activity card, in both languages: counts in plural forms, study time in hours and minutes. */
class ActivityWeekTextTest {

    @AfterEach
    void english() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));
    }

    @Test
    void studyTimeIsWrittenAsTheLanguageWritesItAndLeftOutWhenThereIsNone() {
        Messages.use(Messages.forLocale(Locale.ENGLISH));

        assertThat(ActivityViewModel.weekText(new WeekSummary(1, 0, 2, 405)))
                .isEqualTo("This week: 1 item done · no skills raised · 2 notes written · 6 h 45 min studied");
        assertThat(ActivityViewModel.weekText(new WeekSummary(0, 3, 1, 0)))
                .isEqualTo("This week: no items done · 3 skills raised · 1 note written");
    }

    @Test
    void inGerman() {
        Messages.use(Messages.forLocale(Locale.GERMAN));

        assertThat(ActivityViewModel.weekText(new WeekSummary(2, 1, 0, 45)))
                .isEqualTo("Diese Woche: 2 Schritte erledigt · 1 Fähigkeit verbessert · keine Notizen geschrieben · 45 Min. gelernt");
    }
}
