package dev.stepwise.domain;

import static dev.stepwise.domain.TestPaths.APIS;
import static dev.stepwise.domain.TestPaths.COMMS;
import static dev.stepwise.domain.TestPaths.SQL;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LearningPathTest {

    private final LearningPath path = TestPaths.backendPath();

    @Test
    @DisplayName("items() runs through every section in checklist order")
    void itemsInOrder() {
        assertThat(path.items().map(Item::id))
                .containsExactly("s-lang", "s-sql", "s-api", "b-degree", "b-exp", "p-schema", "p-review");
    }

    @Test
    @DisplayName("item, skill and sectionOf look up by id and are empty for unknown ids")
    void lookUps() {
        assertThat(path.item("s-sql")).hasValueSatisfying(item -> assertThat(item.subItems()).hasSize(3));
        assertThat(path.item("nope")).isEmpty();
        assertThat(path.skill("apis")).contains(APIS);
        assertThat(path.skill("nope")).isEmpty();
        assertThat(path.sectionOf("p-review")).hasValueSatisfying(
                section -> assertThat(section.kind()).isEqualTo(SectionKind.PRACTICE));
        assertThat(path.sectionOf("nope")).isEmpty();
    }

    @Test
    @DisplayName("itemsBuilding lists the skill's items across sections in checklist order")
    void itemsBuilding() {
        assertThat(path.itemsBuilding(SQL.id())).extracting(Item::id).containsExactly("s-sql", "s-api", "p-schema");
        assertThat(path.itemsBuilding(COMMS.id())).extracting(Item::id).containsExactly("b-exp", "p-review");
        assertThat(path.itemsBuilding("unknown")).isEmpty();
    }

    @Test
    @DisplayName("categories follow the order of their first skill, without duplicates")
    void categories() {
        assertThat(path.categories()).containsExactly(Skill.TECHNICAL, Skill.SOFT);
    }
}
