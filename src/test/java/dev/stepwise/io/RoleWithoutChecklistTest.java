package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.domain.LearningPath;
import dev.stepwise.domain.SectionKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regression test for the fuzz finding "a role text with lists but no checklist heading becomes a path that cannot be
 * imported again": only skills (or only self-checks, or industries) gave a path with no section, which the app
 * stored, but whose path file every reader refuses ("a path needs at least one section"). The draft now has an empty
 * Steps section, and its export reads back.
 */
class RoleWithoutChecklistTest {

    @ParameterizedTest
    @ValueSource(strings = {"Technical\n\n• a\n", "Core Skills and Tools\nSoft\n• Patience\n", "Leading Industries\n• Retail\n"})
    void aTextWithoutChecklistHeadingsGetsOneEmptyStepsSectionAndItsExportReadsBack(String text) {
        LearningPath path = new RoleDescriptionParser().parse(text).path();

        assertThat(path.sections()).singleElement().satisfies(section -> {
            assertThat(section.kind()).isEqualTo(SectionKind.STEPS);
            assertThat(section.items()).isEmpty();
        });
        String file = new PathFileWriter().write(path);
        LearningPath again = new PathFileReader().read("export.json", new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        assertThat(again.sections()).hasSize(1);
    }
}
