package org.raciplanner;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.micronaut.http.annotation.Controller;
import org.junit.jupiter.api.Test;
import org.raciplanner.snapshot.Snapshot;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of the house that matter, over the compiled main classes: README › Project structure
 * draws the same layers. A rule broken here names the class and the arrow that breaks it.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.raciplanner");

    @Test
    void theAnalysisIsPlainJavaAndKnowsNothingElseOfTheService() {
        noClasses().that().resideInAPackage("org.raciplanner.analysis..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.raciplanner.analysis..", "java..")
                .check(MAIN);
    }

    /** The planning core takes values and gives values: the read model's records in, never a bean or the database. */
    @Test
    void thePlanningCoreIsPlainJavaOverTheAnalysisAndTheReadModelsRecords() {
        noClasses().that().resideInAPackage("org.raciplanner.planning..")
                .should().dependOnClassesThat(not(resideInAnyPackage("org.raciplanner.planning..", "org.raciplanner.analysis..", "java.."))
                        .and(not(belongToAnyOf(Snapshot.class))))
                .check(MAIN);
    }

    @Test
    void packagesFormNoCycles() {
        slices().matching("org.raciplanner.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void controllersAreUsedByNobodyOutsideTheirPackage() {
        classes().that().areAnnotatedWith(Controller.class).should(beUsedOnlyInTheirOwnPackage()).check(MAIN);
    }

    /** The service-side features at the top: each answers its own requests and nobody else uses it. */
    private static final String[] TOP = {"spreadsheet", "assignments", "planfile", "fix"};

    private static String[] above(String[] top, String... more) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(top), java.util.Arrays.stream(more)).toArray(String[]::new);
    }

    /** Every arrow points down: a feature may use the layers below it, never one above. */
    @Test
    void layersDependOnlyOnTheLayersBelow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("spreadsheet").definedBy("org.raciplanner.spreadsheet..")
                .layer("assignments").definedBy("org.raciplanner.assignments..")
                .layer("planfile").definedBy("org.raciplanner.planfile..")
                .layer("fix").definedBy("org.raciplanner.fix..")
                .layer("scenario").definedBy("org.raciplanner.scenario..")
                .layer("warnings").definedBy("org.raciplanner.warnings..")
                .layer("features").definedBy("org.raciplanner.roster..", "org.raciplanner.initiative..",
                        "org.raciplanner.matrix..", "org.raciplanner.template..")
                .layer("access").definedBy("org.raciplanner.access..")
                .layer("team").definedBy("org.raciplanner.team..")
                .layer("history").definedBy("org.raciplanner.history..")
                .layer("snapshot").definedBy("org.raciplanner.snapshot..")
                .layer("planning").definedBy("org.raciplanner.planning..")
                .layer("heavy").definedBy("org.raciplanner.heavy..")
                .layer("analysis").definedBy("org.raciplanner.analysis..")
                .layer("api").definedBy("org.raciplanner.api..")
                .whereLayer("spreadsheet").mayNotBeAccessedByAnyLayer()
                .whereLayer("assignments").mayOnlyBeAccessedByLayers("spreadsheet")
                .whereLayer("planfile").mayNotBeAccessedByAnyLayer()
                .whereLayer("fix").mayNotBeAccessedByAnyLayer()
                .whereLayer("scenario").mayOnlyBeAccessedByLayers(TOP)
                .whereLayer("warnings").mayOnlyBeAccessedByLayers(above(TOP, "scenario"))
                .whereLayer("features").mayOnlyBeAccessedByLayers(above(TOP, "scenario", "warnings"))
                .whereLayer("access").mayNotBeAccessedByAnyLayer()
                .whereLayer("team").mayOnlyBeAccessedByLayers(above(TOP, "scenario", "warnings", "features", "access"))
                .whereLayer("history").mayOnlyBeAccessedByLayers(above(TOP, "scenario", "warnings", "features", "access", "team"))
                .whereLayer("heavy").mayOnlyBeAccessedByLayers(above(TOP, "scenario"))
                .whereLayer("planning").mayOnlyBeAccessedByLayers(above(TOP, "scenario", "warnings", "features"))
                .whereLayer("snapshot").mayOnlyBeAccessedByLayers(above(TOP, "scenario", "warnings", "features", "access", "team",
                        "history", "planning"))
                .check(MAIN);
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only within their own package") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (Dependency d : controller.getDirectDependenciesToSelf()) {
                    if (!d.getOriginClass().getPackageName().equals(controller.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
