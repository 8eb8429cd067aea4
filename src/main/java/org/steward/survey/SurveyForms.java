package org.steward.survey;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.steward.shared.InvalidInput;

/**
 * The survey forms Steward ships: every {@code forms/surveys/*.form} on the classpath (the build copies
 * {@code forms/} there), read once at start. A form that is refused, or whose id differs from its file name, stops the
 * start: it is a mistake in the repository, not in anyone's input.
 */
@Component
public class SurveyForms {

  static final String LOCATION = "classpath*:forms/surveys/*.form";

  private final Map<String, SurveyForm> byId;

  SurveyForms(ResourcePatternResolver resources) throws IOException {
    Map<String, SurveyForm> forms = new TreeMap<>();
    for (Resource resource : resources.getResources(LOCATION)) {
      SurveyForm form = read(resource);
      String file = resource.getFilename();
      if (!(form.id() + ".form").equals(file)) {
        throw new IllegalStateException("Survey form " + file + " has the id '" + form.id() + "': name it "
            + form.id() + ".form or change its id");
      }
      if (forms.put(form.id(), form) != null) {
        throw new IllegalStateException("Two survey forms have the id '" + form.id() + "'");
      }
    }
    this.byId = Collections.unmodifiableMap(forms);
  }

  /** The survey forms by id, ordered by id. */
  public Map<String, SurveyForm> byId() {
    return byId;
  }

  public Optional<SurveyForm> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The survey forms, ordered by id. */
  public List<SurveyForm> all() {
    return List.copyOf(byId.values());
  }

  private static SurveyForm read(Resource resource) throws IOException {
    String json;
    try (InputStream in = resource.getInputStream()) {
      json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    try {
      return SurveyForm.parse(json);
    } catch (InvalidInput e) {
      throw new IllegalStateException("Survey form " + resource.getFilename() + " is refused: " + e.violations()
          .stream().map(v -> v.code() + List.of(v.args())).collect(Collectors.joining(", ")), e);
    }
  }
}
