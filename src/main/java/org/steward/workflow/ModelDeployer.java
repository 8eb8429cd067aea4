package org.steward.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys every model of {@code processes/} and form of {@code forms/} under a name relative to those folders, so that
 * {@code spring-boot:run}, {@code java -jar} and any checkout path produce the same resource names and unchanged models
 * never get a new version (the starter's auto-deployer names resources by absolute path in one mode and by bare name in
 * the other; see docs/adr/0002-stable-deployment-names.md).
 */
@Component
@Order(0)
@RequiredArgsConstructor
public class ModelDeployer implements ApplicationRunner {

  /** The deployment name; duplicate filtering compares resources of deployments with this name. */
  public static final String DEPLOYMENT_NAME = "steward-models";

  static final List<String> FOLDERS = List.of("processes", "forms");
  private static final List<String> PATTERNS = List.of(
      "classpath*:processes/**/*.bpmn", "classpath*:processes/**/*.dmn", "classpath*:forms/**/*.form");
  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

  @Override
  public void run(ApplicationArguments args) throws IOException {
    deploy();
  }

  /** Deploys what changed since the last deployment; answers the new deployment, or empty when nothing changed. */
  public Optional<DeploymentWithDefinitions> deploy() throws IOException {
    List<Resource> resources = modelResources();
    if (resources.isEmpty()) {
      log.warn("No models found under {}", FOLDERS);
      return Optional.empty();
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source("steward")
        .enableDuplicateFiltering(true);
    for (Resource resource : resources) {
      try (InputStream in = resource.getInputStream()) {
        // bytes, not a String: models carry Chinese names and must not pass through the platform charset
        builder.addInputStream(stableName(resource), in);
      }
    }
    long before = deploymentCount();
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    if (deploymentCount() == before) {
      log.info("Models: {} resources unchanged, nothing deployed", resources.size());
      return Optional.empty();
    }
    log.info("Models: {} resources checked, changed ones deployed as {}", resources.size(), deployment.getId());
    return Optional.of(deployment);
  }

  private long deploymentCount() {
    return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME).count();
  }

  /** The models and forms on the classpath, in a stable order. */
  List<Resource> modelResources() throws IOException {
    List<Resource> resources = new ArrayList<>();
    for (String pattern : PATTERNS) {
      for (Resource resource : resolver.getResources(pattern)) {
        if (resource.isReadable()) {
          resources.add(resource);
        }
      }
    }
    resources.sort(Comparator.comparing(ModelDeployer::stableName));
    return resources;
  }

  /**
   * {@code …/target/classes/processes/a/b.bpmn} and {@code …jar!/BOOT-INF/classes!/processes/a/b.bpmn} both become
   * {@code processes/a/b.bpmn}.
   */
  static String stableName(Resource resource) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot locate model " + resource, e);
    }
    int cut = -1;
    for (String folder : FOLDERS) {
      cut = Math.max(cut, url.lastIndexOf("/" + folder + "/"));
    }
    if (cut < 0) {
      throw new IllegalStateException("Model outside " + FOLDERS + ": " + url);
    }
    return url.substring(cut + 1);
  }
}
