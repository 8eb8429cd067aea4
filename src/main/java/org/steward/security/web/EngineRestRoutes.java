package org.steward.security.web;

import java.util.List;

import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.springframework.web.filter.ServerHttpObservationFilter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;

/**
 * Names each engine-rest call by the route Jersey matched ({@code /engine-rest/task/{id}/complete}), for the
 * {@code uri} tag of {@code http.server.requests}: Spring MVC names its own routes, but to it engine-rest and the
 * webapps' engine API are one servlet, which it would count as {@code UNKNOWN}; raw paths with ids would make one
 * series per task.
 */
final class EngineRestRoutes implements ContainerRequestFilter {

  @Context
  private HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getUriInfo() instanceof ExtendedUriInfo uriInfo) {
      String route = route(servletRequest.getServletPath(), uriInfo.getMatchedTemplates());
      ServerHttpObservationFilter.findObservationContext(servletRequest)
          .ifPresent(observation -> observation.setPathPattern(route));
    }
  }

  /** The servlet's path and the matched templates (Jersey lists the innermost first), joined with single slashes. */
  static String route(String servletPath, List<UriTemplate> matched) {
    StringBuilder route = new StringBuilder(servletPath);
    for (int i = matched.size() - 1; i >= 0; i--) {
      route.append('/').append(matched.get(i).getTemplate());
    }
    String joined = route.toString().replaceAll("/{2,}", "/");
    return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
  }
}
