package org.coopole;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The layout STYLE.md describes, checked on every build. */
class ArchitectureTest {

    private static final JavaClasses COOPOLE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.coopole");

    @Test
    void featuresUseEachOtherOnlyThroughTheirRootPackagesAndWithoutCycles() {
        // org.coopole.db is jOOQ's generated model, not a module of ours
        ApplicationModules.of(Application.class, resideInAPackage("org.coopole.db..")).verify();
    }

    @Test
    void onlyRepositoriesUnderInternalTouchJooqAndTheGeneratedModel() {
        ArchRule rule = noClasses()
                .that().resideOutsideOfPackages("..internal..", "org.coopole.db..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.coopole.db..")
                .because("views and services go through a feature's repositories, which live in internal/");
        rule.check(COOPOLE);
    }

    @Test
    void onlyTheShellAndUiPackagesBuildScreens() {
        noClasses()
                .that().resideOutsideOfPackages("org.coopole.shell..", "..ui..")
                .and().doNotHaveFullyQualifiedName(Application.class.getName())
                .and().doNotHaveSimpleName("SecurityConfig")
                .should().dependOnClassesThat().resideInAPackage("com.vaadin.flow.component..")
                .because("services and repositories stay free of Vaadin")
                .check(COOPOLE);
    }

    @Test
    void viewsNeverCallRepositoriesDirectly() {
        noClasses()
                .that().areAssignableTo(com.vaadin.flow.component.Component.class)
                .should().dependOnClassesThat().resideInAPackage("..internal..")
                .because("that would skip the authorisation in the services")
                .check(COOPOLE);
    }
}
