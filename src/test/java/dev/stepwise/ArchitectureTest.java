package dev.stepwise;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the layers honest (STYLE.md, "Tests"; shaped like JabRef's {@code CommonArchitectureTest}): the domain is
 * pure, the store knows nothing of the UI, the UI reaches data only through services, and view models stay free of
 * nodes so they can be tested without a toolkit; the command line, like the UI, reaches data only through services.
 */
class ArchitectureTest {
    private static final String DOMAIN = "dev.stepwise.domain..";
    private static final String STORE = "dev.stepwise.store..";
    private static final String SERVICE = "dev.stepwise.service..";
    private static final String IO = "dev.stepwise.io..";
    private static final String UI = "dev.stepwise.ui..";
    private static final String CLI = "dev.stepwise.cli..";

    /**
     * View models, including their nested and anonymous classes: everything whose top-level class is named
     * {@code *ViewModel}, plus the shared {@code PathSession} that every view model observes.
     */
    private static final DescribedPredicate<JavaClass> VIEW_MODELS = DescribedPredicate.describe(
            "are view models (*ViewModel or PathSession, with their nested classes)", javaClass -> {
                String topLevel = javaClass.getName().replaceFirst("\\$.*", "");
                String simpleName = topLevel.substring(topLevel.lastIndexOf('.') + 1);
                return javaClass.getPackageName().startsWith("dev.stepwise.ui")
                        && (simpleName.endsWith("ViewModel") || simpleName.equals("PathSession"));
            });

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(new ImportOption.DoNotIncludeTests())
                .importPackages("dev.stepwise");
    }

    @Test
    void theImportSeesTheMainClassesAndNoTests() {
        // A rule over an empty or wrong import would pass without checking anything.
        assertThat(classes.contain("dev.stepwise.domain.PathState")).isTrue();
        assertThat(classes.contain("dev.stepwise.store.Database")).isTrue();
        assertThat(classes.contain("dev.stepwise.ui.checklist.ChecklistViewModel")).isTrue();
        assertThat(classes.contain("dev.stepwise.ui.common.PathSession")).isTrue();
        assertThat(classes.contain("dev.stepwise.cli.StepwiseCli")).isTrue();
        assertThat(classes.contain(ArchitectureTest.class)).isFalse();
        assertThat(classes.contain("dev.stepwise.ui.ViewModelFixture")).isFalse();
        assertThat(classes.stream().filter(VIEW_MODELS::test).map(JavaClass::getSimpleName))
                .contains("ChecklistViewModel", "SkillsMatrixViewModel", "OverviewViewModel", "MainViewModel",
                        "PathSession");
    }

    @Test
    void domainDependsOnNeitherJavafxNorJdbc() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..")
                .check(classes);
    }

    @Test
    void domainDependsOnNoOtherStepwisePackage() {
        noClasses().that().resideInAPackage(DOMAIN)
                .should().dependOnClassesThat(resideInAPackage("dev.stepwise..").and(not(resideInAPackage(DOMAIN)))
                        .as("are in dev.stepwise but outside the domain"))
                .check(classes);
    }

    @Test
    void storeDoesNotDependOnJavafx() {
        noClasses().that().resideInAPackage(STORE)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void uiDependsNeitherOnTheStoreNorOnJdbc() {
        noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat().resideInAnyPackage(STORE, "java.sql..")
                .check(classes);
    }

    @Test
    void viewModelsDoNotDependOnJavafxScene() {
        noClasses().that(VIEW_MODELS)
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .check(classes);
    }

    @Test
    void serviceDoesNotDependOnJavafx() {
        noClasses().that().resideInAPackage(SERVICE)
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void ioDependsNeitherOnTheStoreNorOnJavafx() {
        noClasses().that().resideInAPackage(IO)
                .should().dependOnClassesThat(resideInAnyPackage(STORE, "javafx.."))
                .check(classes);
    }

    /** The command line talks to the services like the window does, and must run where JavaFX cannot start. */
    @Test
    void cliDependsOnNeitherJavafxNorJdbcNorTheStore() {
        noClasses().that().resideInAPackage(CLI)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", STORE)
                .check(classes);
    }

    /** Loading the launcher must not load JavaFX: {@code java -jar stepwise.jar list} runs without a display. */
    @Test
    void theLauncherDoesNotDependOnJavafx() {
        noClasses().that().haveFullyQualifiedName(Launcher.class.getName())
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }
}
