package org.steward.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.steward.deadline.Lights;
import org.steward.shared.DesignerDelegate;

/**
 * The designers' element templates ({@code processes/.camunda/element-templates}) cannot drift from the code: every
 * delegate a template binds is a bean that reads exactly the parameters the template offers, the deadline subjects it
 * offers are the ones there are, and its task assignments and dates keep the models' conventions.
 */
@SpringBootTest
@ActiveProfiles("test")
class ElementTemplatesTests {

  private static final Path TEMPLATES = Path.of("processes/.camunda/element-templates");
  private static final Pattern BEAN = Pattern.compile("\\$\\{([a-z][A-Za-z0-9]*)}");
  private static final Pattern METHOD_CALL = Pattern.compile("\\$\\{[^}]*\\(");
  private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

  @Autowired
  ApplicationContext context;
  @Autowired
  Lights lights;

  @Test
  void everyTemplateNamesBeansAndParametersThatExist() throws IOException {
    List<JsonNode> templates = templates();
    assertThat(templates).extracting(t -> t.path("id").asText())
        .contains("org.steward.deadline.near", "org.steward.deadline.overdue", "org.steward.notify",
            "org.steward.timeline", "org.steward.assign.officer", "org.steward.assign.department")
        .doesNotHaveDuplicates();
    for (JsonNode template : templates) {
      String id = template.path("id").asText();
      assertThat(template.path("name").asText()).as(id).containsPattern(CHINESE);
      assertThat(template.path("version").asInt()).as(id).isPositive();
      Set<String> parameters = new HashSet<>();
      String delegate = null;
      for (JsonNode property : template.path("properties")) {
        JsonNode binding = property.path("binding");
        String value = property.path("value").asText();
        switch (binding.path("type").asText()) {
          case "property" -> {
            String name = binding.path("name").asText();
            if (name.equals("camunda:delegateExpression")) {
              delegate = value;
            } else {
              assertThat(name).as(id).isIn("camunda:assignee", "camunda:candidateGroups", "camunda:dueDate",
                  "camunda:followUpDate");
              assertThat(value).as(id + " " + name).doesNotContainPattern(METHOD_CALL);
            }
          }
          case "camunda:inputParameter" -> parameters.add(binding.path("name").asText());
          default -> throw new AssertionError(id + " binds " + binding + ", which this test does not know");
        }
        if (binding.path("name").asText().equals("subject")) {
          List<String> choices = new ArrayList<>();
          property.path("choices").forEach(choice -> choices.add(choice.path("value").asText()));
          assertThat(choices).as(id + " subjects").containsExactlyInAnyOrderElementsOf(lights.kinds());
        }
      }
      if (delegate == null) {
        assertThat(parameters).as(id + " has parameters but no delegate").isEmpty();
        continue;
      }
      Matcher bean = BEAN.matcher(delegate);
      assertThat(bean.matches()).as(id + " delegate " + delegate).isTrue();
      assertThat(context.containsBean(bean.group(1))).as(id + " bean " + bean.group(1)).isTrue();
      assertThat(context.getBean(bean.group(1))).as(id).isInstanceOf(DesignerDelegate.class);
      assertThat(parameters).as(id + " parameters")
          .containsExactlyInAnyOrderElementsOf(((DesignerDelegate) context.getBean(bean.group(1))).parameters());
    }
  }

  @Test
  void everyGenericDelegateInTheModels_isAppliedThroughItsTemplate() throws IOException {
    try (Stream<Path> models = Files.list(Path.of("processes"))) {
      for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
        String xml = Files.readString(model);
        Matcher tasks = Pattern.compile("<bpmn:serviceTask [^>]*delegateExpression=\"\\$\\{deadline(Near|Overdue)"
            + "Delegate}\"[^>]*>").matcher(xml);
        while (tasks.find()) {
          assertThat(tasks.group()).as(model.toString())
              .contains("camunda:modelerTemplate=\"org.steward.deadline." + (tasks.group(1).equals("Near") ? "near"
                  : "overdue") + "\"");
        }
      }
    }
  }

  private static List<JsonNode> templates() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> templates = new ArrayList<>();
    try (Stream<Path> files = Files.list(TEMPLATES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        json.readTree(file.toFile()).forEach(templates::add);
      }
    }
    return templates;
  }
}
