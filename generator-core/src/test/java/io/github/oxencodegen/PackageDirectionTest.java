package io.github.oxencodegen;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The direction of imports between the generator's packages, as the README's architecture section
 * draws it: {@code schema <- model <- codegen}, {@code schema <- model <- diff}, the I/O and job packages
 * ({@code fetch}, {@code select}, {@code snapshot}, {@code write}, {@code generate}, {@code check}, {@code jobs}, {@code cli}, the
 * root façade) above the pure stages, and no cycles anywhere. The runtime every consumer gets reads
 * only the JDK and Jackson, and only {@code codegen} uses JavaPoet.
 */
class PackageDirectionTest {
    private static final String BASE = "io.github.oxencodegen";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);
    /** The packages that do I/O or run a whole job; the pure stages read none of them. */
    private static final String[] ABOVE_THE_STAGES = {
        BASE + ".fetch..", BASE + ".select..", BASE + ".snapshot..", BASE + ".write..", BASE + ".generate..",
        BASE + ".check..", BASE + ".jobs..", BASE + ".cli..", BASE};

    @Test
    void thePackagesImportEachOtherWithoutACycle() {
        slices().matching(BASE + ".(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theSchemaStageKnowsNoLaterStageAndNoJob() {
        noClasses().that().resideInAPackage(BASE + ".schema..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        concat(ABOVE_THE_STAGES, BASE + ".model..", BASE + ".codegen..", BASE + ".diff..", BASE + ".runtime.."))
                .check(MAIN);
    }

    @Test
    void theTypeModelKnowsTheSchemaStageButNeitherCodeGenerationNorJavaPoet() {
        noClasses().that().resideInAPackage(BASE + ".model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        concat(ABOVE_THE_STAGES, BASE + ".codegen..", BASE + ".diff..", "com.palantir.javapoet.."))
                .check(MAIN);
    }

    @Test
    void codeGenerationReadsTheEarlierStagesAndNoJob() {
        noClasses().that().resideInAPackage(BASE + ".codegen..")
                .should().dependOnClassesThat().resideInAnyPackage(concat(ABOVE_THE_STAGES, BASE + ".diff.."))
                .check(MAIN);
    }

    @Test
    void theContractDifferReadsTheSchemaStageAndTheTypeModelOnly() {
        // the type model only to name the builder step a newly required property needs (BuilderStepHints)
        noClasses().that().resideInAPackage(BASE + ".diff..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        concat(ABOVE_THE_STAGES, BASE + ".codegen..", BASE + ".runtime.."))
                .check(MAIN);
    }

    @Test
    void theSelectionReadsTheSchemaStageAndNoFetchOrJob() {
        noClasses().that().resideInAPackage(BASE + ".select..")
                .should().dependOnClassesThat().resideInAnyPackage(BASE + ".fetch..", BASE + ".generate..",
                        BASE + ".check..", BASE + ".jobs..", BASE + ".cli..", BASE + ".model..", BASE + ".codegen..")
                .check(MAIN);
    }

    @Test
    void onlyCodeGenerationUsesJavaPoet() {
        noClasses().that().resideOutsideOfPackage(BASE + ".codegen..")
                .should().dependOnClassesThat().resideInAPackage("com.palantir.javapoet..")
                .check(MAIN);
    }

    @Test
    void theRuntimeEveryConsumerGetsReadsOnlyTheJdkAndJackson() {
        classes().that().resideInAPackage(BASE + ".runtime..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        BASE + ".runtime..", "java..", "javax..", "com.fasterxml.jackson..")
                .check(MAIN);
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = new String[first.length + more.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
