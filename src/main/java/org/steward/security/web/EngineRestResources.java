package org.steward.security.web;

import java.util.Set;
import java.util.stream.Collectors;

import lombok.RequiredArgsConstructor;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonMappingExceptionHandler;
import org.camunda.bpm.engine.rest.exception.JsonParseExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;

import jakarta.ws.rs.ApplicationPath;

/**
 * Camunda's engine-rest application with Steward's answers to failures ({@link EngineRestProblems}) in place of
 * Camunda's general and JSON mappers (Jersey would otherwise choose between mappers of the same type at random),
 * JSON that refuses duplicated keys ({@link StrictEngineJson}) in place of Camunda's, and its routes named for the
 * HTTP metrics ({@link EngineRestRoutes}).
 */
@ApplicationPath("/engine-rest")
@RequiredArgsConstructor
class EngineRestResources extends CamundaJerseyResourceConfig {

  private static final Set<Class<?>> REPLACED = Set.of(RestExceptionHandler.class, ProcessEngineExceptionHandler.class,
      ExceptionHandler.class, JsonParseExceptionHandler.class, JsonMappingExceptionHandler.class,
      JacksonConfigurator.class);

  private final EngineRestProblems problems;

  /** Camunda's providers, mappers and configuration for its REST resources, less those Steward replaces. */
  static Set<Class<?>> camundaProviders() {
    return CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> !REPLACED.contains(type)).collect(Collectors.toSet());
  }

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(camundaProviders());
    register(JacksonFeature.withoutExceptionMappers());
    register(StrictEngineJson.class);
  }

  @Override
  protected void registerAdditionalResources() {
    register(problems.mapper());
    register(new EngineRestRoutes());
  }
}
