package org.steward.shared;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The outermost filter: a failure that leaves any servlet or filter (Steward's API and portal, the security filters'
 * logins, the webapps' filters) because the database is out of reach ({@link DatabaseOutages}) is answered 503 with
 * {@code Retry-After} instead of the container's 500. A browser asking for a page gets the same text as a page; every
 * other client problem+json. Other failures pass untouched, and so does a response already under way.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

  private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

  private final DatabaseOutages outages;
  private final ObjectMapper json;

  DatabaseOutageFilter(DatabaseOutages outages, ObjectMapper json) {
    this.outages = outages;
    this.json = json;
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } catch (ServletException | IOException | RuntimeException failure) {
      if (!DatabaseOutages.causedBy(failure) || response.isCommitted()) {
        throw failure;
      }
      // one line, no stack trace: during an outage every request fails the same way
      log.warn("Database unreachable, {} {} answered 503: {}", request.getMethod(), request.getRequestURI(),
          rootMessage(failure));
      answer(request, response);
    }
  }

  private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
    ProblemDetail problem = outages.problem();
    response.reset();
    response.setStatus(problem.getStatus());
    response.setHeader(HttpHeaders.RETRY_AFTER, outages.retryAfter());
    if (wantsPage(request)) {
      response.setContentType(MediaType.TEXT_HTML_VALUE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write(page(problem));
      return;
    }
    // JSON is UTF-8 by definition: the bytes, no charset parameter (as Steward's other problem answers)
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }

  /** A browser navigating (the portal, a webapp page) rather than a script or API client. */
  private static boolean wantsPage(HttpServletRequest request) {
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
  }

  private static String page(ProblemDetail problem) {
    String title = HtmlUtils.htmlEscape(String.valueOf(problem.getProperties().get("titleZh")));
    String detail = HtmlUtils.htmlEscape(String.valueOf(problem.getProperties().get("detailZh")));
    return "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>" + title
        + "</title></head><body><h1>" + title + "</h1><p>" + detail + "</p></body></html>";
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
