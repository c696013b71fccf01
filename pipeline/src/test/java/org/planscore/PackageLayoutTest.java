package org.planscore;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The direction of the house (README, "Layout"): feature packages depend on each other without cycles, the scoring
 * method on nothing of the application nor of Spring, and rendering and storage never on each other.
 */
@AnalyzeClasses(packages = "org.planscore", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageLayoutTest {

    @ArchTest
    static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.planscore.(*)..")
            .as("feature packages").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule scoringIsPureJava = noClasses().that().resideInAPackage("org.planscore.scoring..")
            .should().dependOnClassesThat(resideInAPackage("org.planscore..")
                    .and(not(resideInAPackage("org.planscore.scoring.."))))
            .orShould().dependOnClassesThat(resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                    "java.nio.file..", "java.net.."))
            .because("the scoring method takes records in and gives records out: no Spring, no I/O");

    @ArchTest
    static final ArchRule renderingDoesNotTouchStorage = noClasses().that().resideInAPackage("org.planscore.render..")
            .should().dependOnClassesThat().resideInAPackage("org.planscore.store..")
            .because("renderers draw the assessment they are given");

    @ArchTest
    static final ArchRule storageDoesNotTouchRendering = noClasses().that().resideInAPackage("org.planscore.store..")
            .should().dependOnClassesThat().resideInAPackage("org.planscore.render..");

    @ArchTest
    static final ArchRule supportUsesNoFeature = noClasses().that().resideInAPackage("org.planscore.support..")
            .should().dependOnClassesThat(resideInAPackage("org.planscore..")
                    .and(not(resideInAPackage("org.planscore.support.."))))
            .because("every feature may use these helpers");
}
