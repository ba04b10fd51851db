package dev.stepwise.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which pasted lines are headings, and which only look a little like one. */
class RoleHeadingTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "What is a Backend Engineer?|OVERVIEW", "## WHAT IS AN ML ENGINEER?|OVERVIEW",
        "What Does a DevOps Engineer Do?|OVERVIEW", "How to Become a Data Engineer|HOW_TO_BECOME",
        "how to become:|HOW_TO_BECOME", "Steps|STEPS", "STEPS:|STEPS", "Typical Background|BACKGROUND",
        "What They Do (Day to Day)|PRACTICE", "what they do (day-to-day):|PRACTICE",
        "Core Skills and Tools|SKILLS", "Core Skills & Tools|SKILLS", "Technical|TECHNICAL",
        "Technical skills:|TECHNICAL", "Soft|SOFT", "Soft Skills|SOFT", "Is This Role Right for You?|SELF_CHECK",
        "Is DevOps Right for You?|SELF_CHECK", "Leading Industries|INDUSTRIES", "leading industries:|INDUSTRIES"})
    void recognisesHeadingVariants(String line, RoleHeading heading) {
        assertThat(RoleHeading.of(line)).contains(heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Steps are easy to follow once you start.", "Technical debt is everywhere.",
        "Backend Engineer", "Designs APIs, business logic, and database layers for scalable systems."})
    void proseIsNotAHeading(String line) {
        assertThat(RoleHeading.of(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"What is a Backend Engineer?|Backend Engineer",
        "How to Become an ML Engineer|ML Engineer", "What Does a DevOps Engineer Do?|DevOps Engineer"})
    void namesTheRoleAHeadingNames(String line, String role) {
        assertThat(RoleHeading.roleNamed(line)).contains(role);
    }
}
