package org.steward.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The text Steward puts into the four Camunda webapps stays Chinese: no ASCII punctuation or doubled punctuation
 * next to Chinese in the locale files and Steward's scripts, and no English words where a user reads a label, a
 * shortcut's description or the application's name. Names of products and formats are allowed.
 */
class WebappChineseTextTests {

  static final Path APPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");

  private static final String HAN = "\\p{IsHan}";
  /** ASCII , : ; ( ) ! ? right before or after a Chinese character (spaces between count as next to it). */
  static final Pattern ASCII_PUNCTUATION = Pattern.compile(HAN + " *[,:;()!?]|[,:;()!?] *" + HAN);
  /** Two Chinese punctuation marks in a row that never belong together, or a space before a Chinese colon. */
  static final Pattern DOUBLED = Pattern.compile("[。，：；][。，：；]| [：，。]");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
  /** Words a Chinese user reads as they are: products, formats, units and the engine's own literals. */
  static final Set<String> NAMES = Set.of("Camunda", "Steward", "BPMN", "DMN", "CMMN", "XML", "JSON", "URL", "Web",
      "null", "Optimize", "EDE", "FNI", "cockpit", "tasklist", "admin", "yyyy", "ddTHH", "resolve", "promise", "HTML",
      "CSV", "API", "REST", "Java", "CSRF", "FEEL", "UUID", "ISO", "Spin", "Tasklist", "Cockpit", "Admin", "Groovy",
      "JavaScript", "Python", "JRuby", "Juel", "Telemetry", "Cron", "JUEL", "ID", "HTTP", "YYYY", "DDTHH", "CTRL",
      "LDAP");
  private static final Pattern PLACEHOLDERS = Pattern.compile("\\{\\{.*?}}|<[^>]+>|&\\w+;|\\{[^}]*}");
  private static final Pattern SHOWN_IN_CONFIG = Pattern.compile("(description|name|vendor): *'([^']*)'");
  private static final Pattern STRING_LITERAL = Pattern.compile("'([^'\\n]*)'");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseLabels_useChinesePunctuation_andNoEnglishWords(String app) throws IOException {
    JsonNode labels = JSON.readTree(APPS.resolve(app).resolve("locales/zh.json").toFile()).get("labels");
    List<String> broken = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> label = it.next();
      broken.addAll(problems(label.getKey(), label.getValue().asText()));
    }
    assertThat(broken).as("labels of %s", app).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void configShowsChineseNamesAndShortcuts(String app) throws IOException {
    String config = Files.readString(APPS.resolve(app).resolve("scripts/config.js"), StandardCharsets.UTF_8);
    List<String> broken = new ArrayList<>();
    Matcher shown = SHOWN_IN_CONFIG.matcher(uncommented(config));
    while (shown.find()) {
      String text = shown.group(2);
      if (!text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
        broken.add(shown.group(1) + " '" + text + "' is not Chinese");
      }
      broken.addAll(problems(shown.group(1), text));
    }
    assertThat(broken).as("config.js of %s", app).isEmpty();
  }

  @Test
  void stewardsScripts_writeChineseWithChinesePunctuation() throws IOException {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> scripts = Files.walk(APPS)) {
      for (Path script : scripts.filter(p -> p.getFileName().toString().startsWith("steward-")
          && p.toString().endsWith(".js")).toList()) {
        Matcher literal = STRING_LITERAL.matcher(uncommented(Files.readString(script, StandardCharsets.UTF_8)));
        while (literal.find()) {
          if (literal.group(1).codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            broken.addAll(problems(APPS.relativize(script).toString(), literal.group(1)));
          }
        }
      }
    }
    assertThat(broken).isEmpty();
  }

  @Test
  void theRules_catchWhatUsersReported() {
    assertThat(problems("a", "截止 1 天后, 创建时间")).isNotEmpty();
    assertThat(problems("b", "编号:")).isNotEmpty();
    assertThat(problems("c", "无法启动流程。：")).isNotEmpty();
    assertThat(problems("d", "编号 ：")).isNotEmpty();
    assertThat(problems("e", "Sets the focus")).isNotEmpty();
    assertThat(problems("f", "打开“启动流程”对话框（{{name}}）：Camunda BPMN")).isEmpty();
  }

  static List<String> problems(String where, String text) {
    // a placeholder stands for a value: neither punctuation nor Chinese
    String shown = PLACEHOLDERS.matcher(text).replaceAll("◇");
    List<String> found = new ArrayList<>();
    if (ASCII_PUNCTUATION.matcher(shown).find()) {
      found.add(where + ": ASCII punctuation next to Chinese in '" + text + "'");
    }
    if (DOUBLED.matcher(shown).find()) {
      found.add(where + ": doubled punctuation in '" + text + "'");
    }
    Matcher word = WORD.matcher(shown);
    while (word.find()) {
      if (!NAMES.contains(word.group())) {
        found.add(where + ": English '" + word.group() + "' in '" + text + "'");
      }
    }
    return found;
  }

  private static String uncommented(String script) {
    return script.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
  }
}
