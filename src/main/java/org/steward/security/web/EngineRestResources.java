package org.steward.security.web;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;
import org.steward.shared.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.ApplicationPath;

/**
 * Camunda's engine-rest application with Steward's answers to failures ({@link EngineRestProblems}) in place of
 * Camunda's two mappers for the same exception types (Jersey would otherwise choose between equals at random).
 */
@Component
@ApplicationPath("/engine-rest")
class EngineRestResources extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> REPLACED = Set.of(RestExceptionHandler.class, ProcessEngineExceptionHandler.class);

  private final EngineRestProblems problems;

  EngineRestResources(Problems problems, ObjectMapper json) {
    this.problems = new EngineRestProblems(problems, json);
  }

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> !REPLACED.contains(type)).collect(Collectors.toSet()));
    register(JacksonFeature.class);
  }

  @Override
  protected void registerAdditionalResources() {
    register(new EngineRestProblems.RestFailures(problems));
    register(new EngineRestProblems.EngineFailures(problems));
  }
}
