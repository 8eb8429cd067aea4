package org.steward.security.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.glassfish.jersey.uri.UriTemplate;
import org.junit.jupiter.api.Test;

class EngineRestRoutesTests {

  @Test
  void route_joinsTheServletPathAndTheMatchedTemplates_outermostFirst() {
    // Jersey lists the innermost template first: method, sub-resource locator, resource, application root
    List<UriTemplate> matched = List.of(new UriTemplate("/complete"), new UriTemplate("/{id}"),
        new UriTemplate("/task"), new UriTemplate("/"));

    assertThat(EngineRestRoutes.route("/engine-rest", matched)).isEqualTo("/engine-rest/task/{id}/complete");
  }

  @Test
  void route_ofTheWebappsEngineApi_keepsTheEngineName() {
    List<UriTemplate> matched = List.of(new UriTemplate("/count"), new UriTemplate("/{name}/task"),
        new UriTemplate("/engine"));

    assertThat(EngineRestRoutes.route("/camunda/api/engine", matched))
        .isEqualTo("/camunda/api/engine/engine/{name}/task/count");
  }

  @Test
  void route_ofTheRoot_hasNoTrailingSlash() {
    assertThat(EngineRestRoutes.route("/engine-rest", List.of(new UriTemplate("/")))).isEqualTo("/engine-rest");
  }
}
