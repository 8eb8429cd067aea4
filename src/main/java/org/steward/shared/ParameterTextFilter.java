package org.steward.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The text rule for parameters, on every door (Steward's API, the portal, engine-rest, the webapps' API): a query
 * parameter's name or value that is not UTF-8, is badly percent-encoded, or holds a control character (tab and line
 * breaks aside), a lone surrogate or a non-character is refused with 400 problem+json naming the parameter
 * ({@code ControlCharacter}) before anything reads it; PostgreSQL would refuse NUL with a 500 further in. The fields of
 * a posted form (URL-encoded or multipart) are held to the same rule; the web server has already decoded them, and
 * puts U+FFFD where their bytes were not UTF-8, so that character is refused there too (forms posted to Camunda's
 * JAX-RS doors are read by Jersey, never here). JSON bodies are checked where they are read ({@link Violations},
 * {@link StrictJsonModule}, the completion guard).
 */
@Component
class ParameterTextFilter extends OncePerRequestFilter implements Ordered {

  private static final char REPLACEMENT = '\uFFFD';
  private static final List<String> JAX_RS = List.of("/engine-rest/", "/camunda/api/");

  private final Problems problems;
  private final ObjectMapper json;

  ParameterTextFilter(Problems problems, ObjectMapper json) {
    this.problems = problems;
    this.json = json;
  }

  @Override
  public int getOrder() {
    // right after the outage filter, ahead of security: a refused query string costs no login
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<InvalidInput.FieldViolation> broken = broken(request.getQueryString());
    if (broken.isEmpty() && isForm(request)) {
      broken = brokenFormFields(request);
    }
    if (broken.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    ProblemDetail problem = problems.invalidInput(broken);
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }

  /** The parameters of {@code query} that break the rule, each named once; a name that cannot be read is "query". */
  static List<InvalidInput.FieldViolation> broken(String query) {
    List<InvalidInput.FieldViolation> broken = new ArrayList<>();
    if (query == null || query.isEmpty()) {
      return broken;
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
      boolean nameClean = name != null && TextRules.clean(name);
      if (!nameClean || value == null || !TextRules.clean(value)) {
        String field = nameClean ? name : "query";
        if (broken.stream().noneMatch(v -> v.field().equals(field))) {
          broken.add(new InvalidInput.FieldViolation(field, "ControlCharacter"));
        }
      }
    }
    return broken;
  }

  /**
   * A form posted to Spring MVC (the portal, uploads to {@code /api}). Not one posted to Camunda's JAX-RS doors
   * (engine-rest's deployments, the webapps' login): Jersey reads those bodies itself, and a form the container has
   * parsed first reaches it empty.
   */
  private static boolean isForm(HttpServletRequest request) {
    String type = request.getContentType();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return type != null && (type.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)
        || type.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE))
        && JAX_RS.stream().noneMatch(path::startsWith);
  }

  /** The fields of a posted form that break the rule (the query's were checked before), each named once. */
  private static List<InvalidInput.FieldViolation> brokenFormFields(HttpServletRequest request) {
    List<InvalidInput.FieldViolation> broken = new ArrayList<>();
    Map<String, String[]> fields;
    try {
      fields = request.getParameterMap();
    } catch (IllegalStateException tooLarge) {
      return broken; // a multipart body over its limits: answered 413 where the upload is read
    }
    fields.forEach((name, values) -> {
      boolean nameClean = cleanField(name);
      if (!nameClean || Arrays.stream(values).anyMatch(value -> !cleanField(value))) {
        String field = nameClean ? name : "form";
        if (broken.stream().noneMatch(v -> v.field().equals(field))) {
          broken.add(new InvalidInput.FieldViolation(field, "ControlCharacter"));
        }
      }
    });
    return broken;
  }

  private static boolean cleanField(String text) {
    return text.indexOf(REPLACEMENT) < 0 && TextRules.clean(text);
  }

  /** Percent-decoded ({@code +} is a space) and read as strict UTF-8; null when either fails. */
  private static String decoded(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        if (i + 2 >= encoded.length()) {
          return null;
        }
        int high = Character.digit(encoded.charAt(i + 1), 16);
        int low = Character.digit(encoded.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return null;
        }
        bytes.write(high * 16 + low);
        i += 2;
      } else if (c == '+') {
        bytes.write(' ');
      } else {
        byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(raw, 0, raw.length);
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
