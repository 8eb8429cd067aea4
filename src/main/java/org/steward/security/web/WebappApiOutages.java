package org.steward.security.web;

import java.util.Map;

import org.camunda.bpm.admin.impl.web.AdminApplication;
import org.camunda.bpm.cockpit.impl.web.CockpitApplication;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.tasklist.impl.web.TasklistApplication;
import org.camunda.bpm.welcome.impl.web.WelcomeApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.steward.shared.DatabaseOutages;

import jakarta.annotation.Priority;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;

/**
 * The webapps' own REST applications ({@code /camunda/api/cockpit|admin|tasklist|welcome}) answer an unreachable
 * database as engine-rest does: 503 problem+json with {@code Retry-After} ({@link EngineRestProblems#outage()}). Their
 * mappers of {@code Throwable} and {@code RestException} answer 500; each application gets a mapper of the same type
 * with a higher priority that takes only outages ({@link ExtendedExceptionMapper#isMappable}), so every other failure
 * keeps Camunda's answer.
 */
@Configuration(proxyBeanMethods = false)
class WebappApiOutages {

  /** Camunda's names and paths of its webapps' REST applications; its webapp initializer leaves existing ones alone. */
  private static final Map<String, Map.Entry<String, Class<? extends Application>>> WEBAPP_APIS = Map.of(
      "Cockpit Api", Map.entry("/api/cockpit/*", CockpitApplication.class),
      "Admin Api", Map.entry("/api/admin/*", AdminApplication.class),
      "Tasklist Api", Map.entry("/api/tasklist/*", TasklistApplication.class),
      "Welcome Api", Map.entry("/api/welcome/*", WelcomeApplication.class));

  @Bean
  ServletContextInitializer webappApis(EngineRestProblems problems, CamundaBpmProperties camunda) {
    return new Registrations(problems, camunda.getWebapp().getApplicationPath());
  }

  /**
   * Registers the four applications as Camunda's initializer would, before it runs, each with the two mappers. The
   * applications are created at their first request, once the webapps have loaded their plugins.
   */
  private record Registrations(EngineRestProblems problems, String root) implements ServletContextInitializer, Ordered {

    @Override
    public void onStartup(ServletContext servletContext) {
      WEBAPP_APIS.forEach((name, api) -> {
        ResourceConfig config = ResourceConfig.forApplicationClass(api.getValue())
            .register(new Unreachable(problems)).register(new UnreachableRest(problems));
        servletContext.addServlet(name, new ServletContainer(config)).addMapping(root + api.getKey());
      });
    }

    @Override
    public int getOrder() {
      return Ordered.HIGHEST_PRECEDENCE;
    }
  }

  /**
   * Takes the outages of type {@code T}, and only those, before Camunda's mapper of the same type would answer 500
   * (Jersey tries mappers of one type in order of priority; each subclass carries its own, annotations not inherited).
   */
  abstract static class OutageMapper<T extends Throwable> implements ExtendedExceptionMapper<T> {

    private final EngineRestProblems problems;

    OutageMapper(EngineRestProblems problems) {
      this.problems = problems;
    }

    @Override
    public boolean isMappable(T failure) {
      return DatabaseOutages.causedBy(failure);
    }

    @Override
    public Response toResponse(T failure) {
      return problems.outage();
    }
  }

  /** In place of Camunda's {@code ExceptionHandler} (of {@code Throwable}). */
  @Priority(Priorities.USER - 1)
  static final class Unreachable extends OutageMapper<Throwable> {

    Unreachable(EngineRestProblems problems) {
      super(problems);
    }
  }

  /** In place of Camunda's {@code RestExceptionHandler}. */
  @Priority(Priorities.USER - 1)
  static final class UnreachableRest extends OutageMapper<RestException> {

    UnreachableRest(EngineRestProblems problems) {
      super(problems);
    }
  }
}
