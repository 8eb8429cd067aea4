package org.steward;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each capability package is a module that others reach only through its root API types; no cycles. Only a
 * capability's {@code process} package talks to the engine; the module pictures in {@code docs/modules/} are drawn
 * from the code.
 */
class ModularityTests {

  private final ApplicationModules modules = ApplicationModules.of(StewardApplication.class);

  @Test
  void capabilitiesKeepTheirBoundaries() {
    modules.verify();
  }

  /**
   * The engine's services are used only in a capability's {@code process} package (its port to the engine), in
   * {@code workflow} (the engine's configuration and the glue every capability shares), in {@code security}
   * (authentication and authorization through Camunda's identity) and in {@code directory}, whose users and groups
   * are Camunda's identity tables.
   */
  @Test
  void onlyTheProcessPackagesTalkToTheEngine() {
    JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.steward");
    noClasses().that().resideOutsideOfPackages("..process..", "org.steward.workflow..", "org.steward.security..",
            "org.steward.directory..")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RuntimeService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.TaskService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.IdentityService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.HistoryService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.RepositoryService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ManagementService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.AuthorizationService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.FormService")
        .orShould().dependOnClassesThat().haveFullyQualifiedName("org.camunda.bpm.engine.ProcessEngine")
        .because("a capability reaches the engine through its process package (issue 15, engine ports)")
        .check(classes);
  }

  @Test
  void modulePicturesAreDrawnFromTheCode() throws IOException {
    new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
        .writeModulesAsPlantUml()
        .writeIndividualModulesAsPlantUml();
    // the documenter lists relations in no fixed order: sorted, an unchanged code base draws byte-identical pictures
    try (Stream<Path> pictures = Files.list(Path.of("docs/modules"))) {
      for (Path file : pictures.filter(f -> f.toString().endsWith(".puml")).toList()) {
        List<String> lines = Files.readAllLines(file);
        List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
        Iterator<String> sorted = relations.iterator();
        Files.write(file, lines.stream().map(line -> line.startsWith("Rel(") ? sorted.next() : line).toList());
      }
    }

    String picture = Files.readString(Path.of("docs/modules/components.puml"));
    modules.forEach(module -> assertThat(picture).as(module.getDisplayName()).contains(module.getDisplayName()));
    assertThat(Path.of("docs/modules/module-deadline.puml")).exists();
  }
}
