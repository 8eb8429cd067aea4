package org.steward.shared;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds Steward's problem+json bodies (English {@code title}/{@code detail}, Chinese {@code titleZh}/{@code detailZh},
 * {@code type urn:steward:problem:<code>}), for the MVC advice and for filters that answer before MVC is reached.
 */
@Component
@RequiredArgsConstructor
public class Problems {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
  private static final Locale EN = Locale.ENGLISH;

  private final MessageSource messages;

  /** The problem named {@code code}, its texts resolved from {@code problem.<code>.title|detail} in both languages. */
  public ProblemDetail of(HttpStatusCode status, String code, Object... args) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(URI.create("urn:steward:problem:" + code));
    problem.setTitle(text("problem." + code + ".title", args, EN));
    problem.setDetail(text("problem." + code + ".detail", args, EN));
    problem.setProperty("titleZh", text("problem." + code + ".title", args, ZH));
    problem.setProperty("detailZh", text("problem." + code + ".detail", args, ZH));
    return problem;
  }

  /** The 400 {@code invalid-input} problem listing each violation under {@code errors} (field, message, messageZh). */
  public ProblemDetail invalidInput(List<InvalidInput.FieldViolation> violations) {
    ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "invalid-input", violations.size());
    problem.setProperty("errors", violations.stream()
        .map(v -> fieldError(v.field(),
            new DefaultMessageSourceResolvable(new String[] {v.code()}, v.args(), v.code())))
        .toList());
    return problem;
  }

  /** One entry of {@code errors}: the field and its message in English and Chinese. */
  public Map<String, String> fieldError(String field, MessageSourceResolvable error) {
    return Map.of("field", field,
        "message", messages.getMessage(error, EN),
        "messageZh", messages.getMessage(error, ZH));
  }

  private String text(String code, Object[] args, Locale locale) {
    return messages.getMessage(code, args, code, locale);
  }
}
