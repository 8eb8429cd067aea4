package org.steward.security.web;

import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.steward.shared.DatabaseOutages;
import org.steward.shared.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Both doors to the engine's REST resources answer failures as Steward does and name their routes for the HTTP
 * metrics: {@code /engine-rest} and the webapps' engine API ({@code /camunda/api/engine}, which Tasklist calls for
 * its filters and to submit a form).
 */
@Configuration(proxyBeanMethods = false)
class EngineApiConfiguration {

  /** The name under which the webapp initializer registers its engine API; it leaves an existing one alone. */
  private static final String WEBAPP_ENGINE_API = "Engine Api";

  @Bean
  EngineRestProblems engineRestProblems(Problems problems, DatabaseOutages outages, ObjectMapper json) {
    return new EngineRestProblems(problems, outages, json);
  }

  @Bean
  EngineRestResources engineRestResources(EngineRestProblems problems) {
    return new EngineRestResources(problems);
  }

  /** As Camunda's {@code EngineRestApplication} (named engines only), registered first so that it takes its place. */
  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApi(EngineRestProblems problems, CamundaBpmProperties camunda) {
    ResourceConfig api = new ResourceConfig();
    api.registerClasses(NamedProcessEngineRestServiceImpl.class);
    api.registerClasses(EngineRestResources.camundaProviders());
    api.register(StrictEngineJson.class);
    api.register(problems.mapper());
    api.register(new EngineRestRoutes());
    ServletRegistrationBean<ServletContainer> registration = new ServletRegistrationBean<>(new ServletContainer(api),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    registration.setName(WEBAPP_ENGINE_API);
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
