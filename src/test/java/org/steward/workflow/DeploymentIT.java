package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.steward.EmbeddedPostgresConfiguration;
import org.steward.StewardApplication;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * On real PostgreSQL: every model and form deploys under its stable name, a restart deploys nothing new, and the
 * production profile starts with its settings bound.
 */
@SpringBootTest(properties = "steward.demo.enabled=true")
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
class DeploymentIT {

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  IdentityService identityService;
  @Autowired
  EmbeddedPostgres postgres;

  @Test
  void everyModelAndForm_isDeployedUnderItsFolderRelativeName() throws IOException {
    Set<String> deployed = new TreeSet<>();
    for (Deployment deployment : stewardDeployments()) {
      deployed.addAll(repositoryService.getDeploymentResourceNames(deployment.getId()));
    }

    assertThat(deployed).isEqualTo(filesIn("processes", "forms"));
    List<ProcessDefinition> definitions = repositoryService.createProcessDefinitionQuery().list();
    assertThat(definitions).extracting(d -> d.getResourceName())
        .containsExactlyInAnyOrderElementsOf(filesIn("processes").stream().filter(f -> f.endsWith(".bpmn")).toList());
    assertThat(definitions).allSatisfy(d -> assertThat(d.getVersion()).isEqualTo(1));
  }

  @Test
  void secondStartOnTheSameDatabase_deploysAndSeedsNothingNew() {
    List<String> deployments = stewardDeployments().stream().map(Deployment::getId).sorted().toList();
    long definitions = repositoryService.createProcessDefinitionQuery().count();
    long users = identityService.createUserQuery().count();

    try (ConfigurableApplicationContext restarted = new SpringApplicationBuilder(StewardApplication.class)
        .profiles("test")
        // arguments, not builder properties: those are defaults, below application-test.yaml's H2 URL
        .run("--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--spring.datasource.username=postgres",
            "--server.port=0",
            "--camunda.bpm.process-engine-name=restarted",
            "--steward.demo.enabled=true")) {
      RepositoryService restartedRepository = restarted.getBean(RepositoryService.class);
      // the same deployments, not equal numbers of new ones: the restarted node reads this database
      assertThat(restartedRepository.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).list())
          .extracting(Deployment::getId).containsExactlyInAnyOrderElementsOf(deployments);
      assertThat(restartedRepository.createProcessDefinitionQuery().count()).isEqualTo(definitions);
      assertThat(restarted.getBean(IdentityService.class).createUserQuery().count()).isEqualTo(users);
    }
  }

  @Test
  void theProductionProfile_startsOnPostgreSQL_withItsSettingsBound() {
    // application-postgres.yaml as an operator runs it: the environment's variables, a strong first password
    try (ConfigurableApplicationContext production = new SpringApplicationBuilder(StewardApplication.class)
        .profiles("postgres")
        .run("--STEWARD_DB_URL=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--STEWARD_DB_USER=postgres",
            "--STEWARD_DB_PASSWORD=",
            "--STEWARD_ADMIN_PASSWORD=Deploy#Check-2026-strong",
            "--server.port=0",
            "--camunda.bpm.process-engine-name=production",
            // this database is shared with other tests: their timers and notifications stay theirs
            "--camunda.bpm.job-execution.enabled=false",
            "--steward.notification.dispatch.enabled=false")) {
      HikariDataSource dataSource = production.getBean(HikariDataSource.class);
      assertThat(dataSource.getConnectionTimeout()).isEqualTo(Duration.ofSeconds(10).toMillis());
      assertThat(production.getBean(RepositoryService.class).createProcessDefinitionQuery().count()).isPositive();
    }
  }

  private List<Deployment> stewardDeployments() {
    return repositoryService.createDeploymentQuery().deploymentName(ModelDeployer.DEPLOYMENT_NAME).list();
  }

  private static Set<String> filesIn(String... folders) throws IOException {
    Set<String> names = new TreeSet<>();
    for (String folder : folders) {
      try (Stream<Path> walk = Files.walk(Path.of(folder))) {
        names.addAll(walk.filter(Files::isRegularFile)
            .map(p -> Path.of(folder).relativize(p).toString().replace('\\', '/'))
            .map(relative -> folder + "/" + relative)
            .filter(n -> n.endsWith(".bpmn") || n.endsWith(".dmn") || n.endsWith(".form"))
            .collect(Collectors.toSet()));
      }
    }
    return names;
  }
}
