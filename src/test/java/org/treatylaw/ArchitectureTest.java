package org.treatylaw;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The domain knows nothing of Spring or HTTP, and only the reasoner speaks to Drools. */
@AnalyzeClasses(packages = "org.treatylaw", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsFreeOfSpringAndHttp = noClasses()
            .that().resideInAnyPackage("..facts..", "..reasoning..", "..status..", "..datasets..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.servlet..", "org.treatylaw.api..", "org.treatylaw.app..");

    @ArchTest
    static final ArchRule factsDependOnNothingDerived = noClasses()
            .that().resideInAPackage("..facts..")
            .should().dependOnClassesThat().resideInAnyPackage("..reasoning..", "..status..", "..datasets..");

    @ArchTest
    static final ArchRule onlyTheReasonerTouchesDrools = noClasses()
            .that().resideOutsideOfPackage("..reasoning..")
            .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..");

    @ArchTest
    static final ArchRule noCycles = slices().matching("org.treatylaw.(*)..").should().beFreeOfCycles();
}
