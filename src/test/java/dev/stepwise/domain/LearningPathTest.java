package dev.stepwise.domain;

import static dev.stepwise.fixtures.FixturePath.API_DESIGN;
import static dev.stepwise.fixtures.FixturePath.COMMUNICATION;
import static dev.stepwise.fixtures.FixturePath.DATABASES;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stepwise.fixtures.FixturePath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LearningPathTest {

    private final LearningPath path = FixturePath.path();

    @Test
    @DisplayName("items() runs through every section in checklist order")
    void itemsInOrder() {
        assertThat(path.items().map(Item::id))
                .containsExactly("learn-language", "learn-sql", "build-api", "deploy-to-cloud", "cs-degree",
                        "work-experience", "practice-monitoring", "practice-debugging");
    }

    @Test
    @DisplayName("item, skill and sectionOf look up by id and are empty for unknown ids")
    void lookUps() {
        assertThat(path.item("learn-sql")).hasValueSatisfying(item -> assertThat(item.subItems()).hasSize(3));
        assertThat(path.item("nope")).isEmpty();
        assertThat(path.skill("api-design")).contains(API_DESIGN);
        assertThat(path.skill("nope")).isEmpty();
        assertThat(path.sectionOf("practice-debugging")).hasValueSatisfying(
                section -> assertThat(section.kind()).isEqualTo(SectionKind.PRACTICE));
        assertThat(path.sectionOf("nope")).isEmpty();
    }

    @Test
    @DisplayName("itemsBuilding lists the skill's items across sections in checklist order")
    void itemsBuilding() {
        assertThat(path.itemsBuilding(DATABASES.id())).extracting(Item::id)
                .containsExactly("learn-sql", "build-api", "practice-debugging");
        assertThat(path.itemsBuilding(COMMUNICATION.id())).extracting(Item::id)
                .containsExactly("work-experience", "practice-debugging");
        assertThat(path.itemsBuilding("unknown")).isEmpty();
    }

    @Test
    @DisplayName("categories follow the order of their first skill, without duplicates")
    void categories() {
        assertThat(path.categories()).containsExactly(Skill.TECHNICAL, Skill.SOFT);
    }
}
