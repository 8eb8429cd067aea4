package org.steward.dashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.steward.directory.DirectoryManagement;
import org.steward.directory.StewardGroups;
import org.steward.request.Categories;
import org.steward.shared.StewardException;

/**
 * The Chinese words for the codes Steward's process variables hold ({@code HAND_OVER}, {@code GREEN}, {@code land},
 * {@code power}…), so that Cockpit can show them beside the code: the options of every Camunda Form by field key (the
 * lights among them), the categories as they are now, and the departments (for every variable named after a
 * department).
 */
@Service
public class ValueLabels {

  /** The words, by variable name then code; {@code departments} serves any variable whose name says department. */
  public record Labels(Map<String, Map<String, String>> byName, Map<String, String> departments) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final DirectoryManagement directory;
  private final Categories categories;
  private final Map<String, Map<String, String>> byName;

  ValueLabels(DirectoryManagement directory, Categories categories, ResourcePatternResolver resources)
      throws IOException {
    this.directory = directory;
    this.categories = categories;
    Map<String, Map<String, String>> labels = new LinkedHashMap<>();
    for (Resource form : resources.getResources("classpath*:forms/**/*.form")) {
      try (InputStream in = form.getInputStream()) {
        collect(JSON.readTree(in).path("components"), labels);
      } catch (IOException e) {
        throw new UncheckedIOException("unreadable form " + form, e);
      }
    }
    labels.replaceAll((name, codes) -> Collections.unmodifiableMap(codes));
    this.byName = Collections.unmodifiableMap(labels);
  }

  /** The words, for administrators and supervisors (Cockpit's users); 403 for anyone else. */
  public Labels labels(Set<String> callerGroups) {
    if (!callerGroups.contains(StewardGroups.ADMIN) && !callerGroups.contains(StewardGroups.SUPERVISORS)) {
      throw new StewardException(HttpStatus.FORBIDDEN, "dashboard-not-visible");
    }
    Map<String, String> departments = new LinkedHashMap<>();
    directory.departments().forEach(d -> departments.put(d.code(), d.name()));
    Map<String, Map<String, String>> all = new LinkedHashMap<>(byName);
    all.put("category", categories.labels());
    return new Labels(all, departments);
  }

  /** Static options ({@code values}) of the form's fields, by key; the first form to name a code wins. */
  private static void collect(JsonNode components, Map<String, Map<String, String>> labels) {
    for (JsonNode component : components) {
      String key = component.path("key").asText("");
      if (!key.isEmpty() && component.path("values").isArray()) {
        Map<String, String> codes = labels.computeIfAbsent(key, k -> new LinkedHashMap<>());
        component.path("values").forEach(v -> codes.putIfAbsent(v.path("value").asText(), v.path("label").asText()));
      }
      collect(component.path("components"), labels);
    }
  }
}
